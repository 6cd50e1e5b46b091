/**
 * Characters that must never reach a terminal or a review raw: C0 controls (ESC starts terminal sequences that can
 * set the window title, write the clipboard or hide lines; CR overwrites a line; BEL rings), DEL, C1 controls (U+009B
 * is a one-character CSI on some terminals) and the bidirectional embeddings, overrides and isolates that make text
 * read differently from what it is ("Trojan Source").
 */
const HOSTILE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const HOSTILE_EXCEPT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text quoted from input (names, keys, values, server answers) made safe to print: each hostile character becomes
 * `\u{1b}`. Line feeds stay when `keepNewlines` is set, for multi-line messages of applemdm's own.
 */
export function escapeControlCharacters(text: string, options: { keepNewlines?: boolean } = {}): string {
  return text.replace(options.keepNewlines ? HOSTILE_EXCEPT_NEWLINE : HOSTILE, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * The same for JSON text (plan values): the characters JSON.stringify leaves raw become JSON escapes (\u007f), so the
 * result still reads as the JSON value it is.
 */
export function escapeControlCharactersInJson(json: string): string {
  return json.replace(HOSTILE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
