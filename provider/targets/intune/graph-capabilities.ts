import { keyFacts, supportOn } from '../../apple/schema';
import { restrictionKeyMap } from '../../apple/restriction-keys';
import { appTypesFor, type AppleAppType, type AppPlatform } from '../../backends/intune/apps';
import { supportsSetting, type SettingName } from '../../backends/intune/assignment-settings';
import { RESTRICTION_PROPERTIES } from '../../backends/intune/restriction-properties';
import { Diagnostics, type SourceRef } from '../../core/diagnostics';
import type { DesiredDocument, Platform, ResourceInstance } from '../../core/document';

/**
 * Architecture rule 9 on Intune: every setting of the configuration that Intune (through Graph beta) cannot express is
 * an error at plan time naming the backend and the setting, found from the configuration alone, before any request.
 * What depends on the tenant (an app turning out to be a pkg app, say) is checked again once the app is found.
 */
export const INTUNE = 'intune';
const APPLICATION_ACCESS = 'com.apple.applicationaccess';

/** Assignment settings with an Intune assignment-settings property (intune-graph.md §3.3). */
export const ASSIGNMENT_SETTING_PROPERTY: Readonly<Record<string, SettingName>> = {
  prevent_backup: 'preventManagedAppBackup',
  remove_on_unenroll: 'uninstallOnDeviceRemoval',
  removable: 'isRemovable',
  vpn_uuid: 'vpnConfigurationId',
};

/** Assignment settings Intune keeps elsewhere or only in DDM assignment types this backend does not write. */
const NOT_EXPRESSIBLE: Readonly<Record<string, string>> = {
  associated_domains: 'Graph has associated domains only on the DDM LOB assignment settings, not on the App Store, VPP and LOB types applemdm writes',
  enable_direct_downloads: 'Graph has it only on the DDM assignment settings, not on the App Store, VPP and LOB types applemdm writes',
  content_filter_uuid: 'Graph has a per-app content filter only on the DDM assignment settings',
  dns_proxy_uuid: 'Graph has a per-app DNS proxy only on the DDM assignment settings',
  relay_uuid: 'Graph has a per-app relay only on the DDM assignment settings',
  tap_to_pay_screen_lock: 'Graph has it only on the DDM assignment settings',
  configuration: 'Intune delivers managed app configuration through separate app configuration policies, which applemdm does not manage',
  secrets: 'secrets are managed app configuration keys, which Intune delivers through separate app configuration policies that applemdm does not manage',
};

const WHY_BACKUP = "Intune's \"Prevent iCloud app backup\" covers App Store and LOB apps on iOS/iPadOS and App Store (VPP) apps on macOS; macOS LOB, pkg and dmg apps are not supported";

export function appPlatforms(app: ResourceInstance): AppPlatform[] {
  return ((app.attributes.platforms as Platform[]) ?? []).filter((p): p is AppPlatform => p === 'iOS' || p === 'macOS');
}

export function appTypesOf(app: ResourceInstance, platform: AppPlatform): AppleAppType[] | undefined {
  const a = app.attributes;
  return appTypesFor(platform, {
    ...(typeof a.adam_id === 'string' ? { adamId: a.adam_id } : {}),
    ...(typeof a.manifest_url === 'string' ? { manifestUrl: a.manifest_url } : {}),
    ...(typeof a.license === 'string' ? { license: a.license } : {}),
  });
}

export function checkIntuneCapabilities(doc: DesiredDocument): Diagnostics {
  const out = new Diagnostics();
  const byAddress = new Map(doc.resources.map((r) => [r.address, r]));
  const err = (r: ResourceInstance, pointer: string, setting: string, detail: string) =>
    out.error(`Not expressible on the ${INTUNE} backend: ${setting}`, `${r.address}: ${detail}`, [r.address, ...pointer.split('/').filter(Boolean)], sourceOf(r, pointer), 'backend-capability');

  for (const r of doc.resources) {
    if (r.attributes.adopt === true) err(r, '/adopt', 'adopt', 'adoption takes over KMFDDM objects by identifier; on Intune, objects are owned through the applemdm marker in their description.');
    if (typeof r.attributes.activation_identifier === 'string') err(r, '/activation_identifier', 'activation_identifier', 'Intune has no activations: device groups are Entra ID groups.');
    switch (r.type) {
      case 'applemdm_device_group':
        if (r.attributes.members !== undefined) {
          out.warning(
            `Group membership is not managed on the ${INTUNE} backend`,
            `${r.address} lists members, but on Intune a device group is an existing Entra ID group whose membership applemdm only reads; add the devices to the Entra group instead.`,
            [r.address, 'members'],
            sourceOf(r, '/members'),
            'backend-capability',
          );
        }
        break;
      case 'applemdm_app': {
        for (const p of (r.attributes.platforms as Platform[]) ?? []) {
          if (p !== 'iOS' && p !== 'macOS') err(r, '/platforms', `platforms ${p}`, `Intune has no ${p} app type that applemdm can assign; assign the app on iOS or macOS only.`);
          else if (!appTypesOf(r, p)) err(r, '/license', 'license', `Intune carries macOS App Store apps only as Apps and Books (VPP) apps; set license to user or device.`);
        }
        break;
      }
      case 'applemdm_app_assignment':
        checkAssignment(r, byAddress.get(String(r.attributes.app)), err);
        break;
      case 'applemdm_restrictions':
        checkRestrictions(doc, r, err);
        break;
      case 'applemdm_software_update': {
        const platform = r.attributes.platform;
        if (platform !== 'iOS' && platform !== 'macOS') err(r, '/platform', `platform ${String(platform)}`, "applemdm writes Intune's DDM software-update settings for iOS and macOS only.");
        if (r.attributes.legacy_profile === true) {
          err(r, '/legacy_profile', 'legacy_profile', 'Intune delivers software-update policy through its settings catalog only; set the legacy delay keys on an applemdm_restrictions resource instead.');
        }
        break;
      }
      default:
        // A kind added to the list has no Graph mapping until this planner learns it: refuse rather than drop it.
        err(r, '', r.type, `applemdm has no Intune mapping for ${r.type} resources yet.`);
    }
  }
  return out;
}

