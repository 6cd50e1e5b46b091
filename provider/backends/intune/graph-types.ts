import type * as beta from '@microsoft/microsoft-graph-types-beta';

/**
 * Request and response bodies of the Intune backend, typed with Microsoft's published Graph beta typings
 * (@microsoft/microsoft-graph-types-beta, pinned in package.json) so a misspelt property fails `tsc`. Those typings
 * carry no `@odata.type`, so polymorphic bodies add it through `Typed<T>`; object literals typed this way still get
 * TypeScript's excess-property check.
 */
export type {
  DeviceAndAppManagementAssignmentTarget,
  DeviceConfiguration,
  DeviceConfigurationAssignment,
  DeviceManagementConfigurationPolicy,
  DeviceManagementConfigurationPolicyAssignment,
  DeviceManagementConfigurationSetting,
  Group,
  InstallIntent,
  IosGeneralDeviceConfiguration,
  IosLobApp,
  IosLobAppAssignmentSettings,
  IosStoreApp,
  IosStoreAppAssignmentSettings,
  IosVppApp,
  IosVppAppAssignmentSettings,
  MacOSGeneralDeviceConfiguration,
  MacOSLobApp,
  MacOsLobAppAssignmentSettings,
  MacOsVppApp,
  MacOsVppAppAssignmentSettings,
  MobileApp,
  MobileAppAssignment,
  GroupAssignmentTarget,
  ExclusionGroupAssignmentTarget,
} from '@microsoft/microsoft-graph-types-beta';

export type Typed<T, Name extends string = string> = T & { '@odata.type': Name };

export type GroupTarget = Typed<beta.GroupAssignmentTarget, typeof ODATA.groupTarget | typeof ODATA.exclusionGroupTarget>;

/** The assignment settings types this backend writes (non-DDM Apple types, intune-graph.md §3.3). */
export type AppAssignmentSettings =
  | Typed<beta.IosVppAppAssignmentSettings, typeof ODATA.iosVppSettings>
  | Typed<beta.IosStoreAppAssignmentSettings, typeof ODATA.iosStoreSettings>
  | Typed<beta.IosLobAppAssignmentSettings, typeof ODATA.iosLobSettings>
  | Typed<beta.MacOsVppAppAssignmentSettings, typeof ODATA.macOsVppSettings>
  | Typed<beta.MacOsLobAppAssignmentSettings, typeof ODATA.macOsLobSettings>;

/** One mobileAppAssignment as sent to `assign` (no id: the service assigns one). */
export type AppAssignmentBody = Typed<Omit<beta.MobileAppAssignment, 'id' | 'source' | 'sourceId' | 'target' | 'settings'>, typeof ODATA.mobileAppAssignment> & {
  target: GroupTarget;
  settings: AppAssignmentSettings | null;
};

/** A setting instance of the settings catalog, as the service stores it (polymorphic, nested). */
export type SettingInstance =
  | Typed<beta.DeviceManagementConfigurationChoiceSettingInstance & { choiceSettingValue: Typed<beta.DeviceManagementConfigurationChoiceSettingValue> & { children: SettingInstance[] } }, typeof ODATA.choiceInstance>
  | Typed<beta.DeviceManagementConfigurationSimpleSettingInstance & { simpleSettingValue: Typed<beta.DeviceManagementConfigurationStringSettingValue> | Typed<beta.DeviceManagementConfigurationIntegerSettingValue> }, typeof ODATA.simpleInstance>
  | Typed<beta.DeviceManagementConfigurationGroupSettingCollectionInstance & { groupSettingCollectionValue: { children: SettingInstance[] }[] }, typeof ODATA.groupCollectionInstance>;

export type PolicySetting = Typed<Omit<beta.DeviceManagementConfigurationSetting, 'settingInstance'>, typeof ODATA.setting> & { settingInstance: SettingInstance };

/** `@odata.type` values, exactly as Graph spells them (note macOsVppApp's lower-case "s"). */
export const ODATA = {
  iosVppApp: '#microsoft.graph.iosVppApp',
  iosStoreApp: '#microsoft.graph.iosStoreApp',
  iosLobApp: '#microsoft.graph.iosLobApp',
  macOsVppApp: '#microsoft.graph.macOsVppApp',
  macOSLobApp: '#microsoft.graph.macOSLobApp',
  macOSPkgApp: '#microsoft.graph.macOSPkgApp',
  macOSDmgApp: '#microsoft.graph.macOSDmgApp',
  mobileAppAssignment: '#microsoft.graph.mobileAppAssignment',
  groupTarget: '#microsoft.graph.groupAssignmentTarget',
  exclusionGroupTarget: '#microsoft.graph.exclusionGroupAssignmentTarget',
  iosVppSettings: '#microsoft.graph.iosVppAppAssignmentSettings',
  iosStoreSettings: '#microsoft.graph.iosStoreAppAssignmentSettings',
  iosLobSettings: '#microsoft.graph.iosLobAppAssignmentSettings',
  macOsVppSettings: '#microsoft.graph.macOsVppAppAssignmentSettings',
  macOsLobSettings: '#microsoft.graph.macOsLobAppAssignmentSettings',
  iosRestrictions: '#microsoft.graph.iosGeneralDeviceConfiguration',
  macOSRestrictions: '#microsoft.graph.macOSGeneralDeviceConfiguration',
  deviceConfigurationAssignment: '#microsoft.graph.deviceConfigurationAssignment',
  configurationPolicyAssignment: '#microsoft.graph.deviceManagementConfigurationPolicyAssignment',
  setting: '#microsoft.graph.deviceManagementConfigurationSetting',
  choiceInstance: '#microsoft.graph.deviceManagementConfigurationChoiceSettingInstance',
  simpleInstance: '#microsoft.graph.deviceManagementConfigurationSimpleSettingInstance',
  groupCollectionInstance: '#microsoft.graph.deviceManagementConfigurationGroupSettingCollectionInstance',
  stringValue: '#microsoft.graph.deviceManagementConfigurationStringSettingValue',
  integerValue: '#microsoft.graph.deviceManagementConfigurationIntegerSettingValue',
  choiceValue: '#microsoft.graph.deviceManagementConfigurationChoiceSettingValue',
} as const;

/** A Graph collection page. */
export interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** Graph's error body (intune-graph.md §7.5). */
export interface GraphErrorBody {
  error?: { code?: string; message?: string; innerError?: { date?: string; 'request-id'?: string; 'client-request-id'?: string } };
}
