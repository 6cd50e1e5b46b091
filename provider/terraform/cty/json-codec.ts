import { CtyType, parseType, setOwn, typeToJson } from './types';
import { CtyValue, DecimalNumber, DynamicValue, inferType, numberFromText, Unknown } from './values';
import { CtyCodecError, ValuePath } from './wire-path';

/**
 * The JSON form of DynamicValue, also the form of raw state in UpgradeResourceState. It cannot carry unknowns.
 * Numbers keep their exact decimal text (Terraform's numbers may exceed float64), so JSON is parsed here rather than
 * with JSON.parse; `dynamic` is {"type": T, "value": V}.
 */

export interface JsonDecodeOptions {
  /** Drop object attributes the type does not know (state written by an older schema) instead of failing. */
  ignoreUnknownAttributes?: boolean;
}

export function decodeJson(bytes: Uint8Array | string, type: CtyType, options: JsonDecodeOptions = {}): CtyValue {
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('utf8');
  let raw: JsonRaw;
  try {
    raw = parseJsonPreservingNumbers(text);
  } catch (err) {
    throw new CtyCodecError(`malformed JSON: ${(err as Error).message}`, []);
  }
  return fromJson(raw, type, [], options);
}

export function encodeJson(value: CtyValue, type: CtyType): string {
  return writeJson(value, type, []);
}

/** Parsed JSON with numbers as their source text (JsonNumber). */
type JsonRaw = null | boolean | string | JsonNumber | JsonRaw[] | { [key: string]: JsonRaw };

class JsonNumber {
  constructor(readonly text: string) {}
}

function fromJson(raw: JsonRaw, type: CtyType, path: ValuePath, options: JsonDecodeOptions): CtyValue {
  if (raw === null) return null;
  if (type === 'dynamic') {
    if (!isJsonObject(raw) || !('type' in raw) || !('value' in raw)) {
      throw new CtyCodecError('a dynamic value must be {"type": ..., "value": ...}', path);
    }
    let actual: CtyType;
    try {
      actual = parseType(plainJson(raw.type ?? null));
    } catch (err) {
      throw new CtyCodecError(`bad dynamic type: ${(err as Error).message}`, path);
    }
    return new DynamicValue(actual, fromJson(raw.value ?? null, actual, path, options));
  }
  switch (type) {
    case 'string':
      if (typeof raw !== 'string') throw mismatch('string', raw, path);
      return raw;
    case 'bool':
      if (typeof raw !== 'boolean') throw mismatch('bool', raw, path);
      return raw;
    case 'number':
      if (raw instanceof JsonNumber) return numberFromText(raw.text);
      // Terraform accepts numbers written as strings in JSON too.
      if (typeof raw === 'string') {
        try {
          return numberFromText(raw);
        } catch {
          throw new CtyCodecError(`"${raw}" is not a decimal number`, path);
        }
      }
      throw mismatch('number', raw, path);
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(raw)) throw mismatch(type[0], raw, path);
      const element = type[1];
      return raw.map((x, i) => fromJson(x, element, [...path, i], options));
    }
    case 'tuple': {
      const elements = type[1];
      if (!Array.isArray(raw) || raw.length !== elements.length) throw mismatch(`tuple of ${elements.length}`, raw, path);
      return raw.map((x, i) => fromJson(x, elements[i] as CtyType, [...path, i], options));
    }
    case 'map': {
      if (!isJsonObject(raw)) throw mismatch('map', raw, path);
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of Object.entries(raw)) setOwn(out, k, fromJson(v, type[1], [...path, k], options));
      return out;
    }
    case 'object': {
      if (!isJsonObject(raw)) throw mismatch('object', raw, path);
      const attrs = type[1];
      if (!options.ignoreUnknownAttributes) {
        for (const k of Object.keys(raw)) {
          if (!Object.prototype.hasOwnProperty.call(attrs, k)) throw new CtyCodecError(`unexpected attribute "${k}"`, path);
        }
      }
      const out: Record<string, CtyValue> = {};
      for (const [k, t] of Object.entries(attrs)) {
        const v = Object.prototype.hasOwnProperty.call(raw, k) ? (raw[k] as JsonRaw) : null;
        setOwn(out, k, fromJson(v, t, [...path, k], options));
      }
      return out;
    }
  }
}

