import { keyFacts, supportOn } from '../../apple/schema';
import type { AppQuery, AppPlatform, FoundApp } from '../../backends/intune/apps';
import { normalizeSettings, settingsBody, supportsSetting, UNMANAGED_SETTINGS, type SettingValue } from '../../backends/intune/assignment-settings';
import { ODATA } from '../../backends/intune/graph-types';
import type { AppTargetWrite, ConfigurationCollection, PolicyBody, RestrictionBody } from '../../backends/intune/graph-writes';
import { ownershipDescription } from '../../backends/intune/ownership';
import type { GroupQuery, IntuneSnapshot } from '../../backends/intune/read-state';
import { RESTRICTION_PROPERTIES, restrictionProperties, type RestrictionPlatform } from '../../backends/intune/restriction-properties';
import { flattenSettings, softwareUpdateSettings, TECHNOLOGIES, type AutomaticAction, type SoftwareUpdateSpec } from '../../backends/intune/software-update-settings';
import { Diagnostics } from '../../core/diagnostics';
import type { DesiredDocument, Platform, ResourceInstance } from '../../core/document';
import { resourceIdentifier } from '../../core/identity';
import { appPlatforms, appTypesOf, ASSIGNMENT_SETTING_PROPERTY, INTUNE, restrictionKeyValues, settingUnsupported } from './graph-capabilities';

/**
 * The configuration as Intune objects: which existing apps and Entra groups it names (looked up, never created), the
 * assignments it wants on each app, and the device configurations and settings-catalog policies it owns. Lookups that
 * fail (a missing app, an unknown group) are plan errors naming what was not found.
 */
export interface DesiredAssignment {
  address: string;
  appAddress: string;
  app: FoundApp;
  groupName: string;
  target: AppTargetWrite;
  /** What the settings mean, for comparison (settings applemdm cannot express left out). */
  meaning: Record<string, SettingValue>;
}

export interface DesiredConfiguration {
  address: string;
  identifier: string;
  collection: ConfigurationCollection;
  /** e.g. "iosGeneralDeviceConfiguration", "configurationPolicy". */
  label: string;
  displayName: string;
  body: RestrictionBody | PolicyBody;
  /** Compared values: property (or setting id) → value. */
  values: Record<string, unknown>;
  /** Values the configuration sets explicitly (shown on create). */
  explicit: Set<string>;
  targets: { groupId: string; exclude: boolean; name: string }[];
}

export interface GraphDesired {
  assignments: DesiredAssignment[];
  configurations: DesiredConfiguration[];
  /** Group id (lower-case) → device group name, for every resolved group of the stack. */
  groupNames: Map<string, string>;
  /** App address → the Intune apps it resolved to. */
  apps: Map<string, FoundApp[]>;
  diagnostics: Diagnostics;
}

export function readRequestFor(doc: DesiredDocument, groupRef: (name: string) => string): { apps: AppQuery[]; groups: GroupQuery[]; vpnConfigurationIds: string[] } {
  const apps: AppQuery[] = [];
  const groups: GroupQuery[] = [];
  const vpn = new Set<string>();
  for (const r of doc.resources) {
    if (r.type === 'applemdm_device_group') groups.push({ name: r.name, ref: groupRef(r.name) });
    if (r.type === 'applemdm_app') {
      for (const platform of appPlatforms(r)) {
        const types = appTypesOf(r, platform);
        if (!types) continue;
        apps.push({ key: appKey(r.address, platform), bundleId: String(r.attributes.bundle_id), ...(typeof r.attributes.adam_id === 'string' ? { adamId: r.attributes.adam_id } : {}), types });
      }
    }
    if (r.type === 'applemdm_app_assignment') {
      const id = (r.attributes.settings as Record<string, unknown> | undefined)?.vpn_uuid;
      if (typeof id === 'string') vpn.add(id.toLowerCase());
    }
  }
  return { apps, groups, vpnConfigurationIds: [...vpn].sort() };
}

export function appKey(address: string, platform: AppPlatform): string {
  return `${address}/${platform}`;
}

