import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer } from '../../provider/server/index';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * Drift between plan and apply: an edit made on the server (through the KMFDDM API) after `plan --out` is caught by
 * the saved plan's fingerprints, and nothing is written — for owned objects and for adopted ones alike.
 */
const API_KEY = 'saved-plan-key';

async function withServer(fn: (dir: string, api: (method: string, p: string, body?: unknown) => Promise<Response>) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-saved-plan-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, apiKey: API_KEY });
  const saved = { key: process.env.APPLEMDM_API_KEY, server: process.env.APPLEMDM_SERVER };
  process.env.APPLEMDM_API_KEY = API_KEY;
  process.env.APPLEMDM_SERVER = server.url;
  const auth = `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}`;
  const api = (method: string, p: string, body?: unknown) =>
    fetch(new URL(p, server.url), { method, headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  try {
    await fn(dir, api);
  } finally {
    for (const [k, v] of [['APPLEMDM_API_KEY', saved.key], ['APPLEMDM_SERVER', saved.server]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function token(api: (m: string, p: string) => Promise<Response>, id: string): Promise<string> {
  return ((await (await api('GET', `v1/declarations/${id}`)).json()) as { ServerToken: string }).ServerToken;
}

test('a server-side edit between plan --out and apply is refused by the saved plan, and nothing is written', async () => {
  await withServer(async (dir, api) => {
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    assert.equal((await runCli(['apply', config, '--auto-approve'])).code, 0);

    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig({ cloudBackup: true }));
    const planFile = path.join(dir, 'plan.json');
    const planned = await runCli(['plan', config, '--out', planFile]);
    assert.equal(planned.code, 0, planned.stderr);
    const restrictions = 'com.example.mdm.demo.restrictions.baseline';
    const restrictionsBefore = await token(api, restrictions);

    const settings = 'com.example.mdm.demo.software-update.ios.settings';
    const edit = await api('PUT', 'v1/declarations', { Type: 'com.apple.configuration.softwareupdate.settings', Identifier: settings, Payload: { Deferrals: { CombinedPeriodInDays: 60 } } });
    assert.equal(edit.status, 204);

    const refused = await runCli(['apply', planFile]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`Server changed since the plan[\\s\\S]*declaration:${settings.replace(/\./g, '\\.')}`));
    assert.equal(await token(api, restrictions), restrictionsBefore, 'the planned restrictions change was not written');
  });
});

test('a saved plan of adopted objects applies once, and an edit to an adopted object after planning is refused', async () => {
  await withServer(async (dir, api) => {
    const foreign = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.acme.slack', Payload: { AppStoreID: '618783545', InstallBehavior: { Install: 'Optional', License: { Assignment: 'Device' } } } };
    assert.equal((await api('PUT', 'v1/declarations', foreign)).status, 204);
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    const resources = (intent: string) =>
      `device_groups:\n  phones: {}\napps:\n  slack:\n    bundle_id: com.tinyspeck.chatlyio\n    adam_id: "618783545"\n    license: device\n    platforms: [iOS]\napp_assignments:\n  slack:\n    identifier: com.acme.slack\n    adopt: true\n    app: slack\n    intent: ${intent}\n    scope: { groups: [phones] }\n`;
    fs.writeFileSync(path.join(config, 'resources.yaml'), resources('required'));

    const planFile = path.join(dir, 'plan.json');
    assert.equal((await runCli(['plan', config, '--out', planFile])).code, 0);
    const applied = await runCli(['apply', planFile]);
    assert.equal(applied.code, 0, applied.stderr);
    assert.equal(((await (await api('GET', 'v1/declarations/com.acme.slack')).json()) as { Payload: { InstallBehavior: { Install: string } } }).Payload.InstallBehavior.Install, 'Required');

    fs.writeFileSync(path.join(config, 'resources.yaml'), resources('available'));
    assert.equal((await runCli(['plan', config, '--out', planFile])).code, 0);
    assert.equal((await api('PUT', 'v1/declarations', { ...foreign, Payload: { ...foreign.Payload, IncludeInBackup: false } })).status, 204);
    const refused = await runCli(['apply', planFile]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Server changed since the plan[\s\S]*declaration:com\.acme\.slack/);
  });
});
