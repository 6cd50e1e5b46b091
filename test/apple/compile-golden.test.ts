import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeArtifacts } from '../../provider/apple/artifact-files';
import { compileDocument } from '../../provider/apple/compile-document';
import { desiredServerState } from '../../provider/apple/ddm-state';
import { loadGdmfCatalog } from '../../provider/apple/gdmf/load-catalog';
import { loadConfiguration } from '../../provider/frontends/load-config';
import { validateDocument } from '../../provider/resources/validate';
import { assertValidArtifacts } from './compile-helpers';

// Directory snapshot of `compile examples/quickstart` as of a fixed day. UPDATE_GOLDEN=1 rewrites it.
const ROOT = path.join(__dirname, '..', '..');
const GOLDEN = path.join(ROOT, 'test', 'golden', 'quickstart');
const NOW = new Date('2024-11-01T12:00:00Z');

async function compileQuickstart(outDir: string) {
  const { document, diagnostics } = await loadConfiguration(path.join(ROOT, 'examples', 'quickstart'));
  assert.ok(document, JSON.stringify(diagnostics.toArray(), null, 1));
  assert.equal(validateDocument(document).hasError(), false);
  const { catalog } = await loadGdmfCatalog(document.stack.catalog ?? '', { root: document.baseDir });
  assert.ok(catalog);
  const result = compileDocument(document, { now: NOW, catalog });
  assert.equal(result.diagnostics.hasError(), false, JSON.stringify(result.diagnostics.toArray(), null, 1));
  writeArtifacts(outDir, result.artifacts);
  const state = desiredServerState(document, result.artifacts);
  const summary = {
    diagnostics: result.diagnostics.toArray().map((d) => ({ severity: d.severity, code: d.code, path: d.path.join('.') })),
    serverState: {
      declarations: state.declarations.map((d) => `${d.Type} ${d.Identifier}`),
      sets: state.sets,
      enrollmentSets: state.enrollmentSets,
      unresolvedSerialNumbers: state.unresolvedSerialNumbers,
      assets: state.assets.map((a) => ({ name: a.name, contentType: a.contentType, sha256: a.sha256 })),
      diagnostics: state.diagnostics.toArray().map((d) => d.code),
    },
  };
  fs.writeFileSync(path.join(outDir, 'compile-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return result;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

test('quickstart compiles to the golden directory, byte for byte', async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-golden-'));
  const result = await compileQuickstart(out);
  assertValidArtifacts(result.artifacts);
  if (process.env.UPDATE_GOLDEN === '1') {
    fs.rmSync(GOLDEN, { recursive: true, force: true });
    fs.cpSync(out, GOLDEN, { recursive: true });
  }
  const got = listFiles(out);
  assert.deepEqual(got, listFiles(GOLDEN), 'file set differs from test/golden/quickstart (UPDATE_GOLDEN=1 to accept)');
  for (const f of got) {
    assert.equal(fs.readFileSync(path.join(out, f), 'utf8'), fs.readFileSync(path.join(GOLDEN, f), 'utf8'), `${f} differs (UPDATE_GOLDEN=1 to accept)`);
  }
});

test('a second compile gives identical bytes', async () => {
  const a = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-golden-'));
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-golden-'));
  await compileQuickstart(a);
  await compileQuickstart(b);
  const files = listFiles(a);
  assert.deepEqual(files, listFiles(b));
  for (const f of files) assert.ok(fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))), f);
});
