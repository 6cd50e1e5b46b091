import { badRequest } from '../http/http-error';
import { json, type Route } from '../http/router';
import { checkName } from '../validation';
import type { ApiDeps } from './common';

/**
 * Bulk reads, our extension (KMFDDM has none; a client detects them through "bulk" in GET /version's
 * `applemdm_extensions` and otherwise falls back to per-object GETs):
 *
 * GET /v1/bulk/declarations?prefix=<identifier prefix>&limit=<1..max>&cursor=<next_cursor>
 *   → {"declarations": [{"Identifier", "Type", "Payload", "ServerToken", "sets": ["set", ...]}, ...],
 *      "next_cursor": "<opaque>"}      (next_cursor only when more declarations follow)
 *   In identifier order (byte order). Pass next_cursor back unchanged, with the same prefix, for the next page.
 *
 * GET /v1/bulk/sets?prefix=<set name prefix>
 *   → {"sets": {"<set>": ["<declaration id>", ...]}, "enrollment_sets": {"<set>": ["<enrollment id>", ...]}}
 *   `sets` holds the sets that have declarations (KMFDDM's notion of a set); `enrollment_sets` the sets assigned to
 *   enrollments. Lists are sorted. Not paged.
 */
export interface BulkDeclaration {
  Identifier: string;
  Type: string;
  Payload: Record<string, unknown>;
  ServerToken: string;
  sets: string[];
}

export interface BulkDeclarationsPage {
  declarations: BulkDeclaration[];
  next_cursor?: string;
}

export interface BulkSets {
  sets: Record<string, string[]>;
  enrollment_sets: Record<string, string[]>;
}

export function bulkRoutes({ store, limits }: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/bulk/declarations',
      handler: (ctx) => {
        const prefix = ctx.query.get('prefix') ?? '';
        const limit = parseLimit(ctx.query.get('limit'), limits.bulkDefaultLimit, limits.bulkMaxLimit);
        const cursor = ctx.query.get('cursor');
        const after = cursor === null || cursor === '' ? undefined : decodeCursor(cursor);
        const rows = store.declarations.page(prefix, after, limit + 1);
        const page = rows.slice(0, limit);
        const sets = store.sets.setsOfDeclarations(page.map((d) => d.identifier));
        const body: BulkDeclarationsPage = {
          declarations: page.map((d) => ({
            Identifier: d.identifier,
            Type: d.type,
            Payload: d.payload,
            ServerToken: d.serverToken,
            sets: sets.get(d.identifier) ?? [],
          })),
        };
        if (rows.length > limit) body.next_cursor = encodeCursor(page[page.length - 1].identifier);
        return json(body);
      },
    },
    {
      method: 'GET',
      path: '/v1/bulk/sets',
      handler: (ctx) => {
        const prefix = ctx.query.get('prefix') ?? '';
        const body: BulkSets = {
          sets: store.sets.setDeclarationsByPrefix(prefix),
          enrollment_sets: store.sets.setEnrollmentsByPrefix(prefix),
        };
        return json(body);
      },
    },
  ];
}

function parseLimit(raw: string | null, fallback: number, max: number): number {
  if (raw === null || raw === '') return fallback;
  const n = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= 1 && n <= max)) throw badRequest(`limit must be an integer from 1 to ${max}, got ${JSON.stringify(raw)}.`);
  return n;
}

/** The cursor is the last identifier served, base64url-encoded behind a version tag; clients treat it as opaque. */
function encodeCursor(lastIdentifier: string): string {
  return Buffer.from(`c1:${lastIdentifier}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): string {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const id = decoded.startsWith('c1:') ? decoded.slice(3) : undefined;
  if (id === undefined || checkName('declaration identifier', id)) throw badRequest('cursor is not a cursor this server issued.');
  return id;
}
