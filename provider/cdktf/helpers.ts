/**
 * Hand-written additions to the generated bindings, where a plain string or a JSON string would make a stack easy to
 * get wrong. The enum values are the schema's own (schemas/resources); a test fails if the two drift apart.
 */

/** applemdm_app_assignment.intent */
export enum Intent {
  /** Install the app. */
  REQUIRED = 'required',
  /** Offer the app for the user to install. */
  AVAILABLE = 'available',
  /** Remove the app. */
  UNINSTALL = 'uninstall',
}

/** applemdm_app.license: the Apps and Books licence type. */
export enum License {
  NONE = 'none',
  USER = 'user',
  DEVICE = 'device',
}

/** applemdm_device_group.supervised: whether the group's devices are supervised. */
export enum Supervision {
  SUPERVISED = 'true',
  UNSUPERVISED = 'false',
  MIXED = 'mixed',
}

/** applemdm_app.platforms items and applemdm_software_update.platform. */
export enum Platform {
  IOS = 'iOS',
  MACOS = 'macOS',
  TVOS = 'tvOS',
  VISIONOS = 'visionOS',
  WATCHOS = 'watchOS',
}

/** applemdm_software_update.automatic_actions.* */
export enum AutomaticAction {
  ALLOWED = 'Allowed',
  ALWAYS_ON = 'AlwaysOn',
  ALWAYS_OFF = 'AlwaysOff',
}

/** applemdm_software_update.recommended_cadence */
export enum RecommendedCadence {
  ALL = 'All',
  OLDEST = 'Oldest',
  NEWEST = 'Newest',
}

/** A managed app configuration value: what a plist dictionary can hold. */
export type AppConfigurationValue = string | number | boolean | AppConfigurationValue[] | { [key: string]: AppConfigurationValue };

/**
 * The `configuration` attribute of an app assignment's settings. Terraform has no type for a free-form dictionary, so
 * the attribute is a JSON string; this writes it with sorted keys so the synthesized file does not change when only
 * the order of keys in the source does. (cdktf's Fn.jsonencode would synthesize a Terraform expression instead, which
 * applemdm cannot evaluate.)
 */
export function appConfiguration(values: { [key: string]: AppConfigurationValue }): string {
  return JSON.stringify(sortKeys(values));
}

function sortKeys(value: AppConfigurationValue): AppConfigurationValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // fromEntries defines own properties, so a "__proto__" key stays data and reaches validation.
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys(value[key])]));
  }
  return value;
}
