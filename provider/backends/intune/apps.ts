import { ODATA } from './graph-types';

/**
 * App lookup (intune-graph.md §2): applemdm never creates mobileApps. VPP apps are synced into Intune from the Apple
 * Business/School Manager token and in-house apps are uploaded by admins, so an `applemdm_app` resolves to an existing
 * object of the right type, matched by bundle ID and, for App Store apps, the Adam ID in its App Store URL.
 */
export type AppleAppType = 'iosVppApp' | 'iosStoreApp' | 'iosLobApp' | 'macOsVppApp' | 'macOSLobApp' | 'macOSPkgApp' | 'macOSDmgApp';

export const APP_ODATA: Record<AppleAppType, string> = {
  iosVppApp: ODATA.iosVppApp,
  iosStoreApp: ODATA.iosStoreApp,
  iosLobApp: ODATA.iosLobApp,
  macOsVppApp: ODATA.macOsVppApp,
  macOSLobApp: ODATA.macOSLobApp,
  macOSPkgApp: ODATA.macOSPkgApp,
  macOSDmgApp: ODATA.macOSDmgApp,
};

export interface AppQuery {
  /** Caller's key, e.g. "applemdm_app.slack/iOS". */
  key: string;
  bundleId: string;
  adamId?: string;
  /** Acceptable types, in order of preference. */
  types: AppleAppType[];
}

export interface FoundApp {
  id: string;
  type: AppleAppType;
  displayName: string;
  bundleId: string;
  adamId?: string;
  /** VPP apps: what the purchased licences allow. */
  supportsDeviceLicensing?: boolean;
  supportsUserLicensing?: boolean;
  publishingState?: string;
  vppTokenId?: string;
}

export type AppPlatform = 'iOS' | 'macOS';

/**
 * Which Intune types can carry an app: App Store apps with a licence are VPP apps, without one store apps (iOS only:
 * Intune has no macOS store app without VPP); in-house apps are LOB apps (on macOS also pkg and dmg apps).
 * Undefined when Intune has no type for the combination.
 */
export function appTypesFor(platform: AppPlatform, app: { adamId?: string; manifestUrl?: string; license?: string }): AppleAppType[] | undefined {
  if (app.manifestUrl !== undefined) return platform === 'iOS' ? ['iosLobApp'] : ['macOSLobApp', 'macOSPkgApp', 'macOSDmgApp'];
  const licensed = app.license === 'user' || app.license === 'device';
  if (platform === 'iOS') return licensed ? ['iosVppApp'] : ['iosStoreApp'];
  return licensed ? ['macOsVppApp'] : undefined;
}

/** The `$filter` selecting every type the queries accept. */
export function appTypeFilter(types: Iterable<AppleAppType>): string {
  return [...new Set(types)]
    .sort()
    .map((t) => `isof('microsoft.graph.${t}')`)
    .join(' or ');
}

/** A mobileApp as listed (polymorphic: only the properties this backend reads). */
export interface ListedApp {
  '@odata.type'?: string;
  id?: string;
  displayName?: string | null;
  bundleId?: string | null;
  primaryBundleId?: string | null;
  appStoreUrl?: string | null;
  publishingState?: string;
  vppTokenId?: string | null;
  licensingType?: { supportsDeviceLicensing?: boolean; supportsUserLicensing?: boolean; supportDeviceLicensing?: boolean; supportUserLicensing?: boolean } | null;
}

export function toFoundApp(app: ListedApp): FoundApp | undefined {
  const type = (Object.keys(APP_ODATA) as AppleAppType[]).find((t) => APP_ODATA[t] === app['@odata.type']);
  const bundleId = app.bundleId ?? app.primaryBundleId;
  if (!type || !app.id || !bundleId) return undefined;
  const adamId = app.appStoreUrl ? /\/id(\d+)(?:[/?#]|$)/.exec(app.appStoreUrl)?.[1] : undefined;
  const lic = app.licensingType;
  return {
    id: app.id,
    type,
    displayName: app.displayName ?? bundleId,
    bundleId,
    ...(adamId ? { adamId } : {}),
    ...(lic ? { supportsDeviceLicensing: Boolean(lic.supportsDeviceLicensing ?? lic.supportDeviceLicensing), supportsUserLicensing: Boolean(lic.supportsUserLicensing ?? lic.supportUserLicensing) } : {}),
    ...(app.publishingState ? { publishingState: app.publishingState } : {}),
    ...(app.vppTokenId ? { vppTokenId: app.vppTokenId } : {}),
  };
}

/** Apps answering a query: right type, same bundle ID (case-insensitive, as Apple treats them), same Adam ID when both have one. */
export function matchApps(query: AppQuery, apps: readonly FoundApp[]): FoundApp[] {
  const bundle = query.bundleId.toLowerCase();
  return apps
    .filter((a) => query.types.includes(a.type) && a.bundleId.toLowerCase() === bundle)
    .filter((a) => !(query.adamId && a.adamId) || a.adamId === query.adamId)
    .sort((x, y) => query.types.indexOf(x.type) - query.types.indexOf(y.type) || x.id.localeCompare(y.id));
}
