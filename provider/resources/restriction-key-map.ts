import { loadResourceSchema } from './schema-registry';

let byAppleKey: Map<string, string> | undefined;

/**
 * Apple key → restrictions attribute (`allowCloudBackup` → `allow_cloud_backup`), read from the schema's x-apple-key
 * annotations: the one reverse map, since "UI" vs "Ui" cannot be recovered from snake_case.
 */
export function restrictionAttributeForAppleKey(key: string): string | undefined {
  if (!byAppleKey) {
    byAppleKey = new Map();
    for (const [attr, node] of Object.entries(loadResourceSchema('applemdm_restrictions').properties)) {
      const apple = node['x-apple-key'];
      if (apple) byAppleKey.set(apple, attr);
    }
  }
  return byAppleKey.get(key);
}
