import { notFound } from '../http/http-error';
import { changedOrNot, json, type Route } from '../http/router';
import { recordChange } from '../notifier';
import { type ApiDeps, nameParam, nameQuery, shouldNotify } from './common';

/** KMFDDM's set endpoints: /v1/sets, /v1/set-declarations/:set, /v1/declaration-sets/:id. */
export function setRoutes({ store }: ApiDeps): Route[] {
  return [
    { method: 'GET', path: '/v1/sets', handler: () => json(store.sets.sets()) },
    {
      method: 'GET',
      path: '/v1/set-declarations/:set',
      handler: (ctx) => json(store.sets.setDeclarations(nameParam(ctx, 'set', 'set name'))),
    },
    {
      method: 'PUT',
      path: '/v1/set-declarations/:set',
      handler: (ctx) => {
        const set = nameParam(ctx, 'set', 'set name');
        const declaration = nameQuery(ctx, 'declaration', 'declaration identifier');
        const now = ctx.now();
        const notify = shouldNotify(ctx);
        const result = store.transaction(() => {
          const r = store.sets.addDeclaration(set, declaration, now);
          if (r === 'added' && notify) recordChange(store, { sets: [set] }, now);
          return r;
        });
        // KMFDDM answers 500 here; the declaration is what is missing, so we say 404.
        if (result === 'no-such-declaration') throw notFound('declaration not found');
        return changedOrNot(result === 'added');
      },
    },
    {
      method: 'DELETE',
      path: '/v1/set-declarations/:set',
      handler: (ctx) => {
        const set = nameParam(ctx, 'set', 'set name');
        const declaration = nameQuery(ctx, 'declaration', 'declaration identifier');
        const now = ctx.now();
        const notify = shouldNotify(ctx);
        const changed = store.transaction(() => {
          const changed = store.sets.removeDeclaration(set, declaration);
          if (changed && notify) recordChange(store, { sets: [set] }, now);
          return changed;
        });
        return changedOrNot(changed);
      },
    },
    {
      method: 'GET',
      path: '/v1/declaration-sets/:id',
      handler: (ctx) => json(store.sets.declarationSets(nameParam(ctx, 'id', 'declaration identifier'))),
    },
  ];
}
