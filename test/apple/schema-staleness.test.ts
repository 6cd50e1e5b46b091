import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { generateAppleSchemas } from '../../scripts/gen-apple/generate';
import { appleOverlayDir, appleSchemaSourceDir } from '../../scripts/gen-apple/locations';

const root = path.join(__dirname, '..', '..');
const committed = path.join(root, 'schemas', 'apple');
const appleDir = appleSchemaSourceDir(root);
const missing = fs.existsSync(path.join(appleDir, 'SNAPSHOT.txt')) ? undefined : `Apple's YAML not found at ${appleDir}`;

describe('schemas/apple is up to date', { skip: missing }, () => {
  it('regenerating gives the committed files byte for byte', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-gen-apple-'));
    try {
      const written = generateAppleSchemas({ appleDir, outDir: out, overlayDir: appleOverlayDir(root) });
      assert.deepEqual(fs.readdirSync(committed).sort(), written, 'file set differs: run npm run gen:apple');
      for (const file of written) {
        const fresh = fs.readFileSync(path.join(out, file), 'utf8');
        assert.ok(fresh === fs.readFileSync(path.join(committed, file), 'utf8'), `${file} is stale: run npm run gen:apple`);
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('removes generated files that are no longer covered', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-gen-apple-'));
    try {
      fs.writeFileSync(path.join(out, 'profile.com.example.gone.schema.json'), '{}\n');
      fs.writeFileSync(path.join(out, 'README.md'), 'kept\n');
      generateAppleSchemas({ appleDir, outDir: out, overlayDir: appleOverlayDir(root) });
      assert.equal(fs.existsSync(path.join(out, 'profile.com.example.gone.schema.json')), false);
      assert.equal(fs.existsSync(path.join(out, 'README.md')), true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('writes sorted keys, 2-space indent and a trailing newline', () => {
    const text = fs.readFileSync(path.join(committed, 'index.json'), 'utf8');
    assert.ok(text.endsWith('}\n'));
    assert.equal(text, `${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    assert.deepEqual(Object.keys(JSON.parse(text)), ['commit', 'overlays', 'release', 'schemas']);
  });
});