type Report = (r: ResourceInstance, pointer: string, setting: string, detail: string) => void;

function checkAssignment(r: ResourceInstance, app: ResourceInstance | undefined, err: Report): void {
  const settings = (r.attributes.settings ?? {}) as Record<string, unknown>;
  for (const [name, why] of Object.entries(NOT_EXPRESSIBLE)) {
    if (settings[name] !== undefined) err(r, `/settings/${name}`, `settings.${name}`, `${why}.`);
  }
  if (r.attributes.intent === 'uninstall') {
    for (const name of Object.keys(ASSIGNMENT_SETTING_PROPERTY)) {
      if (settings[name] !== undefined) err(r, `/settings/${name}`, `settings.${name}`, 'Intune accepts no install settings on an uninstall assignment.');
    }
    return;
  }
  if (!app) return;
  for (const platform of appPlatforms(app)) {
    const types = appTypesOf(app, platform);
    if (!types) continue;
    for (const [name, property] of Object.entries(ASSIGNMENT_SETTING_PROPERTY)) {
      if (settings[name] === undefined) continue;
      // Unknown until the app is found: at least one type the app may turn out to be must carry the setting.
      if (types.some((t) => supportsSetting(t, property))) continue;
      err(r, `/settings/${name}`, `settings.${name}`, settingUnsupported(name, platform, types, app.address));
    }
  }
}

export function settingUnsupported(name: string, platform: AppPlatform, types: AppleAppType[], appAddress: string): string {
  const why = name === 'prevent_backup' ? ` ${WHY_BACKUP}.` : '';
  return `${appAddress} is a ${platform} app that Intune holds as ${types.join(' or ')}, whose assignment settings have no ${ASSIGNMENT_SETTING_PROPERTY[name]}.${why}`;
}

/** Every Apple key a restrictions resource sets, with the attribute pointer that sets it. */
export function restrictionKeyValues(r: ResourceInstance): { key: string; value: unknown; pointer: string }[] {
  const out: { key: string; value: unknown; pointer: string }[] = [];
  for (const [path, key] of restrictionKeyMap()) {
    let v: unknown = r.attributes;
    for (const part of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
    if (v !== undefined) out.push({ key, value: v, pointer: `/${path.replace(/\./g, '/')}` });
  }
  const extra = r.attributes.extra;
  if (extra && typeof extra === 'object') {
    for (const [key, value] of Object.entries(extra as Record<string, unknown>)) out.push({ key, value, pointer: `/extra/${key}` });
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

function checkRestrictions(doc: DesiredDocument, r: ResourceInstance, err: Report): void {
  const platforms = Object.keys(doc.stack.targets) as Platform[];
  for (const { key, pointer } of restrictionKeyValues(r)) {
    const facts = keyFacts(APPLICATION_ACCESS, key);
    const mapping = RESTRICTION_PROPERTIES[key];
    const missing = platforms.filter((p) => (facts ? supportOn(facts, p).supported : true) && !(p === 'iOS' || p === 'macOS' ? mapping?.[p] : undefined));
    if (!missing.length) continue;
    err(
      r,
      pointer,
      key,
      `Intune's ${missing.map((p) => (p === 'iOS' || p === 'macOS' ? `${p} device restrictions have no property for ${key}` : `has no device restrictions for ${p}`)).join('; ')}. Remove the key or scope it to a stack that targets another backend.`,
    );
  }
}

function sourceOf(r: ResourceInstance, pointer: string): SourceRef {
  return r.attributeSources?.[pointer] ?? r.source;
}
