import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalJson } from '../core/canonical-json';
import { packageVersion, schemasDir } from '../core/paths';
import { resourceSchemas } from '../resources/kinds/registry';
import type { TerraformProviderSchemaDocument } from './provider-schema-types';
import { emitTerraformProviderSchema, TERRAFORM_RESOURCE_ATTRIBUTES, type EmitterSchemaNode } from './schema-emitter';

/** Where the emitted document is committed; the Terraform plugin server serves the same document. */
export const PROVIDER_SCHEMA_FILE = 'terraform-provider-schema.json';

/** The provider schema document for the schemas in this package (resources + applemdm.config.schema.json). */
export function buildProviderSchema(): TerraformProviderSchemaDocument {
  const config = JSON.parse(fs.readFileSync(path.join(schemasDir(), 'applemdm.config.schema.json'), 'utf8')) as EmitterSchemaNode;
  return emitTerraformProviderSchema({
    resources: resourceSchemas() as unknown as Record<string, EmitterSchemaNode>,
    resourceAttributes: TERRAFORM_RESOURCE_ATTRIBUTES,
    dataSources: dataSourceSchemas(),
    config,
    version: packageVersion(),
  });
}

/** Where the data source schemas live: schemas/data-sources/<type>.json, the only definition of their attributes. */
export const DATA_SOURCES_DIR = 'data-sources';

/** The data source schemas keyed by Terraform type. */
export function dataSourceSchemas(): Record<string, EmitterSchemaNode> {
  const dir = path.join(schemasDir(), DATA_SOURCES_DIR);
  const out: Record<string, EmitterSchemaNode> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    out[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as EmitterSchemaNode;
  }
  return out;
}

/** The committed file's exact text: canonical JSON, two-space indent, trailing newline. */
export function providerSchemaText(document: TerraformProviderSchemaDocument = buildProviderSchema()): string {
  return canonicalJson(document, 2) + '\n';
}
