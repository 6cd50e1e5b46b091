import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server';

const ROOT = path.resolve(__dirname, '..', '..');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'provider/cli/run.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, APPLEMDM_API_KEY: '', APPLEMDM_API_KEY_FILE: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

test('applemdm simulate --once: devices join the group, sync, and the registry learns their facts', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-simulate-'));
  const server = await startEmbeddedServer({ dataDir, apiKey: 'sim-key' });
  const backend = await openKmfddmBackend({ url: server.url, apiKey: 'sim-key', env: {} });
  try {
    const set = 'com.example.sim.group.phones';
    const app = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.example.sim.app', Payload: { BundleID: 'com.example.app', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } } };
    const act = { Type: 'com.apple.activation.simple', Identifier: 'com.example.sim.activation', Payload: { StandardConfigurations: [app.Identifier] } };
    for (const d of [app, act]) {
      await backend.putDeclaration(d);
      await backend.addSetDeclaration(set, d.Identifier);
    }
    const args = ['simulate', '--server', server.url, '--devices', '3', '--group', set, '--seed', 's1', '--once', '--json'];
    const ios = await cli(args, { APPLEMDM_API_KEY: 'sim-key' });
    assert.equal(ios.code, 0, ios.stderr);
    const summary = JSON.parse(ios.stdout) as { devices: number; synced: number; declarations: { identifier: string; valid: number; invalid: number; active: number }[] };
    assert.equal(summary.devices, 3);
    assert.equal(summary.synced, 3);
    assert.deepEqual(
      summary.declarations.map((d) => [d.identifier, d.valid, d.invalid, d.active]),
      [
        ['com.example.sim.activation', 3, 0, 3],
        ['com.example.sim.app', 3, 0, 3],
      ],
    );
    // The same seed on another platform gives other devices; app.managed is not supported on macOS 14.
    const mac = await cli([...args.slice(0, -1), '--platform', 'macOS', '--os', '14.0', '--supervised'], { APPLEMDM_API_KEY: 'sim-key' });
    assert.equal(mac.code, 0, mac.stderr);
    assert.match(mac.stdout, /com\.example\.sim\.app: valid 0, invalid 3, active 0 {2}\[Error\.ConfigurationNotSupported×3\]/);
    const enrollments = await backend.enrollments();
    assert.equal(enrollments.length, 6);
    const phone = enrollments.find((e) => e.platform === 'iOS');
    assert.equal(phone?.osVersion, '18.1');
    assert.equal(phone?.supervised, false);
    assert.match(phone?.model ?? '', /^(iPhone|iPad)/);
    assert.equal(enrollments.filter((e) => e.platform === 'macOS' && e.supervised === true).length, 3);
  } finally {
    backend.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('applemdm simulate: bad flags and an unreachable server are diagnostics, exit 1', async () => {
  const bad = await cli(['simulate', '--server', 'http://127.0.0.1:9', '--devices', '0', '--once']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /Invalid --devices/);
  const platform = await cli(['simulate', '--server', 'http://127.0.0.1:9', '--platform', 'tvOS', '--once']);
  assert.equal(platform.code, 1);
  assert.match(platform.stderr, /Invalid --platform/);
  const down = await cli(['simulate', '--server', 'http://127.0.0.1:9', '--once']);
  assert.equal(down.code, 1);
  assert.match(down.stderr, /Cannot reach the server/);
  assert.doesNotMatch(down.stderr, /at .*\.ts:\d+/, 'no stack trace');
});
