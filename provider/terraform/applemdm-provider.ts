import * as path from 'node:path';
import { schemasDir } from '../core/paths';
import { ProviderDefinition } from './framework/handler';
import { PROVIDER_SCHEMA_FILE } from './provider-schema';
import { requiresReplaceFromResourceSchemas } from './schema/requires-replace';
import { loadSchemaDocument, SchemaDocument, soleProvider } from './schema/schema-document';

/** The committed `providers schema -json` document (written by `npm run gen`), which the plugin serves as is. */
export function loadApplemdmSchemaDocument(): SchemaDocument {
  return loadSchemaDocument(path.join(schemasDir(), PROVIDER_SCHEMA_FILE));
}

/**
 * The applemdm provider as served to Terraform/OpenTofu: schemas from the committed document, replacement rules from
 * schemas/resources. Resource and data source handlers are the native engine's, registered in `resources` and
 * `dataSources` by type; a type without a handler is answered with an error diagnostic naming it.
 */
export function applemdmProviderDefinition(doc: SchemaDocument = loadApplemdmSchemaDocument()): ProviderDefinition {
  return {
    schemas: soleProvider(doc).schemas,
    requiresReplace: requiresReplaceFromResourceSchemas(path.join(schemasDir(), 'resources')),
    resources: {},
    dataSources: {},
  };
}
