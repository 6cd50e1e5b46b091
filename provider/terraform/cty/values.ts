import { CtyType, hasOwn, setOwn } from './types';

/**
 * The cty value model handed to resource handlers. Plain JS wherever the value is ordinary:
 *   null                 → null (of any type)
 *   string / bool        → string / boolean
 *   number               → number, or DecimalNumber when float64 cannot hold it exactly
 *   list / set / tuple   → array (set order carries no meaning)
 *   map / object         → plain object
 * and three classes for what JSON cannot say: Unknown (known only after apply), DecimalNumber, and DynamicValue (a
 * value of a `dynamic` attribute together with its runtime type).
 */
export type CtyValue =
  | null
  | string
  | number
  | boolean
  | DecimalNumber
  | Unknown
  | DynamicValue
  | CtyValue[]
  | { [key: string]: CtyValue };

export type ObjectValue = { [attribute: string]: CtyValue };

/** What Terraform may already know about a value it cannot know yet (wire format: ext 12 refinements). */
export interface Refinements {
  /** true: certainly null; false: certainly not null. */
  nullness?: boolean;
  stringPrefix?: string;
  numberLower?: { value: number | DecimalNumber; inclusive: boolean };
  numberUpper?: { value: number | DecimalNumber; inclusive: boolean };
  /** Inclusive bounds on the length of a list, set or map. */
  lengthLower?: number;
  lengthUpper?: number;
}

export class Unknown {
  constructor(readonly refinements: Refinements = {}) {}

  get refined(): boolean {
    return Object.keys(this.refinements).length > 0;
  }
}

/** An unrefined unknown: the common case. */
export const UNKNOWN: Unknown = Object.freeze(new Unknown()) as Unknown;

/** A number float64 cannot represent exactly, kept as its decimal text (as Terraform's big floats may be). */
export class DecimalNumber {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

export class DynamicValue {
  constructor(
    readonly type: CtyType,
    readonly value: CtyValue,
  ) {}
}

export function isUnknown(value: unknown): value is Unknown {
  return value instanceof Unknown;
}

export function isObjectValue(value: unknown): value is ObjectValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Unknown) &&
    !(value instanceof DecimalNumber) &&
    !(value instanceof DynamicValue)
  );
}

/** True when no unknown appears anywhere inside the value. */
export function isWhollyKnown(value: CtyValue): boolean {
  if (value instanceof Unknown) return false;
  if (value instanceof DynamicValue) return isWhollyKnown(value.value);
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isObjectValue(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

/**
 * Value equality as Terraform sees it: sets compare without order, numbers by value, an unknown equals only another
 * unknown. The type is needed to tell a set (unordered) from a list or tuple.
 */
export function ctyEqual(a: CtyValue, b: CtyValue, type: CtyType): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  if (a === null || b === null) return a === b;
  if (type === 'dynamic') {
    const [ta, va] = a instanceof DynamicValue ? [a.type, a.value] : [undefined, a];
    const [tb, vb] = b instanceof DynamicValue ? [b.type, b.value] : [undefined, b];
    if (ta && tb && JSON.stringify(ta) !== JSON.stringify(tb)) return false;
    return ctyEqual(va, vb, ta ?? tb ?? inferType(va));
  }
  if (type === 'number') return numberText(a) === numberText(b);
  if (typeof type === 'string') return a === b;
  switch (type[0]) {
    case 'list':
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => ctyEqual(x, b[i] as CtyValue, type[1]));
    case 'tuple':
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => ctyEqual(x, b[i] as CtyValue, type[1][i] ?? 'dynamic'));
    case 'set': {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
      const unmatched = [...b];
      for (const x of a) {
        const i = unmatched.findIndex((y) => ctyEqual(x, y, type[1]));
        if (i < 0) return false;
        unmatched.splice(i, 1);
      }
      return true;
    }
    case 'map': {
      if (!isObjectValue(a) || !isObjectValue(b)) return false;
      const ka = Object.keys(a);
      if (ka.length !== Object.keys(b).length) return false;
      return ka.every((k) => hasOwn(b, k) && ctyEqual(a[k] as CtyValue, b[k] as CtyValue, type[1]));
    }
    case 'object': {
      if (!isObjectValue(a) || !isObjectValue(b)) return false;
      return Object.entries(type[1]).every(([k, t]) => ctyEqual(a[k] ?? null, b[k] ?? null, t));
    }
  }
}

function numberText(v: CtyValue): string | undefined {
  if (typeof v === 'number') return normalizeDecimal(String(v));
  if (v instanceof DecimalNumber) return normalizeDecimal(v.text);
  return undefined;
}

/**
 * A canonical spelling of a decimal number's value ("1e3", "1000" and "1000.0" all give "1e3"), so two spellings of
 * one number compare equal without going through float64.
 */
export function normalizeDecimal(text: string): string | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const sign = m[1] === '-' ? '-' : '';
  const intPart = m[2] ?? '';
  const fracPart = m[3] ?? '';
  let digits = intPart + fracPart;
  let exponent = Number(m[4] ?? '0') + intPart.length;
  const lead = digits.search(/[1-9]/);
  if (lead < 0) return '0';
  digits = digits.slice(lead);
  exponent -= lead;
  digits = digits.replace(/0+$/, '');
  // Value = 0.<digits> × 10^exponent; spelled as d.ddd e(exponent-1).
  return `${sign}${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}e${exponent - 1}`;
}

/**
 * A number from its decimal text: a JS number when float64 holds exactly the value the text spells (by the
 * shortest-round-trip rule), otherwise a DecimalNumber keeping the text.
 */
export function numberFromText(text: string): number | DecimalNumber {
  const normalized = normalizeDecimal(text);
  if (normalized === undefined) throw new Error(`not a decimal number: ${JSON.stringify(text)}`);
  const n = Number(text);
  if (Number.isFinite(n) && normalizeDecimal(String(n)) === normalized) return n;
  return new DecimalNumber(text.trim());
}

/** The type a plain JS value would have if written as a literal (used when a handler sets a `dynamic` attribute). */
export function inferType(value: CtyValue): CtyType {
  if (value instanceof DynamicValue) return value.type;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' || value instanceof DecimalNumber) return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (value === null || value instanceof Unknown) return 'dynamic';
  if (Array.isArray(value)) return ['tuple', value.map(inferType)];
  const attrs: Record<string, CtyType> = {};
  for (const [k, v] of Object.entries(value)) setOwn(attrs, k, inferType(v));
  return ['object', attrs];
}
