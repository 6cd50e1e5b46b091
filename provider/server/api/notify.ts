import { badRequest } from '../http/http-error';
import { json, noContent, type Route } from '../http/router';
import { recordChange } from '../notifier';
import { checkName, type NameKind } from '../validation';
import type { ApiDeps } from './common';

/**
 * POST /v1/notify?declaration=…&set=…&id=… (repeatable), as KMFDDM: 204. Recorded per enrollment (see notifier.ts).
 * GET /v1/notifications (our extension): {"<enrollment id>": {"count": n, "last_notified": "<RFC 3339>"}}.
 */
export function notifyRoutes({ store, logger }: ApiDeps): Route[] {
  return [
    {
      method: 'POST',
      path: '/v1/notify',
      handler: (ctx) => {
        const list = (key: string, kind: NameKind): string[] =>
          ctx.query.getAll(key).map((v) => {
            const error = checkName(kind, v);
            if (error) throw badRequest(`${key}: ${error}`);
            return v;
          });
        const targets = {
          declarations: list('declaration', 'declaration identifier'),
          sets: list('set', 'set name'),
          ids: list('id', 'enrollment ID'),
        };
        const now = ctx.now();
        const notified = store.transaction(() => recordChange(store, targets, now));
        logger({ level: 'debug', msg: 'notified', enrollments: notified.length });
        return noContent();
      },
    },
    { method: 'GET', path: '/v1/notifications', handler: () => json(store.enrollments.notifications()) },
  ];
}