function writeJson(value: CtyValue | undefined, type: CtyType, path: ValuePath): string {
  if (value instanceof Unknown) throw new CtyCodecError('JSON cannot carry an unknown value; use msgpack', path);
  if (value === null || value === undefined) return 'null';
  if (type === 'dynamic') {
    const [actual, inner] = value instanceof DynamicValue ? [value.type, value.value] : [inferType(value), value];
    return `{"type":${typeToJson(actual)},"value":${writeJson(inner, actual, path)}}`;
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string') throw mismatch('string', value, path);
      return JSON.stringify(value);
    case 'bool':
      if (typeof value !== 'boolean') throw mismatch('bool', value, path);
      return String(value);
    case 'number':
      if (value instanceof DecimalNumber) return value.text;
      if (typeof value !== 'number' || !Number.isFinite(value)) throw mismatch('finite number', value, path);
      return String(value);
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw mismatch(type[0], value, path);
      const element = type[1];
      return `[${value.map((x, i) => writeJson(x, element, [...path, i])).join(',')}]`;
    }
    case 'tuple': {
      const elements = type[1];
      if (!Array.isArray(value) || value.length !== elements.length) throw mismatch(`tuple of ${elements.length}`, value, path);
      return `[${value.map((x, i) => writeJson(x, elements[i] as CtyType, [...path, i])).join(',')}]`;
    }
    case 'map': {
      if (!isCtyObject(value)) throw mismatch('map', value, path);
      const entries = Object.keys(value)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${writeJson(value[k], type[1], [...path, k])}`);
      return `{${entries.join(',')}}`;
    }
    case 'object': {
      if (!isCtyObject(value)) throw mismatch('object', value, path);
      const attrs = type[1];
      for (const k of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(attrs, k)) throw new CtyCodecError(`unexpected attribute "${k}"`, path);
      }
      const entries = Object.keys(attrs)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${writeJson(value[k], attrs[k] as CtyType, [...path, k])}`);
      return `{${entries.join(',')}}`;
    }
  }
}

function isCtyObject(v: CtyValue): v is { [key: string]: CtyValue } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof DecimalNumber) && !(v instanceof DynamicValue);
}

function isJsonObject(raw: JsonRaw): raw is { [key: string]: JsonRaw } {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !(raw instanceof JsonNumber);
}

/** Back to ordinary JSON values (for type constraints inside a dynamic value). */
function plainJson(raw: JsonRaw): unknown {
  if (raw instanceof JsonNumber) return Number(raw.text);
  if (Array.isArray(raw)) return raw.map(plainJson);
  if (isJsonObject(raw)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(raw)) setOwn(out, k, plainJson(v));
    return out;
  }
  return raw;
}

function mismatch(expected: string, got: unknown, path: ValuePath): CtyCodecError {
  const kind = got === null ? 'null' : Array.isArray(got) ? 'array' : got instanceof JsonNumber ? 'number' : typeof got;
  return new CtyCodecError(`expected ${expected}, got ${kind}`, path);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const MAX_DEPTH = 512;

/** RFC 8259 JSON, except that numbers are kept as their text. */
function parseJsonPreservingNumbers(text: string): JsonRaw {
  let pos = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${pos}`);
  };
  const ws = (): void => {
    while (pos < text.length && ' \t\n\r'.includes(text[pos] as string)) pos++;
  };
  const value = (depth: number): JsonRaw => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: { [key: string]: JsonRaw } = {};
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail('expected a string key');
        const key = string();
        ws();
        if (text[pos] !== ':') fail('expected ":"');
        pos++;
        setOwn(obj, key, value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail('expected "," or "}"');
      }
    }
    if (c === '[') {
      pos++;
      const arr: JsonRaw[] = [];
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail('expected "," or "]"');
      }
    }
    if (c === '"') return string();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m) return fail('unexpected character');
    pos += m[0].length;
    return new JsonNumber(m[0]);
  };
  const string = (): string => {
    const start = pos;
    pos++;
    while (pos < text.length && text[pos] !== '"') {
      if (text[pos] === '\\') pos++;
      pos++;
    }
    if (pos >= text.length) fail('unterminated string');
    pos++;
    // The escapes are JSON's own, so JSON.parse decodes the literal exactly.
    return JSON.parse(text.slice(start, pos)) as string;
  };
  const result = value(0);
  ws();
  if (pos !== text.length) fail('trailing characters');
  return result;
}
