import * as path from 'node:path';
import { schemasDir } from '../core/paths';
import { resourceTypes } from '../resources/kinds/registry';
import { projectDir } from '../frontends/cdktf/read-synth';
import { ApplemdmClient } from './applemdm/client';
import { deviceGroupDataSource } from './applemdm/data-device-group';
import { gdmfVersionsDataSource } from './applemdm/data-gdmf-versions';
import { configureClient } from './applemdm/provider-config';
import { applemdmResource } from './applemdm/resource-handler';
import { DataSourceHandler, ProviderDefinition, ResourceHandler } from './framework/handler';
import { PROVIDER_SCHEMA_FILE } from './provider-schema';
import { requiresReplaceFromResourceSchemas } from './schema/requires-replace';
import { loadSchemaDocument, SchemaDocument, soleProvider } from './schema/schema-document';

/** The committed `providers schema -json` document (written by `npm run gen`), which the plugin serves as is. */
export function loadApplemdmSchemaDocument(): SchemaDocument {
  return loadSchemaDocument(path.join(schemasDir(), PROVIDER_SCHEMA_FILE));
}

export interface ApplemdmProviderOptions {
  /** Environment the server and credentials are read from (APPLEMDM_SERVER, APPLEMDM_API_KEY…). Default: process.env. */
  env?: NodeJS.ProcessEnv;
  /**
   * Where relative paths (catalog, assets.dir, the default .applemdm) resolve. Default: Terraform's working directory,
   * or, for a stack synthesized by CDKTF (cdktf.out/stacks/<stack>), its project, as `applemdm apply` resolves them.
   */
  baseDir?: string;
}

/**
 * The applemdm provider as served to Terraform/OpenTofu: schemas from the committed document, replacement rules from
 * schemas/resources, and for every resource type and data source the handlers in ./applemdm, which run the native
 * engine's code (see applemdm/resource-handler.ts).
 */
export function applemdmProviderDefinition(doc: SchemaDocument = loadApplemdmSchemaDocument(), options: ApplemdmProviderOptions = {}): ProviderDefinition<ApplemdmClient> {
  const schemas = soleProvider(doc).schemas;
  const resources: Record<string, ResourceHandler<ApplemdmClient>> = {};
  for (const type of resourceTypes()) {
    const entry = schemas.resource_schemas?.[type];
    if (entry) resources[type] = applemdmResource(type, entry, schemas.resource_schemas?.applemdm_app_assignment?.block);
  }
  const dataSources: Record<string, DataSourceHandler<ApplemdmClient>> = {
    applemdm_device_group: deviceGroupDataSource(),
    applemdm_gdmf_versions: gdmfVersionsDataSource(),
  };
  // Terraform configures the provider once per process; a later configure replaces the client.
  let client: ApplemdmClient | undefined;
  return {
    schemas,
    requiresReplace: requiresReplaceFromResourceSchemas(path.join(schemasDir(), 'resources')),
    resources,
    dataSources,
    async configure(config) {
      const previous = client;
      const baseDir = options.baseDir ?? projectDir(path.join(process.cwd(), 'cdk.tf.json'));
      const outcome = await configureClient(config, schemas.provider.block, options.env ?? process.env, baseDir);
      client = outcome.client;
      await previous?.close();
      return { ...(client ? { client } : {}), diagnostics: outcome.diagnostics };
    },
    async shutdown() {
      await client?.close();
    },
  };
}
