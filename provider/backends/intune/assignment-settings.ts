import type { AppleAppType } from './apps';
import { ODATA, type AppAssignmentSettings } from './graph-types';

/**
 * Per-app-type assignment settings (intune-graph.md §3.3) and their null semantics (§3.4), in one table. Graph stores
 * null for "not set", and null does not always mean false: isRemovable null is true, uninstallOnDeviceRemoval null is
 * true for iOS store and LOB apps. Values are normalised to what they mean before any comparison, both when reading
 * Intune and when building what applemdm wants, so a null on one side and its meaning on the other is no change.
 */
export type SettingName = 'useDeviceLicensing' | 'uninstallOnDeviceRemoval' | 'isRemovable' | 'preventManagedAppBackup' | 'preventAutoAppUpdate' | 'vpnConfigurationId';

export type SettingValue = boolean | string | null;

interface SettingsType {
  odataType: AppAssignmentSettings['@odata.type'];
  /** Settings the type carries, with what null (or absence) means on it. */
  nullMeans: Partial<Record<SettingName, SettingValue>>;
}

/**
 * uninstallOnDeviceRemoval: null is documented as true for iOS store and LOB apps; for VPP apps the portal's default is
 * "No", for macOS LOB apps "Yes" (Microsoft's apps-deploy documentation); those are used until a live tenant says
 * otherwise (see docs/intune.md).
 */
export const SETTINGS_TYPES: Record<AppleAppType, SettingsType | null> = {
  iosVppApp: {
    odataType: ODATA.iosVppSettings,
    nullMeans: { useDeviceLicensing: false, vpnConfigurationId: null, uninstallOnDeviceRemoval: false, isRemovable: true, preventManagedAppBackup: false, preventAutoAppUpdate: false },
  },
  iosStoreApp: {
    odataType: ODATA.iosStoreSettings,
    nullMeans: { vpnConfigurationId: null, uninstallOnDeviceRemoval: true, isRemovable: true, preventManagedAppBackup: false },
  },
  iosLobApp: {
    odataType: ODATA.iosLobSettings,
    nullMeans: { vpnConfigurationId: null, uninstallOnDeviceRemoval: true, isRemovable: true, preventManagedAppBackup: false },
  },
  macOsVppApp: {
    odataType: ODATA.macOsVppSettings,
    nullMeans: { useDeviceLicensing: false, uninstallOnDeviceRemoval: false, preventManagedAppBackup: false, preventAutoAppUpdate: false },
  },
  macOSLobApp: { odataType: ODATA.macOsLobSettings, nullMeans: { uninstallOnDeviceRemoval: true } },
  // pkg and dmg apps have no settings type: assignments carry `settings: null`.
  macOSPkgApp: null,
  macOSDmgApp: null,
};

/** Settings applemdm's configuration cannot express: kept as they are on an assignment applemdm rewrites. */
export const UNMANAGED_SETTINGS: readonly SettingName[] = ['preventAutoAppUpdate'];

export function supportsSetting(type: AppleAppType, setting: SettingName): boolean {
  const table = SETTINGS_TYPES[type];
  return table !== null && setting in table.nullMeans;
}

/**
 * What a settings object means, property by property (null and absence replaced by their meaning; an empty VPN id is
 * no VPN). Only the type's own properties are kept, in a fixed order. Settings of an intent that takes none → {}.
 */
export function normalizeSettings(type: AppleAppType, settings: Record<string, unknown> | null | undefined, intent: string): Record<string, SettingValue> {
  const table = SETTINGS_TYPES[type];
  if (!table || intent === 'uninstall') return {};
  const out: Record<string, SettingValue> = {};
  for (const name of Object.keys(table.nullMeans).sort() as SettingName[]) {
    const raw = settings?.[name];
    const value = raw === undefined || raw === null || raw === '' ? table.nullMeans[name]! : (raw as SettingValue);
    out[name] = typeof value === 'string' ? value.toLowerCase() : value;
  }
  return out;
}

/**
 * The settings body to send: the type's properties with the given values, null where nothing is asked (so Intune keeps
 * its documented default). Intent uninstall takes no settings: Intune rejects isRemovable, uninstallOnDeviceRemoval and
 * preventManagedAppBackup there.
 */
export function settingsBody(type: AppleAppType, values: Partial<Record<SettingName, SettingValue>>, intent: string): AppAssignmentSettings | null {
  const table = SETTINGS_TYPES[type];
  if (!table || intent === 'uninstall') return null;
  const b = (name: SettingName): boolean | null => (typeof values[name] === 'boolean' ? (values[name] as boolean) : null);
  const s = (name: SettingName): string | null => (typeof values[name] === 'string' ? (values[name] as string) : null);
  switch (table.odataType) {
    case ODATA.iosVppSettings:
      return {
        '@odata.type': ODATA.iosVppSettings,
        useDeviceLicensing: b('useDeviceLicensing') ?? false,
        vpnConfigurationId: s('vpnConfigurationId'),
        uninstallOnDeviceRemoval: b('uninstallOnDeviceRemoval'),
        isRemovable: b('isRemovable'),
        preventManagedAppBackup: b('preventManagedAppBackup'),
        preventAutoAppUpdate: b('preventAutoAppUpdate'),
      };
    case ODATA.iosStoreSettings:
      return {
        '@odata.type': ODATA.iosStoreSettings,
        vpnConfigurationId: s('vpnConfigurationId'),
        uninstallOnDeviceRemoval: b('uninstallOnDeviceRemoval'),
        isRemovable: b('isRemovable'),
        preventManagedAppBackup: b('preventManagedAppBackup'),
      };
    case ODATA.iosLobSettings:
      return {
        '@odata.type': ODATA.iosLobSettings,
        vpnConfigurationId: s('vpnConfigurationId'),
        uninstallOnDeviceRemoval: b('uninstallOnDeviceRemoval'),
        isRemovable: b('isRemovable'),
        preventManagedAppBackup: b('preventManagedAppBackup'),
      };
    case ODATA.macOsVppSettings:
      return {
        '@odata.type': ODATA.macOsVppSettings,
        useDeviceLicensing: b('useDeviceLicensing') ?? false,
        uninstallOnDeviceRemoval: b('uninstallOnDeviceRemoval'),
        preventManagedAppBackup: b('preventManagedAppBackup'),
        preventAutoAppUpdate: b('preventAutoAppUpdate'),
      };
    case ODATA.macOsLobSettings:
      return { '@odata.type': ODATA.macOsLobSettings, uninstallOnDeviceRemoval: b('uninstallOnDeviceRemoval') };
  }
}
