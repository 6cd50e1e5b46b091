import { applemdmProviderDefinition, loadApplemdmSchemaDocument } from './applemdm-provider';
import { runPlugin } from './plugin/serve';
import { soleProvider } from './schema/schema-document';

/** terraform-provider-applemdm: the tfplugin6 plugin process (see plugin/serve.ts for the contract). */
export function main(argv: string[]): Promise<number> {
  return runPlugin({
    argv: argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    providerAddress: () => soleProvider(loadApplemdmSchemaDocument()).address,
    definition: () => applemdmProviderDefinition(),
  });
}
