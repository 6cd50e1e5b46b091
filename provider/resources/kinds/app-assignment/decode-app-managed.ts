import { ATTRIBUTE_KEYS } from '../../../apple/app-assignment-inputs';
import type { Decoded } from '../import-types';
import { isRecord } from '../../../core/records';

/**
 * A com.apple.configuration.app.managed payload → the app and the assignment's attributes, exactly as the compiler
 * would need them to produce this payload again (provider/apple/app-managed.ts), or the keys that have no attribute.
 */
export interface DecodedAppManaged {
  app: { adam_id?: string; manifest_url?: string; license?: 'user' | 'device' };
  intent: 'required' | 'available';
  settings: Record<string, unknown>;
}

const SETTING_BY_KEY = new Map(ATTRIBUTE_KEYS.filter(([setting]) => setting !== 'removable').map(([setting, key]) => [key, setting]));

export function decodeAppManaged(payload: Record<string, unknown>): Decoded<DecodedAppManaged> {
  const lost: string[] = [];
  const app: DecodedAppManaged['app'] = {};
  const settings: Record<string, unknown> = {};
  let intent: DecodedAppManaged['intent'] = 'available';
  for (const [key, value] of Object.entries(payload)) {
    if (key === 'AppStoreID' && typeof value === 'string') app.adam_id = value;
    else if (key === 'ManifestURL' && typeof value === 'string') app.manifest_url = value;
    else if (key === 'IncludeInBackup' && value === false) settings.prevent_backup = true;
    else if (key === 'InstallBehavior' && isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'Install' && (v === 'Required' || v === 'Optional')) intent = v === 'Required' ? 'required' : 'available';
        else if (k === 'License' && isRecord(v) && Object.keys(v).length === 1 && (v.Assignment === 'Device' || v.Assignment === 'User')) {
          app.license = v.Assignment === 'Device' ? 'device' : 'user';
        } else lost.push(`InstallBehavior.${k}`);
      }
    } else if (key === 'Attributes' && isRecord(value)) {
      for (const [k, v] of Object.entries(value)) {
        const setting = SETTING_BY_KEY.get(k);
        if (setting) settings[setting] = v;
        else lost.push(`Attributes.${k}`);
      }
    } else lost.push(key);
  }
  if (app.adam_id === undefined && app.manifest_url === undefined) lost.push('an AppStoreID or ManifestURL (applemdm_app needs one)');
  // The compiler writes a licence only for App Store apps, and an App Store app only with one.
  if (app.adam_id !== undefined && app.license === undefined) lost.push('InstallBehavior.License (an App Store app without a licence)');
  if (app.manifest_url !== undefined && app.license !== undefined) lost.push('InstallBehavior.License (an in-house app with a licence)');
  return lost.length ? { lost } : { value: { app, intent, settings } };
}
