import type { Diagnostics } from './diagnostics';

/**
 * Decodes a configuration file's bytes as strict UTF-8. Invalid bytes are an error naming the file and the byte
 * offset, not U+FFFD: a lenient decode would silently change a value (an ID, a name) into something the author never
 * wrote. The BOM, if any, is kept as before (the parsers deal with it).
 */
export function decodeUtf8(bytes: Uint8Array, file: string, diags: Diagnostics): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Byte(bytes);
    const { line, col } = lineColAt(bytes, offset);
    const hex = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? '';
    diags.error(
      'Invalid UTF-8',
      `${file} is not valid UTF-8: the byte 0x${hex} at byte offset ${offset} (line ${line}) does not start a valid UTF-8 sequence; save the file as UTF-8.`,
      [],
      { kind: 'file', file, line, col },
      'invalid-utf8',
    );
    return undefined;
  }
}

/**
 * Offset of the first byte that starts an invalid sequence (the WHATWG decoder's rules: no overlong forms, no
 * surrogates, nothing above U+10FFFF, no truncated sequence), or bytes.length when every byte is valid.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return i;
}

/** 1-based line and column of a byte offset. */
function lineColAt(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Everything before `offset` is valid UTF-8; the column counts UTF-16 units of the text, as the parsers' positions do.
  const col = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, col };
}
