import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { generateSpec, resourceCount, writeYamlConfig } from '../../bench/generate';
import { loadConfiguration } from '../../provider/frontends/load-config';
import { validateDocument } from '../../provider/resources/validate';

// The benchmark plans what bench/generate.ts writes; if the generator drifts from what validation accepts, the
// bench would measure error paths instead of plans. This keeps it honest at the smallest bench size.
test('the bench generator writes a YAML configuration of N resources that validates with no error', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-bench-gen-'));
  try {
    const spec = generateSpec(200);
    assert.equal(resourceCount(spec), 200);
    writeYamlConfig(spec, dir);
    const loaded = await loadConfiguration(dir);
    assert.deepEqual(loaded.diagnostics.toArray().filter((d) => d.severity === 'error'), []);
    assert.ok(loaded.document, 'the front end returned no document');
    assert.equal(loaded.document.resources.length, 200);
    const errors = validateDocument(loaded.document).toArray().filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => `${d.path.join('.')}: ${d.summary}`), []);
    const restrictionKeys = spec.restrictions.map((r) => Object.keys(r.attributes).length - 1);
    assert.ok(Math.min(...restrictionKeys) >= 20 && Math.max(...restrictionKeys) <= 60, `restriction key counts ${Math.min(...restrictionKeys)}–${Math.max(...restrictionKeys)}`);
    assert.equal(JSON.stringify(generateSpec(200)), JSON.stringify(spec), 'the generator is not deterministic');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
