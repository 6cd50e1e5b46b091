// TEST DOUBLE plugin process: the real plugin server (go-plugin layer, framework, codec) with the test double
// handlers, for driving real Terraform/OpenTofu. Run as `node --require tsx/cjs test/terraform/support/test-double-main.ts`.
//   APPLEMDM_TEST_DOUBLE_SCHEMA  schema document to serve (default: the committed applemdm document)
//   APPLEMDM_TEST_DOUBLE_STORE   JSON file the objects live in (required: each Terraform command starts a new process)
//   APPLEMDM_TEST_DOUBLE_REPLACE JSON {type: [path, ...]} of replace paths (default: schemas/resources x-requiresReplace)
import * as path from 'node:path';
import { schemasDir } from '../../../provider/core/paths';
import { runPlugin } from '../../../provider/terraform/plugin/serve';
import { requiresReplaceFromResourceSchemas } from '../../../provider/terraform/schema/requires-replace';
import { loadSchemaDocument, soleProvider } from '../../../provider/terraform/schema/schema-document';
import { testDoubleDefinition } from './test-double-provider';
import { TestDoubleStore } from './test-double-store';

const schemaFile = process.env.APPLEMDM_TEST_DOUBLE_SCHEMA ?? path.join(schemasDir(), 'terraform-provider-schema.json');

runPlugin({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  providerAddress: () => soleProvider(loadSchemaDocument(schemaFile)).address,
  definition: () => {
    const storeFile = process.env.APPLEMDM_TEST_DOUBLE_STORE;
    if (!storeFile) throw new Error('APPLEMDM_TEST_DOUBLE_STORE is not set');
    const replace = process.env.APPLEMDM_TEST_DOUBLE_REPLACE
      ? (JSON.parse(process.env.APPLEMDM_TEST_DOUBLE_REPLACE) as Record<string, (string | number)[][]>)
      : requiresReplaceFromResourceSchemas(path.join(schemasDir(), 'resources'));
    return testDoubleDefinition(loadSchemaDocument(schemaFile), new TestDoubleStore(storeFile), replace);
  },
}).then((code) => process.exit(code));
