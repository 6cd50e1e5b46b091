import type { ErrorObject } from 'ajv';
import type { Diagnostic, SourceRef } from '../core/diagnostics';
import { splitPointer } from './schema-registry';

export interface AjvMappingContext {
  /** Prefix of every diagnostic path, e.g. ["applemdm_app.slack"] or ["applemdm.yaml"]. */
  path: (string | number)[];
  /** Source of a JSON pointer into the validated value (nearest known ancestor). */
  sourceOf: (pointer: string) => SourceRef;
  /** Whether the value at a pointer is a secret: then messages describe it without quoting it. */
  isSensitive?: (pointer: string) => boolean;
}

/**
 * Turns ajv errors into diagnostics with a short title, a sentence naming the value received and the value expected,
 * the attribute path, and the source position of the offending key (architecture rule 8). Errors that only repeat
 * another (e.g. a type error inside a failed union) are dropped.
 */
export function ajvErrorsToDiagnostics(errors: ErrorObject[] | null | undefined, ctx: AjvMappingContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A value of the wrong type also fails its enum/pattern/range; the type error alone says what is wrong.
  const wrongType = new Set((errors ?? []).filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  for (const e of errors ?? []) {
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    const mapped = mapError(e, ctx);
    if (mapped) out.push(mapped);
  }
  return out;
}

function mapError(e: ErrorObject, ctx: AjvMappingContext): Diagnostic | undefined {
  const segments = splitPointer(e.instancePath);
  const name = segments.length ? segments.join('.') : 'The value';
  const at = (pointer: string): Pick<Diagnostic, 'path' | 'source'> => ({
    path: [...ctx.path, ...splitPointer(pointer)],
    source: ctx.sourceOf(pointer),
  });
  const p = e.params as Record<string, unknown>;
  const describe = (v: unknown): string => (ctx.isSensitive?.(e.instancePath) ? 'a secret (not shown)' : describeValue(v));
  const parent = e.parentSchema as { properties?: Record<string, { 'x-apple-key'?: string }>; description?: string } | undefined;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const pointer = `${e.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const known = Object.keys(parent?.properties ?? {});
      // Restriction keys may be written with Apple's names, so a misspelt Apple name is matched against those too.
      const appleNames = Object.values(parent?.properties ?? {}).flatMap((n) => (n['x-apple-key'] ? [n['x-apple-key']] : []));
      const guess = closest(key, [...known, ...appleNames]);
      const where = segments.length ? ` in ${name}` : '';
      return {
        severity: 'error',
        summary: 'Unknown attribute',
        detail: `"${key}" is not an attribute${where}.` + (guess ? ` Did you mean "${guess}"?` : known.length ? ` Expected one of: ${listOf(known)}.` : ''),
        code: 'unknown-key',
        ...at(pointer),
      };
    }
    case 'required': {
      const key = String(p.missingProperty);
      return {
        severity: 'error',
        summary: 'Missing required attribute',
        detail: `${segments.length ? name + '.' : ''}${key} is required.`,
        code: 'required',
        ...at(e.instancePath),
      };
    }
    case 'type':
      return {
        severity: 'error',
        summary: 'Wrong type',
        detail: `${name} is ${describe(e.data)}; expected ${article(String(p.type))}.`,
        code: 'type',
        ...at(e.instancePath),
      };
    case 'enum':
      return {
        severity: 'error',
        summary: 'Invalid value',
        detail: `${name} is ${describe(e.data)}; expected one of: ${listOf((p.allowedValues as unknown[]).map((v) => JSON.stringify(v)))}.`,
        code: 'enum',
        ...at(e.instancePath),
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const s = e.parentSchema as { minimum?: number; maximum?: number };
      const range =
        s.minimum !== undefined && s.maximum !== undefined ? `from ${s.minimum} to ${s.maximum}` : `${p.comparison} ${p.limit}`;
      return { severity: 'error', summary: 'Value out of range', detail: `${name} is ${describe(e.data)}; expected a value ${range}.`, code: 'range', ...at(e.instancePath) };
    }
    case 'minLength':
    case 'maxLength':
      return {
        severity: 'error',
        summary: e.keyword === 'minLength' ? 'Value too short' : 'Value too long',
        detail: `${name} has ${String(e.data).length} characters; expected ${e.keyword === 'minLength' ? 'at least' : 'at most'} ${p.limit}.`,
        code: 'length',
        ...at(e.instancePath),
      };
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return {
        severity: 'error',
        summary: e.keyword.startsWith('min') ? 'Too few entries' : 'Too many entries',
        detail: `${name} has ${Array.isArray(e.data) ? e.data.length : Object.keys(e.data as object).length} entries; expected ${e.keyword.startsWith('min') ? 'at least' : 'at most'} ${p.limit}.`,
        code: 'count',
        ...at(e.instancePath),
      };
    case 'uniqueItems':
      return {
        severity: 'error',
        summary: 'Duplicate entry',
        detail: `${name} lists ${describe((e.data as unknown[])[p.i as number])} twice (entries ${p.j} and ${p.i}); each entry may appear once.`,
        code: 'duplicate-item',
        ...at(`${e.instancePath}/${p.i}`),
      };
    case 'pattern':
      return {
        severity: 'error',
        summary: 'Invalid format',
        detail: `${name} is ${describe(e.data)}, which does not have the expected form${parent?.description ? ` (${lowerFirst(parent.description)})` : ''}.`,
        code: 'pattern',
        ...at(e.instancePath),
      };
    case 'format':
      return {
        severity: 'error',
        summary: 'Invalid format',
        detail: `${name} is ${describe(e.data)}; expected a valid ${String(p.format).toUpperCase()}.`,
        code: 'format',
        ...at(e.instancePath),
      };
    default:
      return { severity: 'error', summary: 'Invalid value', detail: `${name} ${e.message ?? 'is invalid'}.`, code: e.keyword, ...at(e.instancePath) };
  }
}

/** A short rendering of a received value for a diagnostic sentence; long strings are cut. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} ${String(value)}`;
}

function article(type: string): string {
  const t = type.split(',').map((x) => (x === 'object' ? 'mapping' : x === 'array' ? 'list' : x));
  const words = t.map((x) => (/^[aeiou]/.test(x) ? `an ${x}` : `a ${x}`));
  return words.join(' or ');
}

function listOf(items: string[]): string {
  return items.length > 12 ? `${items.slice(0, 12).join(', ')}, …` : items.join(', ');
}

function lowerFirst(s: string): string {
  return (s.charAt(0).toLowerCase() + s.slice(1)).replace(/\.$/, '');
}

/** The known name closest to a misspelt one, when it is close enough to be a plausible typo. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 4) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
