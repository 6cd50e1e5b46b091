import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import type { StackSettings } from '../../core/document';
import { checkStackPaths } from '../stack-paths';
import { stackSettingsFromConfig, type StackConfig } from '../stack-settings';
import { ajvErrorsToDiagnostics } from '../../resources/ajv-diagnostics';
import type { ResourceSchemaNode } from '../../resources/schema-types';
import { configSchema, configValidator } from '../yaml/config-schema';
import { fromTerraformValue } from './terraform-values';

/** Provider attributes that are not stack settings: secrets, and Terraform's own meta-argument. */
const NOT_SETTINGS = new Set(['api_key', 'alias']);

/** The stack settings as applemdm.yaml spells them (config schema keys). */

/**
 * Reads the stack settings from the `provider.applemdm` block. The block carries exactly the keys of applemdm.yaml
 * (schemas/applemdm.config.schema.json), except that Terraform names are lower-case (targets.ios for iOS), and is
 * validated against the same schema, so both front ends accept the same settings. Relative paths (catalog,
 * assets.dir) are resolved against baseDir, the directory holding cdktf.json, and must stay inside it or allowedDirs. api_key is never copied: secrets stay out of the
 * document.
 */
export function stackSettingsFromProvider(
  block: Record<string, unknown>,
  baseDir: string,
  source: SourceRef,
  diags: Diagnostics,
  allowedDirs: readonly string[] = [],
): StackSettings | undefined {
  const before = diags.length;
  const where = ['provider', 'applemdm'];
  if (typeof block.api_key === 'string' && !block.api_key.startsWith('${')) {
    diags.warning(
      'API key in the configuration',
      'provider.applemdm.api_key holds a literal key, so it is stored in the synthesized file. applemdm ignores it; set APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE instead.',
      [...where, 'api_key'],
      source,
      'secret-in-config',
    );
  }
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(block)) {
    if (key === '//' || NOT_SETTINGS.has(key)) continue;
    settings[key] = value;
  }
  const schema = configSchema() as unknown as ResourceSchemaNode;
  const converted = fromTerraformValue(renameToConfigKeys(settings, schema), schema, { diags, path: ['provider.applemdm'], source });
  const validate = configValidator();
  if (!validate(converted)) diags.append(ajvErrorsToDiagnostics(validate.errors, { path: where, sourceOf: () => source }));
  if (diags.length > before && [...diags].slice(before).some((d) => d.severity === 'error')) return undefined;
  const config = converted as StackConfig;
  if (!checkStackPaths(config, { root: baseDir, allowedDirs }, { path: where, sourceOf: () => source }, diags)) return undefined;
  return stackSettingsFromConfig(config);
}

/**
 * Terraform names of stack settings are the config keys lower-cased (see providerAttributeName in the schema
 * emitter), so each key is matched case-insensitively against the schema's keys at its level. Unknown keys are kept,
 * for validation to report.
 */
function renameToConfigKeys(value: unknown, node: ResourceSchemaNode | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => renameToConfigKeys(v, node));
  if (value === null || typeof value !== 'object' || !node?.properties) return value;
  const known = Object.keys(node.properties);
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, v]) => {
      const name = known.find((k) => k.toLowerCase() === key) ?? key;
      return [name, renameToConfigKeys(v, node.properties![name])];
    }),
  );
}

