import { buildProviderSchema, PROVIDER_SCHEMA_FILE, providerSchemaText } from '../../provider/terraform/provider-schema';
import { BINDINGS_DIR, generateBindings } from './generate-bindings';

export { BINDINGS_DIR } from './generate-bindings';

/**
 * Every file `npm run gen:bindings` writes, as repo-relative path → content: the Terraform provider schema document
 * and the CDKTF bindings generated from it. The staleness test compares them with the committed files.
 */
export async function generateBindingArtifacts(): Promise<Map<string, string>> {
  const schema = buildProviderSchema();
  const out = new Map<string, string>([[`schemas/${PROVIDER_SCHEMA_FILE}`, providerSchemaText(schema)]]);
  for (const [rel, text] of await generateBindings(schema)) out.set(`${BINDINGS_DIR}/${rel}`, text);
  return out;
}
