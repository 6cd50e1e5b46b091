import * as plist from 'plist';

/**
 * Byte-stable XML property lists through the `plist` package: dictionary keys sorted at every depth, undefined
 * dropped, a trailing newline. `plist` writes every integral number as <integer>, so values of Apple type `real`
 * are wrapped in PlistReal and written as <real>.
 */
export class PlistReal {
  constructor(readonly value: number) {}
}

// A private-use character cannot come from configuration text that survives validation into a plist string by
// accident, and xmlbuilder accepts it, so it is a safe carrier for the real-number marker.
const REAL_MARK = '\uE000applemdm-real:';

export function toPlistXml(value: unknown): Buffer {
  const xml = plist.build(prepare(value) as plist.PlistValue);
  const withReals = xml.replace(/<string>\uE000applemdm-real:([^<]*)<\/string>/g, (_m, n: string) => `<real>${n}</real>`);
  return Buffer.from(withReals.endsWith('\n') ? withReals : `${withReals}\n`, 'utf8');
}

function prepare(value: unknown): unknown {
  if (value instanceof PlistReal) {
    const text = Number.isInteger(value.value) ? value.value.toFixed(1) : String(value.value);
    return `${REAL_MARK}${text}`;
  }
  if (Array.isArray(value)) return value.map(prepare);
  if (Buffer.isBuffer(value) || value instanceof Date) return value;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) setOwn(out, key, prepare(v));
    }
    return out;
  }
  return value;
}

/** The plain value a plist parser returns for `value` (PlistReal unwrapped), for validating compiled content. */
export function plainValue(value: unknown): unknown {
  if (value instanceof PlistReal) return value.value;
  if (Array.isArray(value)) return value.map(plainValue);
  if (Buffer.isBuffer(value) || value instanceof Date) return value;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, plainValue(v));
    return out;
  }
  return value;
}

/** Defines a key as plain data, so a key named `__proto__` in user configuration stays a key (no prototype change). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
