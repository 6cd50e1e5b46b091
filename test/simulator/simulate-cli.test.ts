import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server';
import { parseSimulateFlags, type SimulateOptions } from '../../provider/cli/commands/simulate';
import { UserError } from '../../provider/cli/user-error';
import { Fleet, formatSummary } from '../../provider/simulator/fleet';
import { testDeviceAuth, testFleetAuthentication, writeTestCaFiles } from '../server/device-certs';

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
  const server = await startEmbeddedServer({ dataDir, apiKey: 'sim-key', deviceAuth: await testDeviceAuth() });
  const caFiles = await writeTestCaFiles(dataDir);
  const backend = await openKmfddmBackend({ url: server.url, apiKey: 'sim-key', env: {} });
  try {
    const set = 'com.example.sim.group.phones';
    const app = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.example.sim.app', Payload: { BundleID: 'com.example.app', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } } };
    const act = { Type: 'com.apple.activation.simple', Identifier: 'com.example.sim.activation', Payload: { StandardConfigurations: [app.Identifier] } };
    for (const d of [app, act]) {
      await backend.putDeclaration(d);
      await backend.addSetDeclaration(set, d.Identifier);
    }
    const args = ['simulate', '--server', server.url, '--devices', '3', '--group', set, '--seed', 's1', '--once', '--json', ...caFiles.simulateFlags];
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
    // Macs through the library (a spawned CLI costs seconds of start-up), with the key from a file.
    const keyFile = path.join(dataDir, 'api-key');
    fs.writeFileSync(keyFile, 'sim-key\n');
    const macs = await Fleet.enroll({ serverUrl: server.url, env: { APPLEMDM_API_KEY_FILE: keyFile }, count: 3, platform: 'macOS', osVersion: '14.0', supervised: true, group: set, seed: 's1', authentication: await testFleetAuthentication() });
    try {
      assert.match(formatSummary(await macs.round()), /com\.example\.sim\.app: valid 0, invalid 3, active 0 {2}\[Error\.ConfigurationNotSupported×3\]/);
      // A notify reaches the devices of the set through the server's notification log, as a push would.
      assert.equal(macs.notificationLog, true);
      assert.deepEqual(await macs.notifiedDevices(), []);
      await backend.putDeclaration({ ...app, Payload: { ...app.Payload, IncludeInBackup: false } });
      await backend.notify({ sets: [set] });
      const notified = await macs.notifiedDevices();
      assert.equal(notified.length, 3);
      assert.equal((await macs.round(notified)).synced, 3);
      assert.deepEqual(await macs.notifiedDevices(), []);
    } finally {
      macs.close();
    }
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

const badFlags: [Partial<SimulateOptions>, RegExp][] = [
  [{ devices: '0' }, /Invalid --devices/],
  [{ devices: 'many' }, /Invalid --devices/],
  [{ platform: 'tvOS' }, /Invalid --platform/],
  [{ os: 'latest' }, /Invalid --os/],
  [{ interval: '0' }, /Invalid --interval/],
  [{ ddmUrl: 'ftp://x' }, /Invalid --ddm-url/],
];

for (const [flags, message] of badFlags) {
  test(`applemdm simulate ${JSON.stringify(flags)}: a diagnostic before any request`, () => {
    const opts: SimulateOptions = { server: 'http://127.0.0.1:9', devices: '1', platform: 'iOS', seed: 's', interval: '60', ...flags };
    assert.throws(() => parseSimulateFlags(opts), (err: unknown) => err instanceof UserError && message.test(err.diagnostics[0]?.summary ?? ''));
  });
}

test('applemdm simulate without --once: syncs, reacts to a notify, stops on SIGTERM', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-simulate-loop-'));
  const server = await startEmbeddedServer({ dataDir, deviceAuth: await testDeviceAuth() });
  const caFiles = await writeTestCaFiles(dataDir);
  const backend = await openKmfddmBackend({ url: server.url, env: {} });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'provider/cli/run.ts'), 'simulate', '--server', server.url, '--devices', '2', '--group', 'loop.set', '--interval', '3600', ...caFiles.simulateFlags],
    { cwd: ROOT, env: { ...process.env, APPLEMDM_API_KEY: '' } },
  );
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp): Promise<void> => {
    for (let i = 0; i < 600 && !pattern.test(stdout); i++) await new Promise((r) => setTimeout(r, 50));
    assert.match(stdout, pattern);
  };
  try {
    await waitFor(/2 device\(s\), 2 synced\n {2}\(no declarations reach these devices\)/);
    await backend.putDeclaration({ Type: 'com.apple.activation.simple', Identifier: 'loop.activation', Payload: { StandardConfigurations: [] } });
    await backend.addSetDeclaration('loop.set', 'loop.activation');
    await backend.notify({ sets: ['loop.set'] });
    await waitFor(/loop\.activation: valid 2, invalid 0, active 2/);
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    child.kill('SIGKILL');
    backend.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('applemdm simulate against a server that is down: a diagnostic, exit 1, no stack trace', async () => {
  const run = await cli(['simulate', '--server', 'http://127.0.0.1:9', '--once']);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /Cannot reach the server/);
  assert.doesNotMatch(run.stderr, /\n\s+at .+:\d+:\d+/);
});
