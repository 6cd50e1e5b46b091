import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer } from '../../provider/server/index';
import { Fleet } from '../../provider/simulator/fleet';
import { testDeviceAuth, testFleetAuthentication } from '../server/device-certs';
import type { StatusReport } from '../../provider/engine/status';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * `applemdm status` end to end: apply a configuration DDM can express, let simulated devices sync (supervised iPhones
 * on iOS 18 and, put into the same group, Macs on macOS 14 that refuse the iOS-only declarations), then read status.
 */
const SALES = 'com.example.mdm.demo.device-group.sales';

test('status counts devices per resource from the enrollment registry and names the failing ones with reasons', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-status-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0, deviceAuth: await testDeviceAuth() });
  const fleets: Fleet[] = [];
  try {
    const dir = path.join(root, 'config');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    const applied = await runCli(['apply', dir, '--server', server.url, '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr);

    const spec = { serverUrl: server.url, env: {}, supervised: true, group: SALES, authentication: await testFleetAuthentication() };
    fleets.push(await Fleet.enroll({ ...spec, count: 4, platform: 'iOS', osVersion: '18.1', seed: 'status-phones' }));
    fleets.push(await Fleet.enroll({ ...spec, count: 2, platform: 'macOS', osVersion: '14.6', seed: 'status-macs' }));
    for (const f of fleets) await f.round();
    const macs = fleets[1]!.identities.map((d) => d.enrollmentId).sort();

    const json = await runCli(['status', dir, '--server', server.url, '--format', 'json']);
    assert.equal(json.code, 2, `not converged: ${json.stderr}`);
    const report = JSON.parse(json.stdout) as StatusReport;
    assert.equal(report.formatVersion, 1);
    assert.equal(report.deviceSource, 'registry');
    assert.equal(report.devices, 8, '6 enrolled + 2 static members (ENR-1, ENR-2) that never reported');
    const counts = Object.fromEntries(
      report.resources.map((r) => [r.address, r.declarations.length ? [r.devices, r.valid, r.active, r.pending, r.failed] : 'none']),
    );
    assert.deepEqual(counts, {
      'applemdm_app.slack': 'none',
      'applemdm_app_assignment.slack_sales': [8, 4, 4, 2, 2],
      'applemdm_device_group.field': 'none',
      'applemdm_device_group.sales': [8, 6, 6, 2, 0],
      'applemdm_restrictions.baseline': [8, 6, 6, 2, 0],
      'applemdm_software_update.ios': [8, 4, 4, 2, 2],
    });
    const app = report.resources.find((r) => r.address === 'applemdm_app_assignment.slack_sales')!;
    assert.deepEqual(app.pendingDevices, ['ENR-1', 'ENR-2']);
    assert.deepEqual(app.failures.map((f) => f.enrollmentId), macs);
    for (const f of app.failures) {
      assert.equal(f.platform, 'macOS');
      assert.equal(f.osVersion, '14.6');
      assert.deepEqual(f.declarations.map((d) => [d.identifier, d.valid, d.reasons.map((r) => r.code)]), [
        ['com.example.mdm.demo.app-assignment.slack-sales', 'invalid', ['Error.ConfigurationNotSupported']],
      ]);
    }

    const text = await runCli(['status', dir, '--server', server.url]);
    assert.equal(text.code, 2, 'not converged: exit 2 (0 is converged, 1 an error)');
    assert.match(text.stdout, /8 device\(s\) from the server's enrollment registry/);
    assert.match(text.stdout, /^applemdm_app_assignment\.slack_sales +8 device\(s\): 4 valid, 4 active, 2 pending, 2 failed$/m);
    // Identical failures are one line with a count, naming the devices and Apple's reason.
    const line = `failed on 2 device(s) (${macs.join(', ')}) [macOS 14.6]: com.example.mdm.demo.app-assignment.slack-sales: Error.ConfigurationNotSupported`;
    assert.equal(text.stdout.split('\n').filter((l) => l.trim() === line).length, 1, text.stdout);
    assert.match(text.stdout, /^applemdm_app\.slack +no DDM declarations/m);
    assert.match(text.stdout, /Not converged: 4 failed and 8 pending/);
  } finally {
    for (const f of fleets) f.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('status refuses a bad format and an unreachable server with a diagnostic, not a stack trace', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-status-bad-'));
  try {
    fs.writeFileSync(path.join(root, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(root, 'resources.yaml'), baseConfig());
    const format = await runCli(['status', root, '--server', 'http://127.0.0.1:9', '--format', 'markdown']);
    assert.equal(format.code, 1);
    assert.match(format.stderr, /Unknown format/);
    const down = await runCli(['status', root, '--server', 'http://127.0.0.1:9']);
    assert.equal(down.code, 1);
    assert.match(down.stderr, /Cannot read status from the server/);
    assert.doesNotMatch(down.stderr, /\n\s+at .+\.(js|ts):\d+:\d+/);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
