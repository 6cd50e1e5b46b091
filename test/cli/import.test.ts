import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server/index';
import { runCli } from './_run-cli';

/**
 * The round-trip guarantee on the quickstart: apply it → import the server into a new directory (YAML and CDKTF
 * TypeScript) → plan shows "No changes" → apply writes nothing.
 */
const ROOT = path.join(__dirname, '..', '..');

function quickstartCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-import-qs-'));
  fs.cpSync(path.join(ROOT, 'examples', 'quickstart'), path.join(dir, 'quickstart'), { recursive: true, filter: (src) => !src.includes('.applemdm') });
  return dir;
}

/** Every declaration's token and every set and asset on the embedded server: equal before and after = nothing written. */
async function snapshot(dataDir: string): Promise<string> {
  const server = await startEmbeddedServer({ dataDir, port: 0 });
  const backend = await openKmfddmBackend({ url: server.url, env: {} });
  try {
    const all = await backend.readAll!({});
    return JSON.stringify({ d: all.declarations.map((d) => [d.Identifier, d.ServerToken]), s: all.sets, a: all.assets });
  } finally {
    backend.close();
    await server.close();
  }
}

test('quickstart → import (YAML) → plan shows no changes → apply writes nothing', async () => {
  const dir = quickstartCopy();
  try {
    const config = path.join(dir, 'quickstart');
    const data = path.join(config, '.applemdm');
    const applied = await runCli(['apply', config, '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr);
    const before = await snapshot(data);

    const out = path.join(dir, 'imported');
    const imported = await runCli(['import', '--server', `embedded:${data}`, '--out', out]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Imported 12 resource\(s\)/);
    assert.doesNotMatch(imported.stdout, /Not imported/);
    assert.deepEqual(fs.readdirSync(out).sort(), ['app-assignments.yaml', 'applemdm.yaml', 'apps.yaml', 'device-groups.yaml', 'restrictions.yaml', 'software-updates.yaml']);
    const stack = parse(fs.readFileSync(path.join(out, 'applemdm.yaml'), 'utf8'));
    assert.equal(stack.stack, 'quickstart');
    assert.equal(stack.identifier_prefix, 'com.example.mdm');
    assert.equal(stack.server, `embedded:${data}`);
    const restrictions = parse(fs.readFileSync(path.join(out, 'restrictions.yaml'), 'utf8')).restrictions.baseline;
    assert.equal(restrictions.allowScreenShot, true, 'restriction keys are written with Apple names');
    assert.deepEqual(restrictions.icloud, { backup: false, document_sync: false, managed_apps_sync: false, keychain_sync: false, photo_library: false });
    // Apps come back from their records exactly as configured (bundle IDs and platforms included), nothing to review.
    const apps = parse(fs.readFileSync(path.join(out, 'apps.yaml'), 'utf8')).apps;
    assert.deepEqual(apps, parse(fs.readFileSync(path.join(config, 'apps.yaml'), 'utf8')).apps);
    assert.doesNotMatch(imported.stdout, /applemdm_app\.\w+\.(bundle_id|platforms):/);

    const plan = await runCli(['plan', out, '--detailed-exitcode']);
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    assert.match(plan.stdout, /No changes\. The server matches the configuration\./);
    const apply = await runCli(['apply', out, '--auto-approve']);
    assert.equal(apply.code, 0, apply.stderr);
    assert.match(apply.stdout, /No changes/);
    assert.equal(await snapshot(data), before, 'import, plan and apply wrote nothing to the server');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('quickstart → import --format ts: the CDKTF app synthesizes the same stack and plans as no change', async () => {
  const dir = quickstartCopy();
  try {
    const config = path.join(dir, 'quickstart');
    const data = path.join(config, '.applemdm');
    assert.equal((await runCli(['apply', config, '--auto-approve'])).code, 0);
    const out = path.join(dir, 'imported-ts');
    const imported = await runCli(['import', '--server', `embedded:${data}`, '--out', out, '--format', 'ts']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['app-assignments.ts', 'apps.ts', 'cdktf.json', 'device-groups.ts', 'main.ts', 'restrictions.ts', 'software-updates.ts']);
    assert.match(fs.readFileSync(path.join(out, 'main.ts'), 'utf8'), /from 'applemdm\/provider\/cdktf'/);
    // As a project that installed applemdm (and tsx) would resolve them.
    fs.mkdirSync(path.join(out, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(out, 'node_modules', 'applemdm'));
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'tsx'), path.join(out, 'node_modules', 'tsx'));
    const plan = await runCli(['plan', out, '--detailed-exitcode']);
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    assert.match(plan.stdout, /No changes\./);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('import --assets-dir outside the output directory: the operator typed it, so it is allowed; the written configuration then needs --allow-dir', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-import-assets-'));
  try {
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), 'stack: demo\nidentifier_prefix: com.example.mdm\ntargets:\n  iOS: "18.0"\n');
    fs.writeFileSync(path.join(config, 'groups.yaml'), 'device_groups:\n  sales: {}\n');
    const data = path.join(dir, 'data');
    assert.equal((await runCli(['apply', config, '--auto-approve', '--server', `embedded:${data}`])).code, 0);
    const out = path.join(dir, 'imported');
    const published = path.join(dir, 'published');
    const imported = await runCli(['import', '--server', `embedded:${data}`, '--out', out, '--stack', 'demo', '--identifier-prefix', 'com.example.mdm', '--assets-dir', published, '--assets-base-url', 'https://mdm.example.com/p']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(parse(fs.readFileSync(path.join(out, 'applemdm.yaml'), 'utf8')).assets, { base_url: 'https://mdm.example.com/p', dir: '../published' });
    const refused = await runCli(['validate', out]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /assets\.dir "\.\.\/published" resolves outside the configuration directory/);
    const allowed = await runCli(['validate', out, '--allow-dir', published]);
    assert.equal(allowed.code, 0, allowed.stderr);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
