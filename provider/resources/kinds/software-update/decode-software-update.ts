import { SETTINGS_KEYS } from '../../../apple/software-update';
import type { Platform } from '../../../core/document';
import type { Decoded } from '../import-types';
import { isRecord } from '../../../core/records';
import { setAt } from '../../../core/records';

/**
 * softwareupdate.settings and enforcement.specific payloads → applemdm_software_update attributes. The platform is not
 * stored on the server: it is the one whose keys the payload uses (macOS-only deferrals, iOS-only cadence), else iOS.
 */
const ENFORCEMENT_KEYS: [string, string][] = [
  ['TargetOSVersion', 'target_os_version'],
  ['TargetBuildVersion', 'target_build_version'],
  ['TargetLocalDateTime', 'target_local_datetime'],
  ['DetailsURL', 'details_url'],
];
const MACOS_ONLY = ['Deferrals.MajorPeriodInDays', 'Deferrals.MinorPeriodInDays', 'Deferrals.SystemPeriodInDays', 'AutomaticActions.InstallSecurityUpdate', 'AllowStandardUserOSUpdates'];

export function decodeSoftwareUpdate(settings: Record<string, unknown> | undefined, enforcement: Record<string, unknown> | undefined): Decoded<{ platform: Platform; attributes: Record<string, unknown> }> {
  const lost: string[] = [];
  const attributes: Record<string, unknown> = {};
  const used: string[] = [];
  if (settings) {
    const known = new Map(SETTINGS_KEYS.map(([attr, key]) => [key.join('.'), attr]));
    const visit = (value: Record<string, unknown>, path: string[]) => {
      for (const [k, v] of Object.entries(value)) {
        const p = [...path, k];
        const attr = known.get(p.join('.'));
        if (attr) {
          setAt(attributes, attr, v);
          used.push(p.join('.'));
        } else if (isRecord(v) && path.length === 0 && SETTINGS_KEYS.some(([, key]) => key[0] === k)) visit(v, p);
        else lost.push(p.join('.'));
      }
    };
    visit(settings, []);
  }
  if (enforcement) {
    const e: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(enforcement)) {
      const attr = ENFORCEMENT_KEYS.find(([key]) => key === k)?.[1];
      if (attr && typeof v === 'string') e[attr] = v;
      else lost.push(`enforcement ${k}`);
    }
    attributes.enforcement = e;
  }
  if (lost.length) return { lost };
  const platform: Platform = used.some((k) => MACOS_ONLY.includes(k)) ? 'macOS' : 'iOS';
  return { value: { platform, attributes } };
}

