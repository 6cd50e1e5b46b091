import { BackendProtocolError } from '../contract';
import type { HttpResponse } from '../http/http-client';

/**
 * Reading KMFDDM's JSON answers. KMFDDM encodes an empty Go slice as `null` (GET /v1/sets on a fresh server,
 * GET /v1/set-declarations/<unknown set>), so lists accept null as empty.
 */
export function parseJson(response: HttpResponse, what: string): unknown {
  try {
    return response.json<unknown>();
  } catch {
    throw new BackendProtocolError(`The server's answer to ${what} is not JSON.`);
  }
}

export function parseStringList(response: HttpResponse, what: string): string[] {
  const value = parseJson(response, what);
  if (value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new BackendProtocolError(`The server's answer to ${what} is not a list of names.`);
  }
  return value as string[];
}

/** KMFDDM answers 204 when a write changed something and 304 when it did not. */
export const CHANGE_STATUSES = [204, 304] as const;

export function changeResult(response: HttpResponse): 'changed' | 'unchanged' {
  return response.status === 304 ? 'unchanged' : 'changed';
}

/** Query flag sent on every write: devices are notified once, at the end of an apply. */
export const NO_NOTIFY = { nonotify: '1' } as const;
