import { badRequest, notFound } from '../http/http-error';
import { changedOrNot, json, type Route } from '../http/router';
import { FACT_KEYS, type EnrollmentFacts } from '../store/enrollments';
import { describeType } from '../validation';
import { type ApiDeps, nameParam } from './common';
import { isRecord } from '../../core/records';

const MAX_FACT_LENGTH = 128;

/**
 * The enrollment registry (our extension; KMFDDM has none):
 * - GET /v1/enrollments → EnrollmentRecord[] in ID order;
 * - GET /v1/enrollments/:id → EnrollmentRecord, 404 if unknown;
 * - PUT /v1/enrollments/:id with a JSON object of facts (platform, os_version, os_build, model, serial_number:
 *   string or null; supervised: boolean or null) → 204 registered or changed / 304 unchanged; absent keys are kept;
 * - DELETE /v1/enrollments/:id → 204 / 304 (set assignments and status are kept: they belong to KMFDDM's model).
 */
export function enrollmentRoutes({ store }: ApiDeps): Route[] {
  return [
    { method: 'GET', path: '/v1/enrollments', handler: () => json(store.enrollments.list()) },
    {
      method: 'GET',
      path: '/v1/enrollments/:id',
      handler: (ctx) => {
        const record = store.enrollments.get(nameParam(ctx, 'id', 'enrollment ID'));
        if (!record) throw notFound('enrollment not found');
        return json(record);
      },
    },
    {
      method: 'PUT',
      path: '/v1/enrollments/:id',
      handler: async (ctx) => {
        const id = nameParam(ctx, 'id', 'enrollment ID');
        const facts = parseFacts(await ctx.json());
        const now = ctx.now();
        return changedOrNot(store.transaction(() => store.enrollments.mergeFacts(id, facts, now)));
      },
    },
    {
      method: 'DELETE',
      path: '/v1/enrollments/:id',
      handler: (ctx) => {
        const id = nameParam(ctx, 'id', 'enrollment ID');
        return changedOrNot(store.transaction(() => store.enrollments.delete(id)));
      },
    },
  ];
}

function parseFacts(body: unknown): Partial<EnrollmentFacts> {
  if (!isRecord(body)) throw badRequest(`Enrollment facts must be a JSON object, got ${describeType(body)}.`);
  const known = new Set<string>(FACT_KEYS);
  const unknown = Object.keys(body).filter((k) => !known.has(k));
  if (unknown.length) throw badRequest(`Unknown enrollment fact(s): ${unknown.join(', ')}; expected ${FACT_KEYS.join(', ')}.`);
  const facts: Partial<EnrollmentFacts> = {};
  for (const key of FACT_KEYS) {
    const v = body[key];
    if (v === undefined) continue;
    if (key === 'supervised') {
      if (v !== null && typeof v !== 'boolean') throw badRequest(`supervised must be a boolean or null, got ${describeType(v)}.`);
      facts.supervised = v;
    } else {
      if (v !== null && typeof v !== 'string') throw badRequest(`${key} must be a string or null, got ${describeType(v)}.`);
      if (typeof v === 'string' && (v.length > MAX_FACT_LENGTH || /[\u0000-\u001f\u007f]/.test(v))) {
        throw badRequest(`${key} must be at most ${MAX_FACT_LENGTH} characters without control characters.`);
      }
      facts[key] = v;
    }
  }
  return facts;
}
