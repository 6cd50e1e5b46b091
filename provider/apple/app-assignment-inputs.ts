import type { Platform, ResourceInstance } from '../core/document';
import { CompileContext, sourceOf } from './compile-context';
import { isRecord } from '../core/records';

/**
 * The app assignment and its app, read once into the shape both app compilers (InstallApplication and app.managed)
 * need. Missing references are reported, not thrown.
 */
export type Intent = 'required' | 'available' | 'uninstall';
export type License = 'none' | 'user' | 'device';

export interface AppSettings {
  prevent_backup?: boolean;
  remove_on_unenroll?: boolean;
  removable?: boolean;
  vpn_uuid?: string;
  content_filter_uuid?: string;
  dns_proxy_uuid?: string;
  relay_uuid?: string;
  associated_domains?: string[];
  enable_direct_downloads?: boolean;
  tap_to_pay_screen_lock?: boolean;
  configuration?: Record<string, unknown>;
  /** Configuration keys whose values are secrets; merged into the Configuration dictionary. */
  secrets?: Record<string, string>;
}

export interface AssignmentInputs {
  assignment: ResourceInstance;
  app: ResourceInstance;
  intent: Intent;
  bundleId: string;
  adamId?: string;
  manifestUrl?: string;
  license: License;
  platforms: Platform[];
  settings: AppSettings;
}

/** Settings that become keys of the `Attributes` dictionary (InstallApplication and app.managed share the names). */
export const ATTRIBUTE_KEYS: [keyof AppSettings, string][] = [
  ['vpn_uuid', 'VPNUUID'],
  ['content_filter_uuid', 'ContentFilterUUID'],
  ['dns_proxy_uuid', 'DNSProxyUUID'],
  ['relay_uuid', 'RelayUUID'],
  ['associated_domains', 'AssociatedDomains'],
  ['enable_direct_downloads', 'AssociatedDomainsEnableDirectDownloads'],
  ['removable', 'Removable'],
  ['tap_to_pay_screen_lock', 'TapToPayScreenLock'],
];

export function readAssignment(ctx: CompileContext, assignment: ResourceInstance): AssignmentInputs | undefined {
  const a = assignment.attributes;
  const ref = typeof a.app === 'string' ? (a.app.includes('.') ? a.app : `applemdm_app.${a.app}`) : undefined;
  const app = ref ? ctx.byAddress.get(ref) : undefined;
  if (!app || app.type !== 'applemdm_app') {
    ctx.diagnostics.error(
      'Unknown app',
      `${assignment.address} assigns ${JSON.stringify(a.app)}, which is not a declared applemdm_app.`,
      [assignment.address, 'app'],
      sourceOf(assignment, '/app'),
      'dangling-reference',
    );
    return undefined;
  }
  const p = app.attributes;
  return {
    assignment,
    app,
    intent: a.intent as Intent,
    bundleId: String(p.bundle_id),
    ...(typeof p.adam_id === 'string' ? { adamId: p.adam_id } : {}),
    ...(typeof p.manifest_url === 'string' ? { manifestUrl: p.manifest_url } : {}),
    license: (typeof p.license === 'string' ? p.license : 'none') as License,
    platforms: Array.isArray(p.platforms) ? (p.platforms as Platform[]) : [],
    settings: (isRecord(a.settings) ? a.settings : {}) as AppSettings,
  };
}

/** The attribute path a compiled key came from, for messages. */
export function settingPath(inputs: AssignmentInputs, setting: string): { text: string; path: (string | number)[]; source: ReturnType<typeof sourceOf> } {
  return {
    text: `settings.${setting}`,
    path: [inputs.assignment.address, 'settings', setting],
    source: sourceOf(inputs.assignment, `/settings/${setting}`),
  };
}

/** Maps a compiled key path (e.g. ["Attributes", "VPNUUID"]) back to the attribute that produced it. */
export function describeAppKey(inputs: AssignmentInputs, keyPath: string[]): { text: string; path: (string | number)[]; source: ReturnType<typeof sourceOf> } {
  const [top, sub] = keyPath;
  if (top === 'Attributes' && sub) {
    const setting = ATTRIBUTE_KEYS.find(([, k]) => k === sub)?.[0];
    if (setting) return settingPath(inputs, setting);
  }
  if (top === 'ManagementFlags') {
    return {
      text: 'settings.remove_on_unenroll / settings.prevent_backup',
      path: [inputs.assignment.address, 'settings'],
      source: sourceOf(inputs.assignment, '/settings'),
    };
  }
  const bySetting: Record<string, string> = {
    IncludeInBackup: 'prevent_backup',
    Configuration: inputs.settings.configuration === undefined && inputs.settings.secrets !== undefined ? 'secrets' : 'configuration',
  };
  if (bySetting[top]) return settingPath(inputs, bySetting[top]);
  const byAppAttribute: Record<string, string> = {
    iTunesStoreID: 'adam_id',
    AppStoreID: 'adam_id',
    Identifier: 'bundle_id',
    BundleID: 'bundle_id',
    ManifestURL: 'manifest_url',
    Options: 'license',
  };
  if (byAppAttribute[top]) {
    const attr = byAppAttribute[top];
    return { text: `${inputs.app.address}.${attr}`, path: [inputs.app.address, attr], source: sourceOf(inputs.app, `/${attr}`) };
  }
  if (top === 'InstallBehavior') {
    return sub === 'License'
      ? { text: `${inputs.app.address}.license`, path: [inputs.app.address, 'license'], source: sourceOf(inputs.app, '/license') }
      : { text: 'intent', path: [inputs.assignment.address, 'intent'], source: sourceOf(inputs.assignment, '/intent') };
  }
  return { text: keyPath.join('.'), path: [inputs.assignment.address], source: sourceOf(inputs.assignment) };
}
