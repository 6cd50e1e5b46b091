import { isRecord } from '../core/records';
/**
 * Input rules of the embedded server. Every rule here guards the store: a request that breaks one is answered 400 and
 * writes nothing. Functions return an error sentence, or undefined when the input is acceptable.
 */

/** KMFDDM stores identifiers, set names and enrollment IDs in VARCHAR(255); we keep the same ceiling. */
export const MAX_NAME_LENGTH = 255;

export type NameKind = 'declaration identifier' | 'set name' | 'enrollment ID' | 'lock name';

/**
 * The characters a path segment carries without percent-encoding (RFC 3986 unreserved, sub-delims, ":" and "@"),
 * except ",", which separates IDs in the status routes (`/v1/declaration-status/a,b`).
 * Identifiers, set names and enrollment IDs travel as path segments (`/v1/declarations/:id`, `/declaration/:type/:id`),
 * so anything outside this alphabet (slashes, "%", "?", "#", spaces, control or non-ASCII characters) could be stored
 * and then not be addressed the same way by every client.
 */
const ADDRESSABLE = /^[A-Za-z0-9._~!$&'()*+;=:@-]+$/;

/**
 * An acceptable identifier, set name or enrollment ID: 1-255 characters of the addressable alphabet, and not "." or
 * ".." (which every HTTP client folds away, so such an object could be written but never read or deleted).
 */
export function checkName(kind: NameKind, value: unknown): string | undefined {
  if (typeof value !== 'string') return `The ${kind} must be a string, got ${describeType(value)}.`;
  if (value.length === 0) return `The ${kind} must not be empty.`;
  if (value.length > MAX_NAME_LENGTH) {
    return `The ${kind} is ${value.length} characters long; at most ${MAX_NAME_LENGTH} are allowed.`;
  }
  if (value === '.' || value === '..') return `The ${kind} must not be "." or "..".`;
  if (!ADDRESSABLE.test(value)) {
    return `The ${kind} may use only letters, digits and . _ ~ - ! $ & ' ( ) * + ; = : @ (no ",", "/", "%", spaces or control characters).`;
  }
  return undefined;
}

/** The four manifest categories of DDM (Apple: DeclarationItemsResponse), keyed by the type's third dotted word. */
export const DECLARATION_CATEGORIES = ['activation', 'asset', 'configuration', 'management'] as const;
export type DeclarationCategory = (typeof DECLARATION_CATEGORIES)[number];

const DECLARATION_TYPE = /^com\.apple\.(activation|asset|configuration|management)\.[A-Za-z0-9][A-Za-z0-9.-]*$/;

/** `com.apple.configuration.legacy` → `configuration`; undefined for a type outside the four categories. */
export function declarationCategory(type: string): DeclarationCategory | undefined {
  const m = DECLARATION_TYPE.exec(type);
  return m ? (m[1] as DeclarationCategory) : undefined;
}

export interface DeclarationInput {
  identifier: string;
  type: string;
  payload: Record<string, unknown>;
}

const DECLARATION_KEYS = new Set(['Type', 'Identifier', 'Payload', 'ServerToken']);

/**
 * Checks a declaration sent to PUT /v1/declarations. A `ServerToken` sent by the client is accepted and ignored (the
 * server computes its own, as KMFDDM does). Unlike KMFDDM we also refuse a type outside the four DDM categories,
 * because such a declaration could never reach a device, and unknown top-level keys, which Apple's base has none of.
 */
export function parseDeclaration(body: unknown): { value?: DeclarationInput; error?: string } {
  if (!isRecord(body)) return { error: `A declaration must be a JSON object, got ${describeType(body)}.` };
  const unknown = Object.keys(body).filter((k) => !DECLARATION_KEYS.has(k));
  if (unknown.length) {
    return { error: `Unknown declaration key(s) ${unknown.map((k) => JSON.stringify(k)).join(', ')}; expected Type, Identifier, Payload (and optionally ServerToken).` };
  }
  if (body.Identifier === undefined) return { error: 'The declaration has no Identifier.' };
  const idError = checkName('declaration identifier', body.Identifier);
  if (idError) return { error: idError };
  if (body.Type === undefined) return { error: 'The declaration has no Type.' };
  if (typeof body.Type !== 'string') return { error: `Type must be a string, got ${describeType(body.Type)}.` };
  if (body.Type.length > MAX_NAME_LENGTH || !declarationCategory(body.Type)) {
    return { error: `Type ${JSON.stringify(body.Type.slice(0, 80))} is not a declaration type; expected com.apple.<activation|asset|configuration|management>.<name>.` };
  }
  if (body.ServerToken !== undefined && typeof body.ServerToken !== 'string') {
    return { error: `ServerToken must be a string when present, got ${describeType(body.ServerToken)}.` };
  }
  if (body.Payload === undefined) return { error: 'The declaration has no Payload.' };
  if (!isRecord(body.Payload)) return { error: `Payload must be a JSON object, got ${describeType(body.Payload)}.` };
  const numberError = checkNumbers(body.Payload, 'Payload');
  if (numberError) return { error: numberError };
  return { value: { identifier: body.Identifier as string, type: body.Type, payload: body.Payload } };
}

/**
 * JSON numbers that JavaScript cannot hold exactly (integers beyond 2^53, literals overflowing to Infinity) would be
 * stored altered; refusing them is better than silently changing a payload.
 */
export function checkNumbers(value: unknown, path: string): string | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `${path} holds a number too large to represent.`;
    if (Number.isInteger(value) && !Number.isSafeInteger(value)) {
      return `${path} holds the integer ${value}, beyond the exactly representable range (±2^53).`;
    }
    return undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const e = checkNumbers(value[i], `${path}[${i}]`);
      if (e) return e;
    }
    return undefined;
  }
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) {
      const e = checkNumbers(v, `${path}.${k}`);
      if (e) return e;
    }
  }
  return undefined;
}

/**
 * Asset names become URL path segments and are never used as file names, but we still refuse anything that looks
 * like a path: only letters, digits, dot, dash and underscore, starting with a letter or digit, and no "..".
 */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function checkAssetName(value: string): string | undefined {
  if (!ASSET_NAME.test(value) || value.includes('..')) {
    return `Asset name ${JSON.stringify(value.slice(0, 80))} is not allowed; use 1-128 letters, digits, ".", "-" or "_", starting with a letter or digit, without "..".`;
  }
  return undefined;
}

const CONTENT_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(\s*;\s*[A-Za-z0-9!#$&^_.+-]+=("[^"\u0000-\u001f]*"|[A-Za-z0-9!#$&^_.+-]+))*$/;

export function checkContentType(value: string): string | undefined {
  if (value.length > 200 || !CONTENT_TYPE.test(value)) {
    return `Content-Type ${JSON.stringify(value.slice(0, 80))} is not a valid media type.`;
  }
  return undefined;
}

export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}
