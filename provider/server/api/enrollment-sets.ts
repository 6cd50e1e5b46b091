import { changedOrNot, json, type HttpResponse, type RequestContext, type Route } from '../http/router';
import { recordChange } from '../notifier';
import { type ApiDeps, nameParam, nameQuery, shouldNotify } from './common';

/** KMFDDM's enrollment-set endpoints, including the real route of "remove all" (/enrollment-sets-all/sets/:id). */
export function enrollmentSetRoutes({ store }: ApiDeps): Route[] {
  const change = (ctx: RequestContext, apply: (id: string) => boolean): HttpResponse => {
    const id = nameParam(ctx, 'id', 'enrollment ID');
    const now = ctx.now();
    const notify = shouldNotify(ctx);
    const changed = store.transaction(() => {
      const changed = apply(id);
      if (changed && notify) recordChange(store, { ids: [id] }, now);
      return changed;
    });
    return changedOrNot(changed);
  };
  return [
    {
      method: 'GET',
      path: '/v1/enrollment-sets/:id',
      handler: (ctx) => json(store.sets.enrollmentSets(nameParam(ctx, 'id', 'enrollment ID'))),
    },
    {
      method: 'PUT',
      path: '/v1/enrollment-sets/:id',
      handler: (ctx) => {
        const set = nameQuery(ctx, 'set', 'set name');
        return change(ctx, (id) => store.sets.addEnrollmentSet(id, set, ctx.now()));
      },
    },
    {
      method: 'DELETE',
      path: '/v1/enrollment-sets/:id',
      handler: (ctx) => {
        const set = nameQuery(ctx, 'set', 'set name');
        return change(ctx, (id) => store.sets.removeEnrollmentSet(id, set));
      },
    },
    {
      method: 'DELETE',
      path: '/v1/enrollment-sets-all/sets/:id',
      handler: (ctx) => change(ctx, (id) => store.sets.removeAllEnrollmentSets(id)),
    },
  ];
}
