import { randomBytes } from 'node:crypto';
import { HttpError, badRequest, notFound } from '../http/http-error';
import { json, type RequestContext, type Route } from '../http/router';
import { declarationJson } from '../store/declarations';
import { declarationsToken } from '../store/tokens';
import { parseStatusReport } from '../status-report';
import { checkName, declarationCategory, type DeclarationCategory } from '../validation';
import { assetName, assetResponse } from '../api/assets';
import type { ApiDeps } from '../api/common';
import type { DeviceAuth } from '../device-auth/device-auth-options';
import { deliversAsset } from './asset-delivery';
import { admitEnrollment, authorizeEnrollment, identifyDevice } from './enrollment-guard';

export { ENROLLMENT_ID_HEADER } from './enrollment-guard';

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
 * DDM device endpoints, as KMFDDM serves them behind NanoMDM, but authenticated: every request must come from a
 * device identity certificate (mutual TLS or a trusted proxy's header, see device-auth/), and X-Enrollment-ID names
 * an enrollment bound to that certificate (ddm/enrollment-guard.ts). Unauthenticated requests are 401 and change
 * nothing; an enrollment is created only by an authenticated check-in (tokens, declaration-items, declaration,
 * status). An enrollment sees exactly the declarations of its sets and writes only its own status.
 *
 * Our extensions on the device side: GET /assets/:name (only assets a declaration of the enrollment's sets points
 * at: 403 otherwise) and GET /notifications → {"count": n, "last_notified": "<RFC 3339>" | null}, which the device
 * simulator polls in place of an APNs push.
 */
export function deviceRoutes({ store, limits, logger }: ApiDeps, auth: DeviceAuth | undefined): Route[] {
  const contact = (ctx: RequestContext): string => authorizeEnrollment(ctx, store, auth, true);
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
        // Authenticate before reading the body; write nothing (not even the contact) unless the report is valid.
        const request = identifyDevice(ctx, auth);
        const id = request.id;
        const raw = await ctx.body();
        const body = await ctx.json();
        const parsed = parseStatusReport(body);
        if (!parsed.value) throw badRequest(parsed.error ?? 'Invalid status report.');
        const report = parsed.value;
        const now = ctx.now();
        const statusId = randomBytes(8).toString('hex');
        store.transaction(() => {
          admitEnrollment(store, request, true, now);
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
        const id = authorizeEnrollment(ctx, store, auth, false);
        const payloads = store.sets.visibleDeclarations(id).map((d) => store.declarations.get(d.identifier)?.payload);
        if (!deliversAsset(payloads, name)) {
          throw new HttpError(403, 'This asset is not delivered to this enrollment by any declaration of its sets.');
        }
        const asset = store.assets.get(name);
        if (!asset) throw notFound('asset not found');
        return assetResponse(asset);
      },
    },
    {
      method: 'GET',
      path: '/notifications',
      handler: (ctx) => {
        const record = store.enrollments.notification(authorizeEnrollment(ctx, store, auth, true));
        return json({ count: record?.count ?? 0, last_notified: record?.last_notified ?? null });
      },
    },
  ];
}
