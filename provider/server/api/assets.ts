import { badRequest, notFound } from '../http/http-error';
import { changedOrNot, json, type HttpResponse, type RequestContext, type Route } from '../http/router';
import type { AssetInfo, StoredAsset } from '../store/assets';
import { checkAssetName, checkContentType } from '../validation';
import type { ApiDeps } from './common';

/** Where devices fetch an asset (GET, X-Enrollment-ID of a known enrollment); relative to the server's base URL. */
export const assetDevicePath = (name: string): string => `/assets/${name}`;

/** An asset as listed by GET /v1/assets. */
export interface AssetListEntry extends AssetInfo {
  /** The device-facing path, to append to the server's base URL (e.g. for a legacy declaration's ProfileURL). */
  path: string;
  /** Only with ?content=1: the bytes, base64-encoded. */
  content_base64?: string;
}

/**
 * Asset hosting, our extension (KMFDDM has none):
 * - PUT /v1/assets/:name, body = the bytes, Content-Type kept (default application/octet-stream) → 204 stored or
 *   changed / 304 same bytes and type already stored; 413 over the asset limit; 400 for a bad name or empty body;
 * - GET /v1/assets[?prefix=P][&content=1] → AssetListEntry[] in name order;
 * - GET /v1/assets/:name → the bytes, with Content-Type and ETag ("<sha256>");
 * - DELETE /v1/assets/:name → 204 / 304.
 */
export function assetRoutes({ store, limits }: ApiDeps): Route[] {
  return [
    {
      method: 'GET',
      path: '/v1/assets',
      handler: (ctx) => {
        const prefix = ctx.query.get('prefix') ?? '';
        const withContent = ['1', 'true', 'yes'].includes((ctx.query.get('content') ?? '').toLowerCase());
        const rows: (AssetInfo | StoredAsset)[] = withContent ? store.assets.listWithContent(prefix) : store.assets.list(prefix);
        return json(rows.map((a) => listEntry(a)));
      },
    },
    {
      method: 'PUT',
      path: '/v1/assets/:name',
      handler: async (ctx) => {
        const name = assetName(ctx);
        const contentType = (ctx.req.headers['content-type'] ?? 'application/octet-stream').trim();
        const typeError = checkContentType(contentType);
        if (typeError) throw badRequest(typeError);
        const content = await ctx.body(limits.maxAssetBytes);
        if (content.length === 0) throw badRequest('The asset body is empty.');
        const now = ctx.now();
        return changedOrNot(store.transaction(() => store.assets.put(name, content, contentType, now)));
      },
    },
    {
      method: 'GET',
      path: '/v1/assets/:name',
      handler: (ctx) => {
        const asset = store.assets.get(assetName(ctx));
        if (!asset) throw notFound('asset not found');
        return assetResponse(asset);
      },
    },
    {
      method: 'DELETE',
      path: '/v1/assets/:name',
      handler: (ctx) => {
        const name = assetName(ctx);
        return changedOrNot(store.transaction(() => store.assets.delete(name)));
      },
    },
  ];
}

export function assetName(ctx: RequestContext): string {
  const name = ctx.params.name;
  const error = checkAssetName(name);
  if (error) throw badRequest(error);
  return name;
}

export function assetResponse(asset: StoredAsset): HttpResponse {
  return {
    status: 200,
    headers: { 'Content-Type': asset.content_type, ETag: `"${asset.sha256}"` },
    body: asset.content,
  };
}

function listEntry(a: AssetInfo | StoredAsset): AssetListEntry {
  const entry: AssetListEntry = {
    name: a.name,
    content_type: a.content_type,
    size: a.size,
    sha256: a.sha256,
    created_at: a.created_at,
    updated_at: a.updated_at,
    path: assetDevicePath(a.name),
  };
  if ('content' in a) entry.content_base64 = a.content.toString('base64');
  return entry;
}
