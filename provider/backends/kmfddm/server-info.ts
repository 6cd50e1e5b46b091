import { HttpClient } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/**
 * GET /version (no auth on KMFDDM): `{"version": "..."}`. The embedded server adds `applemdm_extensions`, the names
 * of the endpoints it serves beyond KMFDDM's API; real KMFDDM lists none, so the backend falls back to KMFDDM's own API.
 */
export const EXTENSION_BULK = 'bulk';
export const EXTENSION_ASSETS = 'assets';
export const EXTENSION_ENROLLMENTS = 'enrollments';
/** GET /v1/notifications: which enrollments a notify reached (the embedded server has no APNs behind it). */
export const EXTENSION_NOTIFICATIONS = 'notifications';
export const EXTENSION_LOCKS = 'locks';

export interface ServerInfo {
  version: string;
  extensions: string[];
}

export async function readServerInfo(client: HttpClient): Promise<ServerInfo> {
  const body = parseJson(await client.request({ method: 'GET', path: 'version' }), 'GET /version');
  if (!isRecord(body)) return { version: 'unknown', extensions: [] };
  const version = typeof body.version === 'string' ? body.version : 'unknown';
  const raw = body.applemdm_extensions;
  const extensions = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string').sort() : [];
  return { version, extensions };
}
