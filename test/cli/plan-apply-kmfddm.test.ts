import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { requirePeer, startKmfddm } from '../peers/peers';
import { startStaticServer } from '../peers/static-server';
import { baseConfig } from '../engine/support/harness';

/**
 * plan → apply → plan through the real CLI against real KMFDDM (pinned, built from the Go module proxy). KMFDDM hosts
 * no files, so profiles go to a directory published by a web server, as a user would run it next to KMFDDM.
 */
const ROOT = path.join(__dirname, '..', '..');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const skip = requirePeer('kmfddm').skip;

test('plan → apply → plan with the CLI against real KMFDDM', { skip }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-kmfddm-'));
  const published = path.join(root, 'published');
  const kmfddm = await startKmfddm({ dataDir: path.join(root, 'kmfddm') });
  const web = await startStaticServer(published);
  try {
    const dir = path.join(root, 'config');
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, 'applemdm.yaml'),
      `stack: demo\nidentifier_prefix: com.example.mdm\ntargets:\n  iOS: "18.0"\nexternal_uuids: [9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB]\nassets:\n  dir: ${published}\n  base_url: ${web.url}\n`,
    );
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    const env = { ...process.env, NO_COLOR: '1', APPLEMDM_API_KEY: kmfddm.apiKey };
    // The published directory lies outside the configuration, so the operator allows it (--allow-dir).
    const cli = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'provider/cli/run.ts'), ...args, '--server', kmfddm.url, '--allow-dir', published], { cwd: dir, encoding: 'utf8', env, input: '', timeout: 120_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const p1 = cli(['plan', '.', '--detailed-exitcode']);
    assert.equal(p1.code, 2, p1.stderr);
    assert.match(p1.stdout, /Plan: 5 to create/);
    const applied = cli(['apply', '.', '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr + applied.stdout);
    assert.match(applied.stdout, /Apply complete: 5 created/);
    assert.ok(fs.readdirSync(published).some((f) => f.endsWith('.mobileconfig')), 'the profile was published for devices');
    const p2 = cli(['plan', '.', '--detailed-exitcode']);
    assert.equal(p2.code, 0, p2.stderr + p2.stdout);
    assert.match(p2.stdout, /No changes/);
    assert.doesNotMatch(applied.stdout + applied.stderr + p1.stdout + p2.stdout, new RegExp(kmfddm.apiKey), 'the API key is never printed');
  } finally {
    await web.close();
    await kmfddm.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
