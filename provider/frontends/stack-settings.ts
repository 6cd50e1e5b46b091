import { PLATFORMS, type Platform, type StackSettings } from '../core/document';

/**
 * The stack settings as every front end receives them, already validated against schemas/applemdm.config.schema.json
 * (applemdm.yaml in YAML, the provider block in cdk.tf.json), and their one mapping to the document's StackSettings.
 */
export interface StackConfig {
  stack: string;
  identifier_prefix: string;
  targets: Partial<Record<Platform, string>>;
  server?: string;
  catalog?: string;
  external_uuids?: string[];
  assets?: { base_url?: string; dir?: string };
  prune?: boolean;
}

export function stackSettingsFromConfig(config: StackConfig): StackSettings {
  const targets: Partial<Record<Platform, string>> = {};
  for (const p of PLATFORMS) if (config.targets[p] !== undefined) targets[p] = config.targets[p];
  return {
    name: config.stack,
    identifierPrefix: config.identifier_prefix,
    targets,
    ...(config.server !== undefined ? { server: config.server } : {}),
    ...(config.catalog !== undefined ? { catalog: config.catalog } : {}),
    externalUuids: (config.external_uuids ?? []).map((u) => u.toUpperCase()),
    ...(config.assets ? { assets: { ...(config.assets.base_url ? { baseUrl: config.assets.base_url } : {}), ...(config.assets.dir ? { dir: config.assets.dir } : {}) } } : {}),
    ...(config.prune !== undefined ? { prune: config.prune } : {}),
  };
}
