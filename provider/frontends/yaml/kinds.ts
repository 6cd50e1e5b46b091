import type { ResourceType } from '../../core/document';

/** Top-level keys of a YAML resource file and the resource type each one declares. */
export const YAML_KINDS = {
  device_groups: 'applemdm_device_group',
  apps: 'applemdm_app',
  app_assignments: 'applemdm_app_assignment',
  restrictions: 'applemdm_restrictions',
  software_updates: 'applemdm_software_update',
} as const satisfies Record<string, ResourceType>;

export type YamlKind = keyof typeof YAML_KINDS;

export function isYamlKind(key: string): key is YamlKind {
  return Object.hasOwn(YAML_KINDS, key);
}

/** Resource names: lower-case snake_case, as Terraform requires for local names. */
export const RESOURCE_NAME_PATTERN = '^[a-z][a-z0-9_]{0,63}$';

/** The configuration file every YAML configuration directory has. */
export const CONFIG_FILE_NAME = 'applemdm.yaml';
