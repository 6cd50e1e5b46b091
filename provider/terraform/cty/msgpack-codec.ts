import { decode, encode, ExtData, ExtensionCodec } from '@msgpack/msgpack';
import { CtyType, parseType, setOwn, typeToJson } from './types';
import { CtyValue, DecimalNumber, DynamicValue, inferType, numberFromText, Refinements, Unknown, UNKNOWN } from './values';
import { CtyCodecError, ValuePath } from './wire-path';

/**
 * The msgpack form of DynamicValue (Terraform's object wire format), directed by the value's type:
 * nil = null; any extension = unknown (ext 12 carries refinements, every other code is a plain unknown); numbers as
 * int, float or decimal string; `dynamic` as [type JSON as bin, value].
 */

const REFINEMENT_EXT = 12;

const extensionCodec = new ExtensionCodec();
// Unrefined unknowns are written as ext 0 with a one-byte payload: d4 00 00, as go-cty writes them.
extensionCodec.register({
  type: 0,
  encode: (v: unknown) => (v instanceof Unknown && !v.refined ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});
extensionCodec.register({
  type: REFINEMENT_EXT,
  encode: (v: unknown) => (v instanceof Unknown && v.refined ? encodeRefinements(v.refinements) : null),
  decode: (data: Uint8Array) => new Unknown(decodeRefinements(data)),
});
// The library decodes ext -1 as a Date by default; for Terraform every extension code means "unknown".
extensionCodec.register({ type: -1, encode: () => null, decode: () => UNKNOWN });

export function decodeMsgpack(bytes: Uint8Array, type: CtyType): CtyValue {
  let raw: unknown;
  try {
    raw = decode(bytes, { extensionCodec, useBigInt64: true });
  } catch (err) {
    throw new CtyCodecError(`malformed msgpack: ${(err as Error).message}`, []);
  }
  return fromWire(raw, type, []);
}

export function encodeMsgpack(value: CtyValue, type: CtyType): Uint8Array {
  return encode(toWire(value, type, []), { extensionCodec, sortKeys: true });
}

function fromWire(raw: unknown, type: CtyType, path: ValuePath): CtyValue {
  if (raw instanceof Unknown) return raw;
  if (raw instanceof ExtData) return UNKNOWN;
  if (raw === null || raw === undefined) return null;
  if (type === 'dynamic') {
    if (!Array.isArray(raw) || raw.length !== 2) throw new CtyCodecError('a dynamic value must be a [type, value] pair', path);
    const [typeBytes, inner] = raw as [unknown, unknown];
    const typeText = typeBytes instanceof Uint8Array ? Buffer.from(typeBytes).toString('utf8') : typeBytes;
    if (typeof typeText !== 'string') throw new CtyCodecError('a dynamic value must start with its type as JSON bytes', path);
    let actual: CtyType;
    try {
      actual = parseType(JSON.parse(typeText));
    } catch (err) {
      throw new CtyCodecError(`bad dynamic type: ${(err as Error).message}`, path);
    }
    return new DynamicValue(actual, fromWire(inner, actual, path));
  }
  switch (type) {
    case 'string':
      if (typeof raw !== 'string') throw mismatch('string', raw, path);
      return raw;
    case 'bool':
      if (typeof raw !== 'boolean') throw mismatch('bool', raw, path);
      return raw;
    case 'number':
      return numberFromWire(raw, path);
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(raw)) throw mismatch(type[0], raw, path);
      const element = type[1];
      return raw.map((x, i) => fromWire(x, element, [...path, i]));
    }
    case 'tuple': {
      const elements = type[1];
      if (!Array.isArray(raw) || raw.length !== elements.length) throw mismatch(`tuple of ${elements.length}`, raw, path);
      return raw.map((x, i) => fromWire(x, elements[i] as CtyType, [...path, i]));
    }
    case 'map': {
      if (!isPlainMap(raw)) throw mismatch('map', raw, path);
      const out: Record<string, CtyValue> = {};
      for (const [k, v] of Object.entries(raw)) setOwn(out, k, fromWire(v, type[1], [...path, k]));
      return out;
    }
    case 'object': {
      if (!isPlainMap(raw)) throw mismatch('object', raw, path);
      const attrs = type[1];
      for (const k of Object.keys(raw)) {
        if (!Object.prototype.hasOwnProperty.call(attrs, k)) throw new CtyCodecError(`unexpected attribute "${k}"`, path);
      }
      const out: Record<string, CtyValue> = {};
      // Attributes missing on the wire are null: the optional attributes of a type constraint may be left out.
      for (const [k, t] of Object.entries(attrs)) setOwn(out, k, fromWire(raw[k], t, [...path, k]));
      return out;
    }
  }
}

function numberFromWire(raw: unknown, path: ValuePath): number | DecimalNumber {
  if (typeof raw === 'number') {
    if (Number.isNaN(raw)) throw new CtyCodecError('NaN is not a number Terraform can hold', path);
    return raw;
  }
  if (typeof raw === 'bigint') {
    const n = Number(raw);
    return Number.isSafeInteger(n) ? n : new DecimalNumber(raw.toString());
  }
  if (typeof raw === 'string') {
    try {
      return numberFromText(raw);
    } catch {
      throw new CtyCodecError(`"${raw}" is not a decimal number`, path);
    }
  }
  throw mismatch('number', raw, path);
}

