import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/** `applemdm destroy` against a real embedded server: only the stack's own objects go. */

const OWN = 'com.example.mdm.demo.';
const SALES_SET = 'com.example.mdm.demo.device-group.sales';
const FOREIGN = 'com.other.vendor.passcode';

function configDir(root: string, name: string, stack: string, resources: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), stack);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), resources);
  return dir;
}

async function api<T>(server: EmbeddedServer, method: string, p: string, body?: unknown): Promise<{ status: number; json: T }> {
  const res = await fetch(`${server.url}${p}`, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : undefined) as T };
}

test('destroy removes exactly the objects of its stack; foreign objects and their set membership survive', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-destroy-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  try {
    const demo = configDir(root, 'demo', STACK, baseConfig());
    const other = configDir(root, 'other', STACK.replace('stack: demo', 'stack: other'), baseConfig());
    for (const dir of [demo, other]) {
      const applied = await runCli(['apply', dir, '--server', server.url, '--auto-approve']);
      assert.equal(applied.code, 0, applied.stderr);
    }
    // Someone else's declaration, placed by hand into a set this stack owns.
    assert.equal((await api(server, 'PUT', '/v1/declarations', { Type: 'com.apple.configuration.passcode.settings', Identifier: FOREIGN, Payload: { MinimumLength: 6 } })).status, 204);
    assert.equal((await api(server, 'PUT', `/v1/set-declarations/${SALES_SET}?declaration=${FOREIGN}`)).status, 204);
    const before = (await api<string[]>(server, 'GET', '/v1/declarations')).json;
    assert.ok(before.some((id) => id.startsWith(OWN)));

    const unconfirmed = await runCli(['destroy', demo, '--server', server.url]);
    assert.equal(unconfirmed.code, 1);
    assert.match(unconfirmed.stderr, /Confirmation needed[\s\S]*destroy asks for confirmation on a terminal; without one, pass --auto-approve\./);
    assert.match(unconfirmed.stdout, /- applemdm_app_assignment\.slack_sales \(will be deleted\)/, 'the plan is shown first');
    assert.deepEqual((await api<string[]>(server, 'GET', '/v1/declarations')).json, before, 'nothing deleted without confirmation');

    const destroyed = await runCli(['destroy', demo, '--server', server.url, '--auto-approve']);
    assert.equal(destroyed.code, 0, destroyed.stderr);
    for (const address of ['applemdm_app_assignment.slack_sales', 'applemdm_device_group.sales', 'applemdm_restrictions.baseline', 'applemdm_software_update.ios']) {
      assert.match(destroyed.stdout, new RegExp(`- ${address.replace('.', '\\.')} \\(will be deleted\\)`));
      assert.match(destroyed.stdout, new RegExp(`^${address.replace('.', '\\.')}: done$`, 'm'));
    }
    assert.match(destroyed.stdout, /Foreign declaration in an owned set/);
    assert.match(destroyed.stdout, /Destroy complete: 0 created, 0 updated, 0 replaced, \d+ deleted, 0 failed\./);

    const after = (await api<string[]>(server, 'GET', '/v1/declarations')).json;
    assert.deepEqual(after.filter((id) => id.startsWith(OWN)), [], 'every owned declaration is gone');
    assert.deepEqual(after.filter((id) => !id.startsWith(OWN)), before.filter((id) => !id.startsWith(OWN)), "the other stack's and the foreign declarations are untouched");
    assert.deepEqual((await api(server, 'GET', `/v1/set-declarations/${SALES_SET}`)).json, [FOREIGN], 'the foreign membership is left in place');
    const assets = (await api<{ name: string }[]>(server, 'GET', '/v1/assets')).json.map((a) => a.name);
    assert.deepEqual(assets.filter((n) => n.startsWith(OWN)), []);
    assert.ok(assets.some((n) => n.startsWith('com.example.mdm.other.')));

    const otherPlan = await runCli(['plan', other, '--server', server.url, '--detailed-exitcode']);
    assert.equal(otherPlan.code, 0, `the other stack still matches its configuration:\n${otherPlan.stdout}`);

    const again = await runCli(['destroy', demo, '--server', server.url, '--auto-approve']);
    assert.equal(again.code, 0, again.stderr);
    assert.equal(again.stdout, 'Nothing to destroy: the server holds no objects of stack "demo".\n');
  } finally {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('destroy takes the apply lock: while another apply holds it, nothing is read or deleted', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-destroy-lock-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  try {
    const demo = configDir(root, 'demo', STACK, baseConfig());
    assert.equal((await runCli(['apply', demo, '--server', server.url, '--auto-approve'])).code, 0);
    const held = await api(server, 'PUT', '/v1/locks/com.example.mdm.demo.lock', { owner: 'carol@ci pid 77 run abcdef', ttl_seconds: 600 });
    assert.equal(held.status, 204);
    const before = (await api<string[]>(server, 'GET', '/v1/declarations')).json;

    const refused = await runCli(['destroy', demo, '--server', server.url, '--auto-approve']);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Another apply holds the lock[\s\S]*held by carol@ci pid 77 run abcdef/);
    assert.deepEqual((await api<string[]>(server, 'GET', '/v1/declarations')).json, before);

    const badTimeout = await runCli(['destroy', demo, '--server', server.url, '--auto-approve', '--lock-timeout', 'soon']);
    assert.equal(badTimeout.code, 1);
    assert.match(badTimeout.stderr, /Invalid lock timeout/);
  } finally {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
