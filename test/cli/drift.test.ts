import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { deviceHeaders, testDeviceAuth } from '../server/device-certs';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * `applemdm drift`: a key changed and a declaration deleted through the KMFDDM API, and a device reporting an invalid
 * declaration, each reported under its resource; exit 2 on drift, 0 without.
 */
const API_KEY = 'drift-key';
const SETTINGS = 'com.example.mdm.demo.software-update.ios.settings';
const ASSIGNMENT = 'com.example.mdm.demo.app-assignment.slack-sales';
const RESTRICTIONS = 'com.example.mdm.demo.restrictions.baseline';

async function withApplied(fn: (ctx: { server: EmbeddedServer; dir: string; api: (method: string, p: string, body?: unknown, headers?: Record<string, string>) => Promise<Response> }) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-drift-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, apiKey: API_KEY, deviceAuth: await testDeviceAuth() });
  const saved = { key: process.env.APPLEMDM_API_KEY, server: process.env.APPLEMDM_SERVER };
  process.env.APPLEMDM_API_KEY = API_KEY;
  process.env.APPLEMDM_SERVER = server.url;
  const auth = `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}`;
  const api = (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(p, server.url), { method, headers: { authorization: auth, ...headers, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  try {
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    const applied = await runCli(['apply', config, '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr);
    await fn({ server, dir: config, api });
  } finally {
    for (const [k, v] of [['APPLEMDM_API_KEY', saved.key], ['APPLEMDM_SERVER', saved.server]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('no drift right after apply: exit 0', async () => {
  await withApplied(async ({ dir }) => {
    const r = await runCli(['drift', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /No drift\./);
  });
});

test('a key changed and a declaration deleted through the KMFDDM API, and a device reporting an invalid declaration: exit 2, per resource', async () => {
  await withApplied(async ({ dir, api }) => {
    // Outside Git: someone raises the deferral and deletes the app assignment's declaration.
    const edited = await api('PUT', 'v1/declarations', { Type: 'com.apple.configuration.softwareupdate.settings', Identifier: SETTINGS, Payload: { Deferrals: { CombinedPeriodInDays: 30 } } });
    assert.equal(edited.status, 204);
    assert.equal((await api('DELETE', `v1/set-declarations/com.example.mdm.demo.device-group.sales?declaration=${ASSIGNMENT}`)).status, 204);
    assert.equal((await api('DELETE', `v1/declarations/${ASSIGNMENT}`)).status, 204);
    // A device in the group reports the restrictions' current declaration as invalid.
    const token = ((await (await api('GET', `v1/declarations/${RESTRICTIONS}`)).json()) as { ServerToken: string }).ServerToken;
    const report = { StatusItems: { management: { declarations: { configurations: [{ identifier: RESTRICTIONS, 'server-token': token, active: false, valid: 'invalid', reasons: [{ code: 'Error.ConfigurationCannotBeApplied', description: 'profile rejected' }] }] } } } };
    const reported = await api('PUT', 'status', report, await deviceHeaders('ENR-1'));
    assert.ok(reported.status < 300, `status report: HTTP ${reported.status}`);

    const text = await runCli(['drift', dir]);
    assert.equal(text.code, 2, text.stderr);
    assert.match(text.stdout, /applemdm_software_update\.ios\n  changed on the server \(outside Git\):\n    ~ Deferrals\.CombinedPeriodInDays \(declaration configuration\.softwareupdate\.settings\): server 30, Git 14/);
    assert.match(text.stdout, new RegExp(`applemdm_app_assignment\\.slack_sales\\n  missing on the server \\(deleted outside Git, or never applied\\): declaration:${ASSIGNMENT.replace(/\./g, '\\.')}`));
    assert.match(text.stdout, new RegExp(`applemdm_restrictions\\.baseline\\n  devices disagreeing \\(1\\):\\n    ENR-1: ${RESTRICTIONS.replace(/\./g, '\\.')} reports it invalid \\(Error\\.ConfigurationCannotBeApplied: profile rejected\\)`));
    assert.match(text.stdout, /Drift: 1 resource\(s\) changed outside Git, 1 with objects missing on the server, 0 not in Git, 1 device report\(s\) disagreeing\./);

    const json = await runCli(['drift', dir, '--format', 'json']);
    assert.equal(json.code, 2);
    const body = JSON.parse(json.stdout) as { drifted: boolean; summary: Record<string, number>; resources: { address: string; devices: { problem: string }[] }[] };
    assert.equal(body.drifted, true);
    assert.deepEqual(body.summary, { changed: 1, missing: 1, notInGit: 0, devices: 1, other: 0 });
    assert.deepEqual(body.resources.find((r) => r.address === 'applemdm_restrictions.baseline')?.devices.map((d) => d.problem), ['invalid']);

    const md = await runCli(['drift', dir, '--format', 'markdown']);
    assert.equal(md.code, 2);
    assert.match(md.stdout, /\| 1 \| 1 \| 0 \| 1 \| 0 \|/);
    assert.match(md.stdout, /\| `Deferrals\.CombinedPeriodInDays` \(declaration configuration\.softwareupdate\.settings\) \| `30` \| `14` \|/);

    // Once applied again, the server matches; the device's report is now for an older token (stale) until it syncs.
    assert.equal((await runCli(['apply', dir, '--auto-approve'])).code, 0);
    const after = JSON.parse((await runCli(['drift', dir, '--format', 'json'])).stdout) as { summary: Record<string, number> };
    assert.deepEqual(after.summary, { changed: 0, missing: 0, notInGit: 0, devices: 1, other: 0 });
  });
});

test('an invalid configuration or format is exit 1, never 2', async () => {
  await withApplied(async ({ dir }) => {
    assert.equal((await runCli(['drift', dir, '--format', 'html'])).code, 1);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig().replace('combined_days: 14', 'combined_days: 91'));
    const r = await runCli(['drift', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /resources\.yaml:\d+:\d+/);
  });
});