function toWire(value: CtyValue | undefined, type: CtyType, path: ValuePath): unknown {
  if (value instanceof Unknown) return value;
  if (value === null || value === undefined) return null;
  if (type === 'dynamic') {
    const [actual, inner] = value instanceof DynamicValue ? [value.type, value.value] : [inferType(value), value];
    return [Buffer.from(typeToJson(actual), 'utf8'), toWire(inner, actual, path)];
  }
  switch (type) {
    case 'string':
      if (typeof value !== 'string') throw mismatch('string', value, path);
      return value;
    case 'bool':
      if (typeof value !== 'boolean') throw mismatch('bool', value, path);
      return value;
    case 'number':
      if (value instanceof DecimalNumber) return value.text;
      if (typeof value !== 'number' || Number.isNaN(value)) throw mismatch('number', value, path);
      return value;
  }
  switch (type[0]) {
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) throw mismatch(type[0], value, path);
      const element = type[1];
      return value.map((x, i) => toWire(x, element, [...path, i]));
    }
    case 'tuple': {
      const elements = type[1];
      if (!Array.isArray(value) || value.length !== elements.length) throw mismatch(`tuple of ${elements.length}`, value, path);
      return value.map((x, i) => toWire(x, elements[i] as CtyType, [...path, i]));
    }
    case 'map': {
      if (!isPlainMap(value)) throw mismatch('map', value, path);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(value).sort()) setOwn(out, k, toWire(value[k], type[1], [...path, k]));
      return out;
    }
    case 'object': {
      if (!isPlainMap(value)) throw mismatch('object', value, path);
      const attrs = type[1];
      for (const k of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(attrs, k)) throw new CtyCodecError(`unexpected attribute "${k}"`, path);
      }
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(attrs).sort()) setOwn(out, k, toWire(value[k], attrs[k] as CtyType, [...path, k]));
      return out;
    }
  }
}

/** Refinement map keys (object wire format): 1 nullness, 2 string prefix, 3/4 number bounds, 5/6 length bounds. */
function encodeRefinements(r: Refinements): Uint8Array {
  const entries: [number, unknown][] = [];
  if (r.nullness !== undefined) entries.push([1, r.nullness]);
  if (r.stringPrefix !== undefined) entries.push([2, r.stringPrefix]);
  if (r.numberLower) entries.push([3, [toWire(r.numberLower.value, 'number', []), r.numberLower.inclusive]]);
  if (r.numberUpper) entries.push([4, [toWire(r.numberUpper.value, 'number', []), r.numberUpper.inclusive]]);
  if (r.lengthLower !== undefined) entries.push([5, r.lengthLower]);
  if (r.lengthUpper !== undefined) entries.push([6, r.lengthUpper]);
  // msgpack maps with integer keys: written by hand since the encoder only emits string keys.
  const parts: Uint8Array[] = [new Uint8Array([0x80 | entries.length])];
  for (const [key, v] of entries) parts.push(new Uint8Array([key]), encode(v));
  return Buffer.concat(parts);
}

/** Refinements are hints; a payload we cannot read still means "unknown", so errors give no refinements. */
function decodeRefinements(data: Uint8Array): Refinements {
  let raw: unknown;
  try {
    raw = decode(data, { useBigInt64: true });
  } catch {
    return {};
  }
  if (!isPlainMap(raw)) return {};
  const r: Refinements = {};
  const get = (k: number): unknown => raw[String(k)];
  const bound = (v: unknown): { value: number | DecimalNumber; inclusive: boolean } | undefined => {
    if (!Array.isArray(v) || v.length !== 2 || typeof v[1] !== 'boolean') return undefined;
    try {
      return { value: numberFromWire(v[0], []), inclusive: v[1] };
    } catch {
      return undefined;
    }
  };
  const length = (v: unknown): number | undefined =>
    typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : undefined;
  if (typeof get(1) === 'boolean') r.nullness = get(1) as boolean;
  if (typeof get(2) === 'string') r.stringPrefix = get(2) as string;
  const lower = bound(get(3));
  if (lower) r.numberLower = lower;
  const upper = bound(get(4));
  if (upper) r.numberUpper = upper;
  const lengthLower = length(get(5));
  if (lengthLower !== undefined) r.lengthLower = lengthLower;
  const lengthUpper = length(get(6));
  if (lengthUpper !== undefined) r.lengthUpper = lengthUpper;
  return r;
}

function isPlainMap(raw: unknown): raw is Record<string, unknown> {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    !(raw instanceof Uint8Array) &&
    !(raw instanceof Unknown) &&
    !(raw instanceof DecimalNumber) &&
    !(raw instanceof DynamicValue) &&
    !(raw instanceof ExtData)
  );
}

function mismatch(expected: string, got: unknown, path: ValuePath): CtyCodecError {
  const kind = got === null ? 'null' : Array.isArray(got) ? 'array' : got instanceof Uint8Array ? 'binary' : typeof got;
  return new CtyCodecError(`expected ${expected}, got ${kind}`, path);
}
