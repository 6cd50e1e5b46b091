// npm run package:provider [-- --out DIR] — writes the filesystem mirror for `terraform init -plugin-dir DIR`
// (default dist/mirror): registry.terraform.io/applemdm/applemdm/terraform-provider-applemdm_<version>_<os>_<arch>.zip.
//
// The zip holds a shell wrapper that execs this machine's Node on bin/terraform-provider-applemdm in THIS checkout,
// by absolute path. Trade-off: no copy of node_modules (~20 MB of gRPC, msgpack and certificate code) and no bundler
// are needed, and a rebuilt checkout is picked up without repackaging; but the package only works on this machine,
// from this checkout, and its lock-file hash differs between checkouts. A publishable provider needs a self-contained
// executable instead (a bundled single file or a Node single-executable application).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageVersion } from '../provider/core/paths';
import { loadApplemdmSchemaDocument } from '../provider/terraform/applemdm-provider';
import { writeProviderMirror } from '../provider/terraform/package-mirror';
import { soleProvider } from '../provider/terraform/schema/schema-document';

async function run(argv: string[]): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const outIndex = argv.indexOf('--out');
  const outDir = path.resolve(outIndex >= 0 && argv[outIndex + 1] ? argv[outIndex + 1] : path.join(root, 'dist', 'mirror'));
  const doc = loadApplemdmSchemaDocument();
  const { address, version } = soleProvider(doc);
  const result = await writeProviderMirror({
    outDir,
    providerAddress: address,
    version: version ?? packageVersion(),
    command: [process.execPath, path.join(root, 'bin', 'terraform-provider-applemdm')],
  });
  process.stdout.write(`package:provider: wrote ${path.relative(process.cwd(), result.zipPath) || result.zipPath}\n`);
  if (!fs.existsSync(path.join(root, 'dist', 'provider', 'terraform', 'main.js'))) {
    process.stdout.write('package:provider: dist/ is not built, so the provider will start from TypeScript sources (slower); run `npm run build`.\n');
  }
  process.stdout.write(`Use it with: terraform init -plugin-dir ${path.relative(process.cwd(), outDir) || outDir}\n`);
}

run(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`package:provider failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
