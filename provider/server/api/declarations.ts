import { HttpError, badRequest, notFound } from '../http/http-error';
import { changedOrNot, json, noContent, type Route } from '../http/router';
import { declarationJson } from '../store/declarations';
import { parseDeclaration } from '../validation';
import { recordChange } from '../notifier';
import { type ApiDeps, nameParam, shouldNotify } from './common';

/** KMFDDM's declaration endpoints: /v1/declarations[/:id[/touch]]. */
export function declarationRoutes({ store, logger }: ApiDeps): Route[] {
  return [
    { method: 'GET', path: '/v1/declarations', handler: () => json(store.declarations.identifiers()) },
    {
      method: 'PUT',
      path: '/v1/declarations',
      handler: async (ctx) => {
        const parsed = parseDeclaration(await ctx.json());
        if (!parsed.value) throw badRequest(parsed.error ?? 'Invalid declaration.');
        const decl = parsed.value;
        const now = ctx.now();
        const notify = shouldNotify(ctx);
        const changed = store.transaction(() => {
          const changed = store.declarations.put(decl, now);
          const notified = changed && notify ? recordChange(store, { declarations: [decl.identifier] }, now) : [];
          logger({ level: 'debug', msg: 'stored declaration', identifier: decl.identifier, changed, notified: notified.length });
          return changed;
        });
        // 204 = new or changed, 304 = unchanged (KMFDDM's code; its OpenAPI file has the two swapped).
        return changedOrNot(changed);
      },
    },
    {
      method: 'GET',
      path: '/v1/declarations/:id',
      handler: (ctx) => {
        const d = store.declarations.get(nameParam(ctx, 'id', 'declaration identifier'));
        if (!d) throw notFound('declaration not found');
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: declarationJson(d) };
      },
    },
    {
      method: 'DELETE',
      path: '/v1/declarations/:id',
      handler: (ctx) => {
        const id = nameParam(ctx, 'id', 'declaration identifier');
        const result = store.transaction(() => store.declarations.delete(id));
        if (result.kind === 'in-sets') {
          // KMFDDM refuses this too, but answers 500; a conflict is the client's to resolve, so we say 409.
          throw new HttpError(409, `declaration is referenced by ${result.sets.length} set(s): ${result.sets.join(', ')}`);
        }
        return changedOrNot(result.kind === 'deleted');
      },
    },
    {
      method: 'POST',
      path: '/v1/declarations/:id/touch',
      handler: (ctx) => {
        const id = nameParam(ctx, 'id', 'declaration identifier');
        const now = ctx.now();
        const notify = shouldNotify(ctx);
        const found = store.transaction(() => {
          if (!store.declarations.touch(id, now)) return false;
          if (notify) recordChange(store, { declarations: [id] }, now);
          return true;
        });
        if (!found) throw notFound('declaration not found');
        return noContent();
      },
    },
  ];
}
