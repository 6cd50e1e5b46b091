/**
 * Canonical JSON: object keys sorted by code point, no insignificant whitespace unless asked, arrays kept in order.
 * Byte-stable output (architecture rule 4) rests on this.
 */
export function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalize);
  if (value instanceof Uint8Array || value instanceof Date) return value;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = (value as Record<string, unknown>)[key];
      // defineProperty, not assignment: a user key named "__proto__" must stay data, never reach the prototype.
      if (v !== undefined) Object.defineProperty(out, key, { value: canonicalize(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown, indent?: number): string {
  return JSON.stringify(canonicalize(value), null, indent);
}
