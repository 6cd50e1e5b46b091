import * as path from 'node:path';
import { loadGdmfCatalog } from '../../apple/gdmf/load-catalog';
import { Diagnostics, NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import { stackSettingsFromProvider } from '../../frontends/cdktf/provider-settings';
import { isWhollyKnown, type ObjectValue } from '../cty/values';
import type { BlockSchema } from '../schema/schema-document';
import { ApplemdmClient } from './client';
import { terraformPath } from './diagnostic-paths';
import { ctyToJson } from './terraform-values';

/**
 * The provider block → a client. The block carries the keys of applemdm.yaml (schemas/applemdm.config.schema.json)
 * and is read by the same code as the provider block of a synthesized cdk.tf.json, so both paths accept the same
 * settings; relative paths (catalog, assets.dir, embedded:DIR) resolve against Terraform's working directory. The
 * sensitive api_key is used for the server, falling back to APPLEMDM_API_KEY / APPLEMDM_API_KEY_FILE, and never
 * appears in a diagnostic.
 */
export interface ConfigureOutcome {
  client?: ApplemdmClient;
  diagnostics: Diagnostic[];
}

export async function configureClient(config: ObjectValue, schema: BlockSchema, env: NodeJS.ProcessEnv, baseDir = process.cwd()): Promise<ConfigureOutcome> {
  // During planning the block may reference values known only after apply; resources then plan without the server.
  if (!isWhollyKnown(config)) return { diagnostics: [] };
  const diags = new Diagnostics();
  const block = ctyToJson(config) as Record<string, unknown>;
  const apiKey = typeof config.api_key === 'string' ? config.api_key : undefined;
  delete block.api_key;
  const settings = stackSettingsFromProvider(stripNulls(block), baseDir, NO_SOURCE, diags);
  if (!settings || diags.hasError()) return { diagnostics: providerPaths(diags.toArray(), schema) };
  let catalog;
  if (settings.catalog) {
    const loaded = await loadGdmfCatalog(settings.catalog, { root: baseDir });
    diags.append(loaded.diagnostics);
    catalog = loaded.catalog;
    if (!catalog) return { diagnostics: providerPaths(diags.toArray(), schema, ['catalog']) };
  }
  const clientEnv = apiKey !== undefined ? { ...env, APPLEMDM_API_KEY: apiKey, APPLEMDM_API_KEY_FILE: '' } : env;
  const client = new ApplemdmClient({
    stack: settings,
    baseDir: path.resolve(baseDir),
    env: clientEnv,
    ...(catalog ? { catalog, catalogLocation: settings.catalog } : {}),
  });
  return { client, diagnostics: providerPaths(diags.toArray(), schema) };
}

/**
 * The reader's paths start at the block (`provider.applemdm` or `provider`, `applemdm`); Terraform's are inside it.
 * `fallback` is the path of diagnostics that name a file or URL instead (the catalog).
 */
function providerPaths(diagnostics: Diagnostic[], block: BlockSchema, fallback?: (string | number)[]): Diagnostic[] {
  return diagnostics.map((d) => {
    let p = d.path;
    if (p[0] === 'provider' && p[1] === 'applemdm') p = p.slice(2);
    else if (p[0] === 'provider.applemdm') p = p.slice(1);
    else if (fallback) p = fallback;
    return { ...d, path: terraformPath(p, block) };
  });
}

function stripNulls(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));
}
