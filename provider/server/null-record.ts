/**
 * A record keyed by user-supplied names (set names, enrollment IDs). It has no prototype, so a name such as
 * "__proto__" or "constructor" is an ordinary key instead of reaching Object.prototype.
 */
export function nullRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
