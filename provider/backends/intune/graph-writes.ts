import type { AppAssignmentSettings, IosGeneralDeviceConfiguration, MacOSGeneralDeviceConfiguration, DeviceManagementConfigurationPolicy, PolicySetting, Typed } from './graph-types';
import { ODATA } from './graph-types';

/**
 * The writes the engine asks of the Intune backend (carried by a plan's graph-* operations). Each is idempotent:
 * repeating it after a crash or a lost answer converges on the same server state.
 */

/** One of the stack's app assignments: a group (or an excluded group) with an intent and the app type's settings. */
export interface AppTargetWrite {
  groupId: string;
  exclude: boolean;
  intent: 'required' | 'available' | 'uninstall';
  settings: AppAssignmentSettings | null;
}

/**
 * Read-merge-write of one app's assignment list (`assign` replaces the whole list): the current assignments whose
 * group is in `targets` or `release` are the stack's own and are replaced; every other assignment is sent back as read.
 */
export interface AppAssignmentWrite {
  appId: string;
  /** For messages: the app's bundle ID and Intune type. */
  app: string;
  targets: AppTargetWrite[];
  /** Groups whose (owned) assignment is dropped. */
  release: string[];
}

export type ConfigurationCollection = 'deviceConfigurations' | 'configurationPolicies';

export type RestrictionBody =
  | Typed<IosGeneralDeviceConfiguration, typeof ODATA.iosRestrictions>
  | Typed<MacOSGeneralDeviceConfiguration, typeof ODATA.macOSRestrictions>;

export type PolicyBody = Typed<Omit<DeviceManagementConfigurationPolicy, 'settings'>> & { settings: PolicySetting[] };

/** An owned configuration's assignment target. */
export interface TargetRef {
  groupId: string;
  exclude: boolean;
}

/**
 * Create or update an owned configuration, then (when `assignments` is given) replace its assignment list. Without
 * `id` the object is created, unless one carrying `identifier` already exists (a retried create then updates it).
 */
export interface ConfigurationWrite {
  collection: ConfigurationCollection;
  identifier: string;
  id?: string;
  body: RestrictionBody | PolicyBody;
  assignments?: TargetRef[];
}

export interface ConfigurationDelete {
  collection: ConfigurationCollection;
  id: string;
  identifier: string;
}

export type GraphWriteResult = 'changed' | 'unchanged';

/** What apply needs from a Graph backend. */
export interface GraphWriter {
  readonly kind: 'intune';
  assignApp(write: AppAssignmentWrite): Promise<GraphWriteResult>;
  putConfiguration(write: ConfigurationWrite): Promise<GraphWriteResult>;
  deleteConfiguration(target: ConfigurationDelete): Promise<GraphWriteResult>;
}

export function isGraphWriter(backend: object): backend is GraphWriter {
  return (backend as { kind?: unknown }).kind === 'intune';
}