export function buildGraphDesired(doc: DesiredDocument, snapshot: IntuneSnapshot, groupRef: (name: string) => string): GraphDesired {
  const diagnostics = new Diagnostics();
  const byAddress = new Map(doc.resources.map((r) => [r.address, r]));
  const groupIds = new Map<string, string>();
  const groupNames = new Map<string, string>();
  for (const r of doc.resources.filter((x) => x.type === 'applemdm_device_group')) {
    const found = snapshot.groups.get(r.name) ?? [];
    const ref = groupRef(r.name);
    if (found.length === 1) {
      groupIds.set(r.address, found[0]!.id);
      groupNames.set(found[0]!.id.toLowerCase(), r.name);
    } else {
      diagnostics.error(
        found.length ? 'Entra group is ambiguous' : 'Entra group not found',
        found.length
          ? `${r.address} maps to Entra group "${ref}", and ${found.length} groups have that display name (${found.map((g) => g.id).join(', ')}); map it by object id with intune://<tenant>?group.${r.name}=<id>.`
          : `${r.address} maps to Entra group "${ref}", which does not exist in the tenant. applemdm never creates groups: create it in Entra ID, or map the device group to an existing one with intune://<tenant>?group.${r.name}=<display name or id>.`,
        [r.address],
        r.source,
        found.length ? 'intune-group-ambiguous' : 'intune-group-missing',
      );
    }
  }

  const apps = new Map<string, FoundApp[]>();
  for (const r of doc.resources.filter((x) => x.type === 'applemdm_app')) {
    const resolved: FoundApp[] = [];
    for (const platform of appPlatforms(r)) {
      const types = appTypesOf(r, platform);
      if (!types) continue;
      const found = snapshot.apps.get(appKey(r.address, platform)) ?? [];
      const what = `${types.join(' or ')} with bundle ID ${String(r.attributes.bundle_id)}${typeof r.attributes.adam_id === 'string' ? ` and Adam ID ${r.attributes.adam_id}` : ''}`;
      if (found.length === 0) {
        diagnostics.error(
          'App not found in Intune',
          `${r.address} (${platform}): the tenant has no ${what}. applemdm never creates apps: sync the Apps and Books token in Intune (App Store apps) or upload the in-house app, then plan again.`,
          [r.address],
          r.source,
          'intune-app-missing',
        );
        continue;
      }
      if (found.length > 1) {
        diagnostics.error(
          'App is ambiguous in Intune',
          `${r.address} (${platform}): ${found.length} apps match (${what}): ${found.map((a) => `${a.id}${a.vppTokenId ? ` from VPP token ${a.vppTokenId}` : ''}`).join(', ')}. Remove the duplicates in Intune.`,
          [r.address],
          r.source,
          'intune-app-ambiguous',
        );
        continue;
      }
      const app = found[0]!;
      const license = r.attributes.license;
      if (license === 'device' && app.supportsDeviceLicensing === false) {
        diagnostics.error('Device licensing not available', `${r.address}: the Intune app ${app.displayName} (${app.id}) has no device-licensable Apps and Books licences; set license: user or buy device licences.`, [r.address, 'license'], r.attributeSources?.['/license'] ?? r.source, 'intune-licensing');
      }
      if (license === 'user' && app.supportsUserLicensing === false) {
        diagnostics.error('User licensing not available', `${r.address}: the Intune app ${app.displayName} (${app.id}) has no user-licensable Apps and Books licences; set license: device.`, [r.address, 'license'], r.attributeSources?.['/license'] ?? r.source, 'intune-licensing');
      }
      if (app.publishingState && app.publishingState !== 'published') {
        diagnostics.error('App not published', `${r.address}: the Intune app ${app.displayName} (${app.id}) is ${app.publishingState}; Intune assigns an app only once it is published.`, [r.address], r.source, 'intune-app-unpublished');
      }
      resolved.push(app);
    }
    apps.set(r.address, resolved);
  }

  const assignments: DesiredAssignment[] = [];
  const seen = new Map<string, string>();
  for (const r of doc.resources.filter((x) => x.type === 'applemdm_app_assignment')) {
    const appResource = byAddress.get(String(r.attributes.app));
    if (!appResource) continue;
    const settings = (r.attributes.settings ?? {}) as Record<string, unknown>;
    const intent = r.attributes.intent as AppTargetWrite['intent'];
    const scope = r.attributes.scope as { groups: string[]; exclude_groups?: string[] };
    const excluded = new Set(scope.exclude_groups ?? []);
    const targets = [
      ...scope.groups.filter((g) => !excluded.has(g)).map((g) => ({ group: g, exclude: false })),
      ...[...excluded].map((g) => ({ group: g, exclude: true })),
    ];
    for (const app of apps.get(appResource.address) ?? []) {
      if (intent !== 'uninstall') {
        for (const [name, property] of Object.entries(ASSIGNMENT_SETTING_PROPERTY)) {
          if (settings[name] !== undefined && !supportsSetting(app.type, property)) {
            diagnostics.error(
              `Not expressible on the ${INTUNE} backend: settings.${name}`,
              `${r.address}: ${settingUnsupported(name, platformOf(app), [app.type], appResource.address)}`,
              [r.address, 'settings', name],
              r.attributeSources?.[`/settings/${name}`] ?? r.source,
              'backend-capability',
            );
          }
        }
      }
      const vpn = typeof settings.vpn_uuid === 'string' ? settings.vpn_uuid.toLowerCase() : undefined;
      if (vpn && !snapshot.vpnConfigurations.get(vpn)) {
        diagnostics.error(
          'Per-app VPN configuration not found',
          `${r.address}: settings.vpn_uuid ${vpn} names no Intune device configuration. On Intune, vpn_uuid is the id of the per-app VPN configuration profile (Devices > Configuration), which applemdm does not create.`,
          [r.address, 'settings', 'vpn_uuid'],
          r.attributeSources?.['/settings/vpn_uuid'] ?? r.source,
          'intune-vpn-missing',
        );
      }
      const values: Record<string, SettingValue> = {
        ...(appResource.attributes.license === 'device' || appResource.attributes.license === 'user' ? { useDeviceLicensing: appResource.attributes.license === 'device' } : {}),
        preventManagedAppBackup: bool(settings.prevent_backup),
        uninstallOnDeviceRemoval: bool(settings.remove_on_unenroll),
        isRemovable: bool(settings.removable),
        vpnConfigurationId: vpn ?? null,
        preventAutoAppUpdate: null,
      };
      const body = settingsBody(app.type, values, intent);
      for (const t of targets) {
        const groupId = groupIds.get(t.group);
        if (!groupId) continue;
        const groupName = t.group.slice(t.group.indexOf('.') + 1);
        const pair = `${app.id}\u0000${groupId.toLowerCase()}`;
        const earlier = seen.get(pair);
        if (earlier) {
          diagnostics.error(
            'App assigned twice to one group',
            `${r.address} and ${earlier} both assign ${app.displayName} to ${groupName}; Intune allows one assignment per app and group. Merge them or scope them to different groups.`,
            [r.address, 'scope'],
            r.source,
            'intune-duplicate-assignment',
          );
          continue;
        }
        seen.set(pair, r.address);
        const meaning = t.exclude ? {} : normalizeSettings(app.type, body as Record<string, unknown> | null, intent);
        for (const name of UNMANAGED_SETTINGS) delete meaning[name];
        assignments.push({
          address: r.address,
          appAddress: appResource.address,
          app,
          groupName,
          target: { groupId, exclude: t.exclude, intent, settings: t.exclude ? null : body },
          meaning,
        });
      }
    }
  }

  const configurations: DesiredConfiguration[] = [];
  const targetsOf = (r: ResourceInstance) => {
    const scope = r.attributes.scope as { groups: string[]; exclude_groups?: string[] };
    const excluded = new Set(scope.exclude_groups ?? []);
    const list = [...scope.groups.filter((g) => !excluded.has(g)).map((g) => ({ g, exclude: false })), ...[...excluded].map((g) => ({ g, exclude: true }))];
    return list.flatMap(({ g, exclude }) => {
      const id = groupIds.get(g);
      return id ? [{ groupId: id, exclude, name: g.slice(g.indexOf('.') + 1) }] : [];
    });
  };
  const stack = doc.stack;
  const identifierOf = (r: ResourceInstance) =>
    typeof r.attributes.identifier === 'string' ? r.attributes.identifier : resourceIdentifier(stack.identifierPrefix, stack.name, r.type, r.name);
  for (const r of doc.resources.filter((x) => x.type === 'applemdm_restrictions')) {
    const keys = restrictionKeyValues(r);
    for (const platform of ['iOS', 'macOS'] as RestrictionPlatform[]) {
      if (!(platform in stack.targets)) continue;
      const forPlatform = keys.filter(({ key }) => {
        const facts = keyFacts('com.apple.applicationaccess', key);
        return RESTRICTION_PROPERTIES[key]?.[platform] && (!facts || supportOn(facts, platform as Platform).supported);
      });
      if (!forPlatform.length) continue;
      const values = restrictionProperties(platform, Object.fromEntries(forPlatform.map((k) => [k.key, k.value])));
      const explicit = new Set(forPlatform.map((k) => String(RESTRICTION_PROPERTIES[k.key]![platform]!.property)));
      const identifier = `${identifierOf(r)}.${platform.toLowerCase()}`;
      const displayName = `applemdm ${stack.name} ${r.name} (${platform})`;
      const odataType = platform === 'iOS' ? ODATA.iosRestrictions : ODATA.macOSRestrictions;
      // Property names come from RESTRICTION_PROPERTIES, whose keys are typed against the Graph typings.
      const body = { '@odata.type': odataType, displayName, description: ownershipDescription(identifier, stack.name), ...values } as RestrictionBody;
      configurations.push({
        address: r.address,
        identifier,
        collection: 'deviceConfigurations',
        label: odataType.replace('#microsoft.graph.', ''),
        displayName,
        body,
        values: { displayName, ...values },
        explicit,
        targets: targetsOf(r),
      });
    }
  }
  for (const r of doc.resources.filter((x) => x.type === 'applemdm_software_update')) {
    const platform = r.attributes.platform;
    if (platform !== 'iOS' && platform !== 'macOS') continue;
    const settings = softwareUpdateSettings(softwareUpdateSpec(r));
    const identifier = identifierOf(r);
    const name = `applemdm ${stack.name} ${r.name}`;
    const body: PolicyBody = {
      '@odata.type': '#microsoft.graph.deviceManagementConfigurationPolicy',
      name,
      description: ownershipDescription(identifier, stack.name),
      platforms: platform,
      // A flags value: Graph takes the members comma-joined, which the typings' single-literal union cannot spell.
      technologies: TECHNOLOGIES as PolicyBody['technologies'],
      settings,
    };
    const flat = flattenSettings(settings);
    configurations.push({
      address: r.address,
      identifier,
      collection: 'configurationPolicies',
      label: 'configurationPolicy',
      displayName: name,
      body,
      values: { name, platforms: platform, technologies: TECHNOLOGIES, ...flat },
      explicit: new Set(Object.keys(flat)),
      targets: targetsOf(r),
    });
  }
  return { assignments, configurations, groupNames, apps, diagnostics };
}

