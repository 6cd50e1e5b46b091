import type { Platform, ResourceInstance } from '../../../core/document';
import { canonicalJson } from '../../../core/canonical-json';
import type { AppAssignmentAttributes, AppAttributes } from '../../generated';
import { checkScopeReferences, overlapCandidates, scopeOverlap, shortName } from '../../_common-scope';
import { requireKeyFacts, unsupportedBecause } from '../../_common-platforms';
import { attributesOf, located, type ResourceRules, type RuleContext } from '../../rule-context';
import { loadResourceSchema } from '../../schema-registry';

type Settings = NonNullable<AppAssignmentAttributes['settings']>;

/** Each setting and the InstallApplication key that carries it, whose Apple facts decide where it works. */
const SETTING_KEYS: Record<keyof Settings, string> = {
  prevent_backup: 'ManagementFlags',
  remove_on_unenroll: 'ManagementFlags',
  removable: 'Attributes.Removable',
  vpn_uuid: 'Attributes.VPNUUID',
  content_filter_uuid: 'Attributes.ContentFilterUUID',
  dns_proxy_uuid: 'Attributes.DNSProxyUUID',
  relay_uuid: 'Attributes.RelayUUID',
  associated_domains: 'Attributes.AssociatedDomains',
  enable_direct_downloads: 'Attributes.AssociatedDomainsEnableDirectDownloads',
  tap_to_pay_screen_lock: 'Attributes.TapToPayScreenLock',
  configuration: 'Configuration',
  secrets: 'Configuration',
};

/** Settings that point at payloads (per-app VPN, filters, relays) installed by something else. */
const PAYLOAD_UUID_SETTINGS: Record<string, string> = {
  vpn_uuid: 'per-app VPN',
  content_filter_uuid: 'content filter',
  dns_proxy_uuid: 'DNS proxy',
  relay_uuid: 'relay',
};

const MAX_CONFIGURATION_DEPTH = 32;

/** applemdm_app_assignment: references, what the app's platforms can express, and conflicting assignments. */
export const appAssignmentRules: ResourceRules = {
  type: 'applemdm_app_assignment',
  checkResource(assignment: ResourceInstance, ctx: RuleContext): void {
    const a = attributesOf<AppAssignmentAttributes>(assignment);
    checkScopeReferences(assignment, ctx);
    const appResource = ctx.byAddress.get(a.app);
    if (!appResource || appResource.type !== 'applemdm_app') {
      ctx.error(assignment, '/app', 'Undefined app', `app names "${shortName(a.app)}", but no app of that name is declared in this configuration.`, 'dangling-reference');
    }
    const settings = a.settings ?? {};
    if (a.intent === 'uninstall' && Object.keys(settings).length > 0) {
      ctx.warning(assignment, '/settings', 'Settings ignored on uninstall', 'intent is "uninstall", so the settings are never sent; remove them.', 'uninstall-with-settings');
    }
    checkPayloadUuids(assignment, settings, ctx);
    if (settings.configuration !== undefined) checkPlistValue(assignment, settings.configuration, '/settings/configuration', 0, ctx);
    checkSecretKeys(assignment, settings, ctx);
    if (appResource?.type === 'applemdm_app' && ctx.isValid(appResource)) checkAgainstApp(assignment, appResource, settings, ctx);
  },
  checkDocument(ctx: RuleContext): void {
    const list = ctx.valid('applemdm_app_assignment');
    for (const [i, j] of overlapCandidates(list, ctx)) {
      const [x, y] = [list[i], list[j]];
      const [ax, ay] = [attributesOf<AppAssignmentAttributes>(x), attributesOf<AppAssignmentAttributes>(y)];
      if (ax.app !== ay.app) continue;
      const overlap = scopeOverlap(x, y, ctx);
      if (!overlap) continue;
      const same = ax.intent === ay.intent && canonicalJson(ax.settings ?? {}) === canonicalJson(ay.settings ?? {});
      const detail = `${x.address} and ${located(y)} both assign "${shortName(ax.app)}" and their scopes overlap (${overlap})`;
      if (same) ctx.warning(y, '/app', 'Redundant app assignment', `${detail}; they are identical, keep one.`, 'redundant-assignment');
      else ctx.error(y, '/app', 'Conflicting app assignments', `${detail}, with different intent or settings; a device can install an app only one way.`, 'conflicting-assignment');
    }
  },
};

