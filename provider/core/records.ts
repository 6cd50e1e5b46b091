/** A JSON-style dictionary: an object that is neither null nor an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets a value at a key path, creating (or replacing non-dictionary) intermediate dictionaries. */
export function setAt(obj: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = obj;
  for (const p of path.slice(0, -1)) {
    if (!isRecord(node[p])) node[p] = {};
    node = node[p] as Record<string, unknown>;
  }
  node[path[path.length - 1]] = value;
}
