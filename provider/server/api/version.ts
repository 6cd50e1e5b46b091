import { packageVersion } from '../../core/paths';
import { json, type Route } from '../http/router';

/** Extensions beyond KMFDDM's API that this server offers; clients test for a name before using one. */
export const APPLEMDM_EXTENSIONS = ['assets', 'bulk', 'enrollments', 'locks', 'notifications'] as const;

/** GET /version (no auth), as KMFDDM/NanoMDM: {"version": "..."}, plus the list of our extensions. */
export interface VersionInfo {
  version: string;
  server: 'applemdm-embedded';
  applemdm_extensions: string[];
}

export function versionRoutes(): Route[] {
  const info: VersionInfo = { version: packageVersion(), server: 'applemdm-embedded', applemdm_extensions: [...APPLEMDM_EXTENSIONS] };
  return [{ method: 'GET', path: '/version', handler: () => json(info) }];
}
