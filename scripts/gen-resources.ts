// npm run gen:resources — regenerates the resource schemas, their TS types, the YAML JSON Schema and docs/resources.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateResourceArtifacts } from './gen-resources/index';

async function run(): Promise<void> {
  const root = path.join(__dirname, '..');
  const files = await generateResourceArtifacts(root);
  for (const [rel, text] of files) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  process.stdout.write(`gen:resources: wrote ${files.size} files\n`);
}

run().catch((err: unknown) => {
  process.stderr.write(`gen:resources failed: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
