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

// Shared with the importer, which writes what this front end reads.
export { RESOURCE_NAME_PATTERN } from '../../core/document';
export { CONFIG_FILE_NAME } from '../../core/paths';
