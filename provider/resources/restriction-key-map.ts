import type { ResourceType } from '../core/document';
import { loadResourceSchema } from './schema-registry';
import type { ResourceSchema } from './schema-types';

const byAppleKey = new WeakMap<ResourceSchema, Map<string, string>>();

/**
 * Apple key → attribute of a kind whose attributes carry x-apple-key (`allowCloudBackup` → `allow_cloud_backup`), read
 * from the schema's annotations: the one reverse map, since "UI" vs "Ui" cannot be recovered from snake_case.
 */
export function attributeForAppleKey(type: ResourceType, key: string): string | undefined {
  const schema = loadResourceSchema(type);
  let map = byAppleKey.get(schema);
  if (!map) {
    map = new Map();
    for (const [attr, node] of Object.entries(schema.properties)) {
      const apple = node['x-apple-key'];
      if (apple) map.set(apple, attr);
    }
    byAppleKey.set(schema, map);
  }
  return map.get(key);
}

export function restrictionAttributeForAppleKey(key: string): string | undefined {
  return attributeForAppleKey('applemdm_restrictions', key);
}
