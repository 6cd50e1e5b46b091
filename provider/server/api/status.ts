import { badRequest, notFound } from '../http/http-error';
import { json, type Route } from '../http/router';
import { type ApiDeps, enrollmentIdList, nameParam } from './common';

/** KMFDDM serves at most this many status errors per query. */
const STATUS_ERRORS_SERVED = 10;

/** KMFDDM's status queries: declaration-status, status-errors, status-values, status-report. */
export function statusRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/declaration-status/:ids',
      handler: (ctx) => json(store.status.declarationStatus(enrollmentIdList(ctx, 'ids'))),
    },
    {
      method: 'GET',
      path: '/v1/status-errors/:ids',
      handler: (ctx) => json(store.status.errors(enrollmentIdList(ctx, 'ids'), STATUS_ERRORS_SERVED)),
    },
    {
      method: 'GET',
      path: '/v1/status-values/:ids',
      handler: (ctx) => json(store.status.values(enrollmentIdList(ctx, 'ids'), ctx.query.get('prefix') ?? '')),
    },
    {
      method: 'GET',
      path: '/v1/status-report/:id',
      handler: (ctx) => {
        const id = nameParam(ctx, 'id', 'enrollment ID');
        const rawIndex = ctx.query.get('index');
        let index: number | undefined;
        if (rawIndex !== null) {
          if (!/^\d{1,9}$/.test(rawIndex)) throw badRequest(`index must be a non-negative integer, got ${JSON.stringify(rawIndex)}.`);
          index = Number(rawIndex);
        }
        const statusId = ctx.query.get('status_id') || undefined;
        const report = store.status.report(id, { index, statusId });
        if (!report) throw notFound('status report not found');
        return {
          status: 200,
          headers: {
            'Content-Type': 'application/json',
            'Last-Modified': new Date(report.receivedAt).toUTCString(),
            'X-Status-Report-Index': String(report.index),
            'X-Status-Report-ID': report.statusId,
          },
          body: report.raw,
        };
      },
    },
  ];
}
