import { badRequest, notFound } from '../http/http-error';
import { json, noContent, notModified, type Route } from '../http/router';
import type { LockRecord } from '../store/locks';
import { describeType, MAX_NAME_LENGTH } from '../validation';
import { type ApiDeps, nameParam } from './common';
import { isRecord } from '../../core/records';

/** A day: a holder that needs longer refreshes its lease instead. */
export const MAX_LOCK_TTL_SECONDS = 86_400;

/**
 * The locks extension (ours; KMFDDM has no lock API): named leases that keep two applies of one stack from
 * interleaving their writes.
 * - PUT /v1/locks/:name with `{"owner": "...", "ttl_seconds": N}` → 204 acquired (or extended, when `owner` already
 *   holds it); 409 `{"error", "owner", "acquired_at", "expires_at"}` while someone else holds an unexpired lease. An
 *   expired lease is taken over. The check and the write are one transaction, so exactly one contender wins.
 * - GET /v1/locks/:name → `{name, owner, acquired_at, expires_at}` (also when expired); 404 when never taken or released.
 * - DELETE /v1/locks/:name?owner=... → 204 released, 304 not held, 409 (with the holder) when someone else holds it.
 */
export function lockRoutes({ store }: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/locks/:name',
      handler: (ctx) => {
        const lock = store.locks.get(nameParam(ctx, 'name', 'lock name'));
        if (!lock) throw notFound('lock not held');
        return json(lock);
      },
    },
    {
      method: 'PUT',
      path: '/v1/locks/:name',
      handler: async (ctx) => {
        const name = nameParam(ctx, 'name', 'lock name');
        const { owner, ttlSeconds } = parseLockRequest(await ctx.json());
        const outcome = store.locks.acquire(name, owner, ttlSeconds, ctx.now());
        return outcome.acquired ? noContent() : held(outcome.holder);
      },
    },
    {
      method: 'DELETE',
      path: '/v1/locks/:name',
      handler: (ctx) => {
        const name = nameParam(ctx, 'name', 'lock name');
        const owner = ctx.query.get('owner');
        const error = checkOwner(owner);
        if (error) throw badRequest(`The query parameter "owner": ${error}`);
        const outcome = store.locks.release(name, owner as string);
        if (outcome === 'released') return noContent();
        if (outcome === 'absent') return notModified();
        return held(outcome.heldBy);
      },
    },
  ];
}

function held(holder: LockRecord) {
  return json(
    {
      error: `lock held by ${holder.owner} until ${holder.expires_at}`,
      owner: holder.owner,
      acquired_at: holder.acquired_at,
      expires_at: holder.expires_at,
    },
    409,
  );
}

function parseLockRequest(body: unknown): { owner: string; ttlSeconds: number } {
  if (!isRecord(body)) throw badRequest(`A lock request must be a JSON object, got ${describeType(body)}.`);
  const unknown = Object.keys(body).filter((k) => k !== 'owner' && k !== 'ttl_seconds');
  if (unknown.length) throw badRequest(`Unknown lock request key(s): ${unknown.join(', ')}; expected owner, ttl_seconds.`);
  const error = checkOwner(body.owner);
  if (error) throw badRequest(`owner: ${error}`);
  const ttl = body.ttl_seconds;
  if (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1 || ttl > MAX_LOCK_TTL_SECONDS) {
    throw badRequest(`ttl_seconds must be a whole number from 1 to ${MAX_LOCK_TTL_SECONDS}, got ${JSON.stringify(ttl) ?? describeType(ttl)}.`);
  }
  return { owner: body.owner as string, ttlSeconds: ttl };
}

function checkOwner(owner: unknown): string | undefined {
  if (typeof owner !== 'string' || owner === '') return 'a non-empty string is required.';
  if (owner.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(owner)) {
    return `at most ${MAX_NAME_LENGTH} characters without control characters.`;
  }
  return undefined;
}
