/**
 * The one rule for an API key, applied where `applemdm serve` takes its key and where a client takes its own, so a key
 * one side accepts is never silently different on the other. A key file may end in one newline (removed by both
 * sides); otherwise the key is used exactly as given, and a key with leading or trailing whitespace is refused rather
 * than trimmed, because one side trimming and the other not is how a key "works" on the server and fails in the client.
 * Returns the problem as a sentence naming the source (never the key), or undefined when the key is acceptable.
 */
export function checkApiKey(key: string, source: string): string | undefined {
  if (key === '') return `The API key from ${source} is empty.`;
  if (key.trim() === '') return `The API key from ${source} is only whitespace.`;
  if (/[\u0000-\u001f\u007f]/.test(key)) return `The API key from ${source} contains a control character (a line break inside a key file?).`;
  if (key.trim() !== key) return `The API key from ${source} has leading or trailing whitespace; remove it (keys are used exactly as given).`;
  return undefined;
}

/** A key file's content without its one final newline (editors add one). */
export function keyFromFile(text: string): string {
  return text.replace(/\r?\n$/, '');
}
