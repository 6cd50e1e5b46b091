import type { Store } from '../store/store';
import type { ServerLimits } from '../limits';
import type { ServerLogger } from '../logger';
import { badRequest } from '../http/http-error';
import type { RequestContext } from '../http/router';
import { checkName, type NameKind } from '../validation';

/** What every route module needs. */
export interface ApiDeps {
  store: Store;
  limits: ServerLimits;
  logger: ServerLogger;
}

/** A path parameter that names a declaration, set or enrollment; 400 when it breaks the naming rules. */
export function nameParam(ctx: RequestContext, param: string, kind: NameKind): string {
  const value = ctx.params[param];
  const error = checkName(kind, value);
  if (error) throw badRequest(error);
  return value;
}

/** A required query parameter naming a declaration, set or enrollment (KMFDDM: `?declaration=`, `?set=`). */
export function nameQuery(ctx: RequestContext, key: string, kind: NameKind): string {
  const value = ctx.query.get(key);
  if (value === null || value === '') throw badRequest(`The query parameter "${key}" (the ${kind}) is required.`);
  const error = checkName(kind, value);
  if (error) throw badRequest(error);
  return value;
}

/** A comma-separated list of enrollment IDs in a path parameter (status endpoints). */
export function enrollmentIdList(ctx: RequestContext, param: string): string[] {
  const ids = [...new Set(ctx.params[param].split(','))];
  if (ids.length > 1000) throw badRequest('At most 1000 enrollment IDs may be queried at once.');
  for (const id of ids) {
    const error = checkName('enrollment ID', id);
    if (error) throw badRequest(error);
  }
  return ids;
}

/** KMFDDM's reading of `?nonotify=`: anything but "", 0, false, no, off suppresses the notification. */
export function shouldNotify(ctx: RequestContext): boolean {
  const v = (ctx.query.get('nonotify') ?? '').toLowerCase();
  return ['', '0', 'false', 'no', 'off'].includes(v);
}
