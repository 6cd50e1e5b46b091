/** True when the text is an absolute https: URL with a host (Apple fetches manifests and pages only over HTTPS). */
export function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}
