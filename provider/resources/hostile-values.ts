import { FORBIDDEN_KEY_NAMES } from './forbidden-keys';

/**
 * Control characters (except tab and line breaks) and bidirectional overrides have no business in MDM policy and are
 * a classic way to hide what a string really says in a pull request, so they are refused everywhere.
 */
const HOSTILE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

export interface HostileFinding {
  pointer: string;
  kind: 'control-character' | 'forbidden-key';
  /** The offending key, or the code point (U+0007) of the first hostile character. */
  what: string;
}

/** Every hostile string, key or forbidden key inside a value, by JSON pointer. */
export function findHostileValues(value: unknown, pointer = '', out: HostileFinding[] = [], depth = 0): HostileFinding[] {
  if (depth > 100) return out;
  if (typeof value === 'string') {
    const m = HOSTILE_CHARS.exec(value);
    if (m) out.push({ pointer, kind: 'control-character', what: codePoint(m[0]) });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => findHostileValues(v, `${pointer}/${i}`, out, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (FORBIDDEN_KEY_NAMES.has(key)) {
        out.push({ pointer: child, kind: 'forbidden-key', what: key });
        continue;
      }
      const m = HOSTILE_CHARS.exec(key);
      if (m) out.push({ pointer: child, kind: 'control-character', what: codePoint(m[0]) });
      findHostileValues((value as Record<string, unknown>)[key], child, out, depth + 1);
    }
  }
  return out;
}

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
