import type { ResourceType } from '../../core/document';
import { kindOfYamlKey, resourceKinds } from '../../resources/kinds/registry';

/** Top-level keys of a YAML resource file → the resource type each one declares, from the kinds list. */
export function yamlKinds(): Record<string, ResourceType> {
  return Object.fromEntries(resourceKinds().map((k) => [k.yamlKey, k.type]));
}

export function isYamlKind(key: string): boolean {
  return kindOfYamlKey(key) !== undefined;
}

/** The YAML key of a resource type. */
export function yamlKindOf(type: ResourceType): string | undefined {
  return resourceKinds().find((k) => k.type === type)?.yamlKey;
}

/** Resource names: lower-case snake_case, as Terraform requires for local names. */
export const RESOURCE_NAME_PATTERN = '^[a-z][a-z0-9_]{0,63}$';

/** The configuration file every YAML configuration directory has. */
export const CONFIG_FILE_NAME = 'applemdm.yaml';
