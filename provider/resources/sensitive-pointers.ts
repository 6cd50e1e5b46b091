import type { ResourceInstance } from '../core/document';
import type { ResourceSchemaNode } from './schema-types';
import { loadResourceSchema, splitPointer } from './schema-registry';

/**
 * Whether the value at a JSON pointer into a resource's attributes is a secret: at or under an attribute the schema
 * marks x-sensitive, or read from a secret reference by the front end (ResourceInstance.sensitive). Messages about
 * such a value name it, never quote it.
 */
export function isSensitivePointer(resource: ResourceInstance, pointer: string): boolean {
  if ((resource.sensitive ?? []).some((p) => pointer === p || pointer.startsWith(`${p}/`))) return true;
  let node: ResourceSchemaNode | undefined = loadResourceSchema(resource.type);
  for (const segment of splitPointer(pointer)) {
    if (!node || node['x-sensitive']) break;
    node = node.properties && Object.hasOwn(node.properties, segment) ? node.properties[segment] : typeof node.additionalProperties === 'object' ? node.additionalProperties : node.items;
  }
  return node?.['x-sensitive'] === true;
}
