/**
 * The deepest JSON nesting the server accepts. Apple's declarations and status reports are a handful of levels deep
 * (the YAML front end stops at 64); anything deeper is refused before parsing, because every later walk of the value
 * (number checks, canonical JSON, status flattening) is recursive and would overflow the stack on a hostile body.
 */
export const MAX_JSON_DEPTH = 128;

/**
 * True when the JSON text nests objects/arrays more than `max` levels deep. A linear scan of the raw text, skipping
 * string contents, so it costs no recursion and no allocation whatever the input.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++depth > max) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}
