import * as path from 'node:path';
import { displayServerUrl } from '../core/server-url';
import { Diagnostics } from '../core/diagnostics';
import type { BaseOperation, Plan } from '../engine/plan';
import { targetTypeFor } from '../targets/registry';
import type { TargetRequest } from '../targets/target';
import { UserError } from './user-error';

/**
 * A saved plan records the server it was made for, but the file travels (a CI artifact) and can be edited, so that
 * record never picks the server: an apply writes to, and sends the API key to, the server it is itself configured
 * for (--server, APPLEMDM_SERVER, the configuration's server:, else the embedded server beside the configuration).
 * A plan made for another server is refused here, before any request: the target's location (computed without
 * opening anything) must be the plan's.
 */
export function refuseIfPlanForOtherServer(plan: Plan<BaseOperation>, file: string, req: TargetRequest): void {
  const configured = targetTypeFor(req).locationOf(req);
  if (sameLocation(plan.backend.url, configured)) return;
  refuseOtherServer(file, plan.backend.url, configured);
}

export function refuseOtherServer(file: string, planned: string, configured: string): never {
  throw new UserError(
    new Diagnostics()
      .error(
        'Plan made for another server',
        `${file} was made for ${shown(planned)}, but this apply is configured for ${shown(configured)}. A saved plan is applied only to the server the apply itself names (--server, APPLEMDM_SERVER or server: in the configuration; with none of them, the embedded server beside the configuration), never to the one written in the file. Nothing was sent. Name the server the plan was made for, or run plan again.`,
        [],
        { kind: 'file', file, line: 1, col: 1 },
        'plan-server-mismatch',
      )
      .toArray(),
  );
}

/** The same server: URLs compared as URLs (case of scheme and host, default port, trailing slash), data directories as absolute paths. */
function sameLocation(planned: string, configured: string): boolean {
  const embedded = 'embedded:';
  if (planned.startsWith(embedded) || configured.startsWith(embedded)) {
    return planned.startsWith(embedded) && configured.startsWith(embedded) && path.resolve(planned.slice(embedded.length)) === path.resolve(configured.slice(embedded.length));
  }
  // A KMFDDM plan records its server as shown (query values hidden: they may hold a credential), and so does the
  // KMFDDM target's location; an Intune plan records its group map, whose values must be the configured ones.
  return normalizedUrl(planned) === normalizedUrl(configured);
}

function normalizedUrl(url: string): string {
  try {
    return new URL(url).href.replace(/\/+$/, '');
  } catch {
    return url.replace(/\/+$/, '');
  }
}

/** A URL for a message: a user name or password in it (a mistake refused elsewhere), or a query value, is never printed. */
function shown(location: string): string {
  if (location.startsWith('embedded:')) return location;
  const credentials = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(location);
  return `${displayServerUrl(location)}${credentials ? ' (credentials removed)' : ''}`;
}
