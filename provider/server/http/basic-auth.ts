import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** KMFDDM's management API user; the password is the API key. */
export const API_USER = 'kmfddm';

/**
 * True when the request carries HTTP Basic credentials `kmfddm:<apiKey>`. Compares digests in constant time so the
 * key cannot be guessed byte by byte from response timing.
 */
export function hasApiCredentials(req: IncomingMessage, apiKey: string): boolean {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return false;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return false;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  const userOk = timingSafeEqual(digest(decoded.slice(0, colon)), digest(API_USER));
  const keyOk = timingSafeEqual(digest(decoded.slice(colon + 1)), digest(apiKey));
  return userOk && keyOk;
}
