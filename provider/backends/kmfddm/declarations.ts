import { canonicalJson } from '../../core/canonical-json';
import { BackendProtocolError, DeclarationInput, DeclarationRecord, WriteResult } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { CHANGE_STATUSES, NO_NOTIFY, changeResult, parseJson, parseStringList } from './wire';
import { isRecord } from '../../core/records';

/**
 * Declarations on KMFDDM's management API. KMFDDM hashes the Payload bytes exactly as sent into the ServerToken, so the
 * body is canonical JSON: the same declaration always produces the same bytes and a repeated PUT answers 304.
 */
export async function putDeclaration(client: HttpClient, declaration: DeclarationInput): Promise<WriteResult> {
  const body = canonicalJson({ Identifier: declaration.Identifier, Payload: declaration.Payload, Type: declaration.Type });
  const response = await client.request({
    method: 'PUT',
    path: 'v1/declarations',
    query: NO_NOTIFY,
    headers: { 'content-type': 'application/json' },
    body,
    expect: CHANGE_STATUSES,
  });
  return changeResult(response);
}

export async function listDeclarationIds(client: HttpClient): Promise<string[]> {
  return parseStringList(await client.request({ method: 'GET', path: 'v1/declarations' }), 'GET /v1/declarations');
}

/** The stored declaration, or undefined when the server has none with this identifier. */
export async function getDeclaration(client: HttpClient, identifier: string): Promise<DeclarationRecord | undefined> {
  const response = await client.request({
    method: 'GET',
    path: `v1/declarations/${encodePathSegment(identifier)}`,
    expect: [200, 404],
  });
  if (response.status === 404) return undefined;
  return toDeclarationRecord(parseJson(response, `GET /v1/declarations/${identifier}`), identifier);
}

export function toDeclarationRecord(value: unknown, what: string): DeclarationRecord {
  if (
    !isRecord(value) ||
    typeof value.Identifier !== 'string' ||
    typeof value.Type !== 'string' ||
    typeof value.ServerToken !== 'string' ||
    !isRecord(value.Payload)
  ) {
    throw new BackendProtocolError(`The server returned a malformed declaration for ${what}.`);
  }
  return { Identifier: value.Identifier, Type: value.Type, Payload: value.Payload, ServerToken: value.ServerToken };
}

export async function deleteDeclaration(client: HttpClient, identifier: string): Promise<WriteResult> {
  const response = await client.request({
    method: 'DELETE',
    path: `v1/declarations/${encodePathSegment(identifier)}`,
    expect: CHANGE_STATUSES,
  });
  return changeResult(response);
}