function softwareUpdateSpec(r: ResourceInstance): SoftwareUpdateSpec {
  const a = r.attributes;
  const d = a.deferrals as Record<string, number> | undefined;
  const e = a.enforcement as Record<string, unknown> | undefined;
  const aa = a.automatic_actions as Record<string, AutomaticAction | undefined> | undefined;
  const rsr = a.rapid_security_response as Record<string, boolean> | undefined;
  const spec: SoftwareUpdateSpec = {};
  if (d) spec.deferrals = { combinedDays: d.combined_days, majorDays: d.major_days, minorDays: d.minor_days, systemDays: d.system_days };
  if (e?.latest === true) spec.enforcement = { kind: 'latest', delayInDays: Number(e.days_after_release ?? 0), installTime: String(e.local_time ?? '00:00') };
  else if (typeof e?.target_os_version === 'string' && typeof e.target_local_datetime === 'string') {
    spec.enforcement = {
      kind: 'specific',
      targetOsVersion: e.target_os_version,
      targetLocalDateTime: e.target_local_datetime,
      ...(typeof e.target_build_version === 'string' ? { targetBuildVersion: e.target_build_version } : {}),
      ...(typeof e.details_url === 'string' ? { detailsUrl: e.details_url } : {}),
    };
  }
  if (aa) spec.automaticActions = { download: aa.download, installOsUpdates: aa.install_os_updates, installSecurityUpdate: aa.install_security_update };
  if (rsr) spec.rapidSecurityResponse = { enable: rsr.enable, enableRollback: rsr.enable_rollback };
  if (typeof a.notifications === 'boolean') spec.notifications = a.notifications;
  if (typeof a.recommended_cadence === 'string') spec.recommendedCadence = a.recommended_cadence as SoftwareUpdateSpec['recommendedCadence'];
  if (typeof a.allow_standard_user_os_updates === 'boolean') spec.allowStandardUserOsUpdates = a.allow_standard_user_os_updates;
  return spec;
}

function platformOf(app: FoundApp): AppPlatform {
  return app.type.startsWith('ios') ? 'iOS' : 'macOS';
}

function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}
