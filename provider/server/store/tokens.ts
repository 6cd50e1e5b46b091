import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json';

/**
 * ServerToken of a declaration: SHA-1 hex (40 characters, within Apple's 64-byte limit) over identifier, type,
 * canonical payload and touch count, like KMFDDM's SQL backend. Hashing the canonical JSON makes the token
 * independent of key order and whitespace, so re-sending the same content is "unchanged" (304); a touch bumps the
 * counter and therefore the token, which makes devices re-fetch.
 */
export function declarationServerToken(identifier: string, type: string, payload: unknown, touchCount: number): string {
  return createHash('sha1')
    .update(identifier)
    .update('\0')
    .update(type)
    .update('\0')
    .update(canonicalJson(payload))
    .update('\0')
    .update(String(touchCount))
    .digest('hex');
}

/**
 * DeclarationsToken of an enrollment: SHA-1 hex over the ServerTokens it can see, in identifier order (KMFDDM hashes
 * them in storage order; a fixed order keeps the token stable across reads). It changes exactly when a visible
 * declaration changes, appears or disappears.
 */
export function declarationsToken(serverTokensInIdentifierOrder: string[]): string {
  const h = createHash('sha1');
  for (const t of serverTokensInIdentifierOrder) h.update(t);
  return h.digest('hex');
}
