// Generates schemas/apple/ from Apple's device-management YAML (see scripts/gen-apple/ and DESIGN.md).
// Usage: npm run gen:apple [-- --out DIR]; the YAML is read from $APPLE_SCHEMA_DIR or ../shared/apple-device-management.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateAppleSchemas } from './gen-apple/generate';
import { appleOverlayDir, appleSchemaSourceDir } from './gen-apple/locations';

function main(argv: string[]): number {
  const outIndex = argv.indexOf('--out');
  const root = path.join(__dirname, '..');
  const outDir = outIndex >= 0 && argv[outIndex + 1] ? path.resolve(argv[outIndex + 1]) : path.join(root, 'schemas', 'apple');
  const appleDir = appleSchemaSourceDir(root);
  if (!fs.existsSync(path.join(appleDir, 'SNAPSHOT.txt'))) {
    console.error(`gen:apple: Apple's schema YAML not found at ${appleDir} (set APPLE_SCHEMA_DIR)`);
    return 1;
  }
  const files = generateAppleSchemas({ appleDir, outDir, overlayDir: appleOverlayDir(root) });
  console.log(`gen:apple: wrote ${files.length} files to ${path.relative(process.cwd(), outDir) || '.'}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
