// npm run gen:bindings — regenerates schemas/terraform-provider-schema.json and the CDKTF bindings in provider/cdktf/bindings.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BINDINGS_DIR, generateBindingArtifacts } from './gen-bindings/index';

async function run(): Promise<void> {
  const root = path.join(__dirname, '..');
  const files = await generateBindingArtifacts();
  // Bindings of a resource that no longer exists must disappear, so the folder is rewritten as a whole.
  fs.rmSync(path.join(root, BINDINGS_DIR), { recursive: true, force: true });
  for (const [rel, text] of files) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  process.stdout.write(`gen:bindings: wrote ${files.size} files\n`);
}

run().catch((err: unknown) => {
  process.stderr.write(`gen:bindings failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
