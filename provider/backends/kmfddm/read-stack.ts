import { BackendProtocolError, DeclarationRecord, StackSnapshot } from '../contract';
import { mapWithConcurrency } from '../../core/concurrency';
import { HttpClient } from '../http/http-client';
import { AssetStore } from './assets';
import { getDeclaration, listDeclarationIds, toDeclarationRecord } from './declarations';
import { getEnrollmentSets } from './enrollment-sets';
import { getSetDeclarations, listSets } from './sets';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/**
 * Reads every object a stack owns. With the embedded server's bulk extension this is a few paged requests whatever
 * the size; against real KMFDDM it is 2 list requests + one GET per owned declaration + one per owned set + one per
 * enrollment asked about, run with bounded concurrency.
 */
export interface ReadStackContext {
  client: HttpClient;
  assets: AssetStore;
  concurrency: number;
  bulk: boolean;
  /** Page size asked of the bulk endpoint. */
  bulkPageSize: number;
}

export async function readStack(
  ctx: ReadStackContext,
  prefix: string,
  enrollmentIds: string[] | undefined,
): Promise<StackSnapshot> {
  const before = ctx.client.requestCount;
  const part = ctx.bulk ? await readBulk(ctx, prefix, enrollmentIds) : await readEach(ctx, prefix, enrollmentIds ?? []);
  const assets = await ctx.assets.list(prefix);
  return {
    declarations: part.declarations.sort((a, b) => compare(a.Identifier, b.Identifier)),
    sets: sortedRecord(part.sets),
    enrollmentSets: sortedRecord(part.enrollmentSets),
    assets,
    requests: ctx.client.requestCount - before,
  };
}

type Part = Pick<StackSnapshot, 'declarations' | 'sets' | 'enrollmentSets'>;

async function readEach(ctx: ReadStackContext, prefix: string, enrollmentIds: string[]): Promise<Part> {
  const [ids, setNames] = await Promise.all([listDeclarationIds(ctx.client), listSets(ctx.client)]);
  const ownedIds = ids.filter((id) => id.startsWith(prefix));
  const ownedSets = setNames.filter((name) => name.startsWith(prefix));
  const declarations = (
    await mapWithConcurrency(ownedIds, ctx.concurrency, (id) => getDeclaration(ctx.client, id))
  ).filter((d): d is DeclarationRecord => d !== undefined); // deleted between the list and the GET
  const setDeclarations = await mapWithConcurrency(ownedSets, ctx.concurrency, (set) => getSetDeclarations(ctx.client, set));
  const sets: Record<string, string[]> = {};
  ownedSets.forEach((set, i) => (sets[set] = setDeclarations[i] ?? []));
  const enrollmentLists = await mapWithConcurrency(enrollmentIds, ctx.concurrency, (id) => getEnrollmentSets(ctx.client, id));
  const enrollmentSets: Record<string, string[]> = {};
  enrollmentIds.forEach((id, i) => {
    const owned = (enrollmentLists[i] ?? []).filter((s) => s.startsWith(prefix));
    if (owned.length) enrollmentSets[id] = owned;
  });
  return { declarations, sets, enrollmentSets };
}

/**
 * The bulk extension: GET /v1/bulk/declarations?prefix=&limit=&cursor= pages through declarations with their payloads
 * and tokens (next_cursor while more follow); GET /v1/bulk/sets?prefix= returns owned sets with their declarations
 * (`sets`) and the enrollments assigned to them (`enrollment_sets`).
 */
async function readBulk(ctx: ReadStackContext, prefix: string, enrollmentIds: string[] | undefined): Promise<Part> {
  const declarations: DeclarationRecord[] = [];
  let cursor: string | undefined;
  for (let page = 0; ; page++) {
    if (page > 100_000) throw new BackendProtocolError('The bulk read did not end (the server keeps returning a cursor).');
    const response = await ctx.client.request({
      method: 'GET',
      path: 'v1/bulk/declarations',
      query: { prefix, limit: String(ctx.bulkPageSize), cursor },
    });
    const body = parseJson(response, 'GET /v1/bulk/declarations');
    if (!isRecord(body) || !Array.isArray(body.declarations)) {
      throw new BackendProtocolError('The bulk declarations answer has no declarations list.');
    }
    for (const item of body.declarations) {
      const record = toDeclarationRecord(item, 'the bulk read');
      if (record.Identifier.startsWith(prefix)) declarations.push(record);
    }
    const next = body.next_cursor;
    if (typeof next !== 'string' || next === '') break;
    cursor = next;
  }
  const response = await ctx.client.request({ method: 'GET', path: 'v1/bulk/sets', query: { prefix } });
  const body = parseJson(response, 'GET /v1/bulk/sets');
  if (!isRecord(body) || !isRecord(body.sets)) throw new BackendProtocolError('The bulk sets answer has no sets.');
  const sets: Record<string, string[]> = {};
  for (const [name, ids] of Object.entries(body.sets)) {
    if (name.startsWith(prefix)) sets[name] = stringList(ids, `set ${name}`);
  }
  const wanted = enrollmentIds ? new Set(enrollmentIds) : undefined;
  const enrollmentSets: Record<string, string[]> = {};
  const assigned = isRecord(body.enrollment_sets) ? body.enrollment_sets : {};
  for (const [set, enrollments] of Object.entries(assigned)) {
    if (!set.startsWith(prefix)) continue;
    for (const id of stringList(enrollments, `set ${set} enrollments`)) {
      if (wanted && !wanted.has(id)) continue;
      (enrollmentSets[id] ??= []).push(set);
    }
  }
  return { declarations, sets, enrollmentSets };
}

function stringList(value: unknown, what: string): string[] {
  if (value === null) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new BackendProtocolError(`The bulk answer for ${what} is not a list of names.`);
  }
  return value as string[];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedRecord(record: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(record).sort(compare)) out[key] = [...new Set(record[key])].sort(compare);
  return out;
}
