import { canonicalJson } from '../core/canonical-json';
import { sha256Hex } from '../core/sha256';

/**
 * A DDM declaration (apple-mdm.md §6.1). ServerToken must change whenever the declaration changes and stay at most 64
 * bytes: applemdm uses the first 40 hex digits of SHA-256 over the canonical {Type, Identifier, Payload}, so it is
 * reproducible and changes exactly with the content. (KMFDDM computes its own token on upload; the embedded server
 * and the compiled files use this one.)
 */
export interface Declaration {
  Type: string;
  Identifier: string;
  ServerToken: string;
  Payload: Record<string, unknown>;
}

export function buildDeclaration(type: string, identifier: string, payload: Record<string, unknown>): Declaration {
  const serverToken = sha256Hex(canonicalJson({ Type: type, Identifier: identifier, Payload: payload })).slice(0, 40);
  return { Type: type, Identifier: identifier, ServerToken: serverToken, Payload: payload };
}
