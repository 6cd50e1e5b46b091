import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../provider/core/paths';
import { BINDINGS_DIR, generateBindingArtifacts } from '../../scripts/gen-bindings/index';

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

test('the committed CDKTF bindings are what gen:bindings generates from the schemas', async () => {
  const root = packageRoot();
  const generated = await generateBindingArtifacts();
  const expected = [...generated.keys()].filter((f) => f.startsWith(`${BINDINGS_DIR}/`)).sort();
  const committed = listFiles(path.join(root, BINDINGS_DIR)).map((f) => `${BINDINGS_DIR}/${f}`).sort();
  assert.deepEqual(committed, expected, 'stale bindings: run npm run gen:bindings and commit the result');
  for (const [file, text] of generated) {
    assert.equal(fs.readFileSync(path.join(root, file), 'utf8'), text, `${file} is stale: run npm run gen:bindings and commit the result`);
  }
});

test('only provider/cdktf/cdk.ts imports cdktf, so switching to cdktn stays a two-line change', () => {
  const root = packageRoot();
  const offenders: string[] = [];
  for (const top of ['provider', 'examples']) {
    for (const file of listFiles(path.join(root, top))) {
      if (!file.endsWith('.ts') || file.includes('node_modules/') || file.includes('cdktf.out/')) continue;
      const rel = `${top}/${file}`;
      if (rel === 'provider/cdktf/cdk.ts') continue;
      if (/from ['"]cdkt[fn]['"]|require\(['"]cdkt[fn]['"]\)/.test(fs.readFileSync(path.join(root, rel), 'utf8'))) offenders.push(rel);
    }
  }
  assert.deepEqual(offenders, []);
  assert.match(fs.readFileSync(path.join(root, 'provider', 'cdktf', 'cdk.ts'), 'utf8'), /^export \* from 'cdkt[fn]';$/m, 'cdk.ts re-exports cdktf (or its fork cdktn)');
});