function checkAgainstApp(assignment: ResourceInstance, app: ResourceInstance, settings: Settings, ctx: RuleContext): void {
  const appAttrs = attributesOf<AppAttributes>(app);
  const platforms = appAttrs.platforms as Platform[];
  // apple-mdm.md §10: in-house (LOB) apps on macOS have no backup-prevention flag.
  if (settings.prevent_backup === true && appAttrs.manifest_url !== undefined && platforms.includes('macOS')) {
    ctx.error(
      assignment,
      '/settings/prevent_backup',
      'Cannot prevent backup of a macOS in-house app',
      `${shortName(app.address)} is an in-house app (manifest_url) for macOS, where preventing backup is not supported; set prevent_backup: false or drop macOS from its platforms.`,
      'macos-inhouse-backup',
    );
  }
  const targets = ctx.targets();
  const reached = targets.filter(([p]) => platforms.includes(p));
  if (reached.length === 0) {
    ctx.warning(
      assignment,
      '/app',
      'App not available on targeted platforms',
      `${shortName(app.address)} runs on ${platforms.join(', ')}, but this stack targets ${targets.map(([p]) => p).join(', ')}; the assignment reaches no device.`,
      'platform-mismatch',
    );
    return;
  }
  const defaults = loadResourceSchema('applemdm_app_assignment').properties.settings.properties ?? {};
  for (const [name, value] of Object.entries(settings) as [keyof Settings, unknown][]) {
    if (!Object.hasOwn(SETTING_KEYS, name) || value === defaults[name]?.default) continue;
    const facts = requireKeyFacts('InstallApplication', SETTING_KEYS[name]);
    for (const [platform, floor] of reached) {
      const why = unsupportedBecause(facts, platform, floor);
      if (why) {
        ctx.warning(assignment, `/settings/${name}`, 'Setting not supported', `settings.${name} ${why}; ${platform} devices ignore it.`, 'os-support');
      }
    }
  }
}

/** secrets are merged into configuration: a key in both would leave it to chance which value the app reads. */
function checkSecretKeys(assignment: ResourceInstance, settings: Settings, ctx: RuleContext): void {
  for (const key of Object.keys(settings.secrets ?? {})) {
    if (settings.configuration && Object.hasOwn(settings.configuration, key)) {
      ctx.error(
        assignment,
        `/settings/secrets/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`,
        'Key in both configuration and secrets',
        `settings.secrets.${key} is also a key of settings.configuration; secrets are merged into the configuration, so give the key once.`,
        'secret-key-twice',
      );
    }
  }
}

function checkPayloadUuids(assignment: ResourceInstance, settings: Settings, ctx: RuleContext): void {
  const external = new Set(ctx.doc.stack.externalUuids.map((u) => u.toUpperCase()));
  for (const [name, what] of Object.entries(PAYLOAD_UUID_SETTINGS)) {
    const uuid = (settings as Record<string, unknown>)[name];
    if (typeof uuid !== 'string' || external.has(uuid.toUpperCase())) continue;
    ctx.warning(
      assignment,
      `/settings/${name}`,
      `Unknown ${what} payload`,
      `settings.${name} ${uuid} is not declared as an external payload; if no ${what} with that PayloadUUID is installed the app gets none. List it under external_uuids in the stack settings once it exists.`,
      'dangling-payload-uuid',
    );
  }
}

/** Managed app configuration goes into a property list, which has no null and no NaN/Infinity. */
function checkPlistValue(assignment: ResourceInstance, value: unknown, pointer: string, depth: number, ctx: RuleContext): void {
  const name = pointer.slice(1).split('/').join('.');
  if (depth > MAX_CONFIGURATION_DEPTH) {
    ctx.error(assignment, pointer, 'Configuration nested too deep', `${name} is nested more than ${MAX_CONFIGURATION_DEPTH} levels deep.`, 'too-deep');
    return;
  }
  if (value === null || value === undefined) {
    ctx.error(assignment, pointer, 'Empty configuration value', `${name} has no value; property lists cannot hold null. Remove the key or give a value.`, 'plist-null');
  } else if (typeof value === 'number' && !Number.isFinite(value)) {
    ctx.error(assignment, pointer, 'Invalid number', `${name} is ${String(value)}, which a property list cannot hold.`, 'plist-number');
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => checkPlistValue(assignment, v, `${pointer}/${i}`, depth + 1, ctx));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      checkPlistValue(assignment, v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1, ctx);
    }
  }
}
