import { WriteResult } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { CHANGE_STATUSES, NO_NOTIFY, changeResult, parseStringList } from './wire';

/** Sets and their declarations. A set exists on KMFDDM only while something refers to it. */
export async function listSets(client: HttpClient): Promise<string[]> {
  return parseStringList(await client.request({ method: 'GET', path: 'v1/sets' }), 'GET /v1/sets');
}

export async function getSetDeclarations(client: HttpClient, set: string): Promise<string[]> {
  const response = await client.request({ method: 'GET', path: `v1/set-declarations/${encodePathSegment(set)}` });
  return parseStringList(response, `GET /v1/set-declarations/${set}`);
}

export async function changeSetDeclaration(
  client: HttpClient,
  method: 'PUT' | 'DELETE',
  set: string,
  identifier: string,
): Promise<WriteResult> {
  const response = await client.request({
    method,
    path: `v1/set-declarations/${encodePathSegment(set)}`,
    query: { declaration: identifier, ...NO_NOTIFY },
    expect: CHANGE_STATUSES,
  });
  return changeResult(response);
}
