import { randomBytes } from 'node:crypto';
import { HttpError, badRequest, notFound } from '../http/http-error';
import { json, type RequestContext, type Route } from '../http/router';
import { declarationJson } from '../store/declarations';
import { declarationsToken } from '../store/tokens';
import { parseStatusReport } from '../status-report';
import { checkName, declarationCategory, type DeclarationCategory } from '../validation';
import { assetName, assetResponse } from '../api/assets';
import type { ApiDeps } from '../api/common';

/** The header NanoMDM's `-dm` forwarding sets, and the only way a device is identified on these endpoints. */
export const ENROLLMENT_ID_HEADER = 'x-enrollment-id';

/** TokensResponse (Apple). */
export interface TokensResponse {
  SyncTokens: { DeclarationsToken: string; Timestamp: string };
}

interface ManifestItem {
  Identifier: string;
  ServerToken: string;
}

/** DeclarationItemsResponse (Apple); all four arrays are always present. */
export interface DeclarationItemsResponse {
  Declarations: { Activations: ManifestItem[]; Assets: ManifestItem[]; Configurations: ManifestItem[]; Management: ManifestItem[] };
  DeclarationsToken: string;
}

const MANIFEST_KEY: Record<DeclarationCategory, keyof DeclarationItemsResponse['Declarations']> = {
  activation: 'Activations',
  asset: 'Assets',
  configuration: 'Configurations',
  management: 'Management',
};

/**
 * DDM device endpoints, as KMFDDM serves them behind NanoMDM: no Basic auth, the device named by X-Enrollment-ID.
 * An enrollment sees exactly the declarations of its sets. An unknown enrollment ID is registered on first contact
 * (KMFDDM accepts any ID; we also keep it in the registry).
 *
 * Our extensions on the device side: GET /assets/:name (hosted assets, only for known enrollments: 403 otherwise)
 * and GET /notifications → {"count": n, "last_notified": "<RFC 3339>" | null}, which the device simulator polls in
 * place of an APNs push.
 */
export function deviceRoutes({ store, limits, logger }: ApiDeps): Route[] {
  const contact = (ctx: RequestContext): string => {
    const id = enrollmentId(ctx);
    const now = ctx.now();
    store.transaction(() => store.enrollments.seen(id, now));
    return id;
  };
  return [
    {
      method: 'GET',
      path: '/tokens',
      handler: (ctx) => {
        const id = contact(ctx);
        const tokens = store.sets.visibleDeclarations(id).map((d) => d.serverToken);
        const body: TokensResponse = {
          SyncTokens: { DeclarationsToken: declarationsToken(tokens), Timestamp: ctx.now().replace(/\.\d+Z$/, 'Z') },
        };
        return json(body);
      },
    },
    {
      method: 'GET',
      path: '/declaration-items',
      handler: (ctx) => {
        const id = contact(ctx);
        const visible = store.sets.visibleDeclarations(id);
        const body: DeclarationItemsResponse = {
          Declarations: { Activations: [], Assets: [], Configurations: [], Management: [] },
          DeclarationsToken: declarationsToken(visible.map((d) => d.serverToken)),
        };
        for (const d of visible) {
          const category = declarationCategory(d.type);
          if (category) body.Declarations[MANIFEST_KEY[category]].push({ Identifier: d.identifier, ServerToken: d.serverToken });
        }
        return json(body);
      },
    },
    {
      method: 'GET',
      path: '/declaration/:type/:id',
      handler: (ctx) => {
        const enrollment = contact(ctx);
        const id = ctx.params.id;
        const d = checkName('declaration identifier', id) ? undefined : store.declarations.get(id);
        if (!d || declarationCategory(d.type) !== ctx.params.type || !store.sets.canSee(enrollment, id)) {
          throw notFound('declaration not found');
        }
        return { status: 200, headers: { 'Content-Type': 'application/json' }, body: declarationJson(d) };
      },
    },
    {
      method: 'PUT',
      path: '/status',
      handler: async (ctx) => {
        const id = enrollmentId(ctx);
        const raw = await ctx.body();
        const body = await ctx.json();
        const parsed = parseStatusReport(body);
        if (!parsed.value) throw badRequest(parsed.error ?? 'Invalid status report.');
        const report = parsed.value;
        const now = ctx.now();
        const statusId = randomBytes(8).toString('hex');
        store.transaction(() => {
          store.enrollments.seen(id, now);
          store.enrollments.mergeFacts(id, report.facts, now);
          store.status.store(id, statusId, raw.toString('utf8'), report, now, {
            reportsKept: limits.statusReportsKept,
            errorsKept: limits.statusErrorsKept,
          });
        });
        logger({ level: 'debug', msg: 'stored status report', enrollment: id, status_id: statusId });
        return { status: 200 };
      },
    },
    {
      method: 'GET',
      path: '/assets/:name',
      handler: (ctx) => {
        const name = assetName(ctx);
        const header = ctx.req.headers[ENROLLMENT_ID_HEADER];
        const id = typeof header === 'string' ? header : '';
        if (checkName('enrollment ID', id) || !store.enrollments.isKnown(id)) {
          throw new HttpError(403, 'Assets are served to enrolled devices only (X-Enrollment-ID of a known enrollment).');
        }
        const now = ctx.now();
        store.transaction(() => store.enrollments.seen(id, now));
        const asset = store.assets.get(name);
        if (!asset) throw notFound('asset not found');
        return assetResponse(asset);
      },
    },
    {
      method: 'GET',
      path: '/notifications',
      handler: (ctx) => {
        const record = store.enrollments.notification(enrollmentId(ctx));
        return json({ count: record?.count ?? 0, last_notified: record?.last_notified ?? null });
      },
    },
  ];
}

/** KMFDDM answers 400 when the header is missing; we also refuse an ID that breaks the naming rules. */
function enrollmentId(ctx: RequestContext): string {
  const header = ctx.req.headers[ENROLLMENT_ID_HEADER];
  if (typeof header !== 'string' || header === '') throw badRequest('The X-Enrollment-ID header is required.');
  const error = checkName('enrollment ID', header);
  if (error) throw badRequest(error);
  return header;
}
