import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { runCli, startServe, type ServeProcess } from '../server/serve-process';
import { Client } from '../server/helpers';
import { writeTestCaFiles } from '../server/device-certs';

/**
 * `applemdm serve` + `applemdm simulate` as real processes, the way docs/serve.md deploys them behind a proxy: serve
 * trusts the device CA and the proxy's certificate header; simulate issues each device a certificate from that CA and
 * sends it in the header. Devices sync; the same devices run again keep their enrollments; devices without
 * certificates are refused and change nothing.
 */
const KEY = 'serve-simulate-key';
const SET = 'com.example.sim.group.phones';
let serve: ServeProcess | undefined;
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-serve-simulate-'));
after(() => {
  serve?.child.kill('SIGKILL');
  fs.rmSync(root, { recursive: true, force: true });
});

function simulate(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const run = runCli(['simulate', ...args], { APPLEMDM_API_KEY: KEY });
  return run.exited.then((code) => ({ code, stdout: run.stdout(), stderr: run.stderr() }));
}

test('simulated devices authenticate to applemdm serve with CA-issued certificates', async () => {
  const ca = await writeTestCaFiles(root);
  serve = await startServe(['--data', path.join(root, 'data'), '--listen', '127.0.0.1:0', ...ca.serveFlags], { APPLEMDM_API_KEY: KEY });
  const backend = await openKmfddmBackend({ url: serve.url, apiKey: KEY, env: {} });
  try {
    const cfg = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.example.sim.cfg', Payload: { BundleID: 'com.example.app', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } } };
    const act = { Type: 'com.apple.activation.simple', Identifier: 'com.example.sim.activation', Payload: { StandardConfigurations: [cfg.Identifier] } };
    for (const d of [cfg, act]) {
      await backend.putDeclaration(d);
      await backend.addSetDeclaration(SET, d.Identifier);
    }
    const args = ['--server', serve.url, '--devices', '3', '--group', SET, '--seed', 'e2e', '--once', '--json'];
    for (const round of ['first run', 'same devices again']) {
      const run = await simulate([...args, ...ca.simulateFlags]);
      assert.equal(run.code, 0, `${round}: ${run.stderr}`);
      const summary = JSON.parse(run.stdout) as { synced: number; declarations: { identifier: string; valid: number }[] };
      assert.equal(summary.synced, 3, round);
      assert.deepEqual(summary.declarations.map((d) => [d.identifier, d.valid]), [['com.example.sim.activation', 3], ['com.example.sim.cfg', 3]]);
    }
    const enrollments = await new Client(serve.url, KEY).getJson<{ id: string; certificate_key_sha256: string | null }[]>('/v1/enrollments');
    assert.equal(enrollments.length, 3);
    assert.ok(enrollments.every((e) => /^[0-9a-f]{64}$/.test(e.certificate_key_sha256 ?? '')), 'each bound to its certificate');
    assert.equal(new Set(enrollments.map((e) => e.certificate_key_sha256)).size, 3, 'one key per device');

    const bare = await simulate(args);
    assert.equal(bare.code, 1);
    assert.match(bare.stderr, /refused/);
    assert.match(bare.stderr, /401/);
    const other = await simulate([...args.map((a) => (a === 'e2e' ? 'other-seed' : a)), '--identity-ca', ca.ca, '--cert-header', 'X-Applemdm-Device-Cert']);
    assert.equal(other.code, 1, 'a CA file without its key cannot issue identities');
    assert.match(other.stderr, /Unusable --identity-ca/);
  } finally {
    backend.close();
  }
  serve.child.kill('SIGTERM');
  assert.equal(await serve.exited, 0);
  assert.match(serve.stderr(), /path=\/tokens status=401/);
});
