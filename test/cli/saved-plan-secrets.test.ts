import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DdmOperation, Plan } from '../../provider/engine/plan';
import { withoutSecrets } from '../../provider/engine/plan-secrets';
import { renderJson } from '../../provider/engine/render/json';
import { startEmbeddedServer } from '../../provider/server/index';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * `applemdm apply plan.json` of a plan whose writes were saved as hashes (what `plan --out` writes for a write holding a
 * secret). No configuration compiles to a secret-holding write on this server yet (app configuration needs the command
 * channel), so the test marks the writes of an ordinary plan as the planner marks secret-holding ones. Apply derives
 * the plan again and compares it in saved form (engine/saved-plan-diff.ts): writes the configuration does not derive
 * as secret-holding, or whose hash differs, are refused with nothing written. The equal-hash case is covered by
 * test/engine/saved-plan-diff.test.ts.
 */
const API_KEY = 'saved-plan-secrets-key';

async function withStack(fn: (config: string, planFile: string, get: (id: string) => Promise<Response>) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-plan-secrets-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, apiKey: API_KEY });
  const saved = { key: process.env.APPLEMDM_API_KEY, server: process.env.APPLEMDM_SERVER };
  process.env.APPLEMDM_API_KEY = API_KEY;
  process.env.APPLEMDM_SERVER = server.url;
  const auth = `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}`;
  try {
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    await fn(config, path.join(dir, 'plan.json'), (id) => fetch(new URL(`v1/declarations/${id}`, server.url), { headers: { authorization: auth } }));
  } finally {
    for (const [k, v] of [['APPLEMDM_API_KEY', saved.key], ['APPLEMDM_SERVER', saved.server]] as const) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const HIDDEN = (o: DdmOperation) => (o.op === 'put-declaration' && !o.declaration.Type.startsWith('com.apple.activation')) || o.op === 'put-asset';

/** The saved plan with its configuration and profile writes hidden as secret-holding writes are. */
function hideWrites(planFile: string): { plan: Plan; hidden: DdmOperation[] } {
  const plan = JSON.parse(fs.readFileSync(planFile, 'utf8')) as Plan;
  const ops = plan.operations as DdmOperation[];
  const hidden = ops.filter(HIDDEN);
  const marked = { ...plan, operations: ops.map((o) => (HIDDEN(o) ? { ...o, sensitive: true as const } : o)) };
  const written = withoutSecrets(marked);
  fs.writeFileSync(planFile, renderJson(written));
  return { plan: written, hidden };
}

test('hashed writes: the saved form holds no payload, and writes the configuration does not derive as secret-holding are refused', async () => {
  await withStack(async (config, planFile, get) => {
    assert.equal((await runCli(['plan', config, '--out', planFile])).code, 0);
    const { plan, hidden } = hideWrites(planFile);
    const hashes = (plan.operations as DdmOperation[]).flatMap((o) => (o.op === 'put-declaration' && o.payloadSha256 ? [o.payloadSha256] : []));
    assert.equal(new Set(hashes).size, hashes.length, 'each payload has its own hash');
    assert.ok(hidden.some((o) => o.op === 'put-asset') && hidden.some((o) => o.op === 'put-declaration'), 'both kinds of write are hidden');
    const saved = JSON.parse(fs.readFileSync(planFile, 'utf8')) as Plan;
    for (const o of plan.operations as DdmOperation[]) {
      if (o.op === 'put-asset' && o.sensitive) assert.equal(o.bytesBase64, '');
      if (o.op === 'put-declaration' && o.sensitive) assert.deepEqual(o.declaration.Payload, {});
    }
    assert.doesNotMatch(JSON.stringify(saved.operations), /allowCloudBackup|Deferrals|AppStoreID/, 'no payload is left in the writes');
    assert.deepEqual(saved, plan, 'rendering a hidden plan again keeps its hashes');
    const refused = await runCli(['apply', planFile]);
    assert.equal(refused.code, 1, refused.stderr);
    assert.match(refused.stderr, /Plan differs from the configuration and server/);
    for (const o of hidden) if (o.op === 'put-declaration') assert.equal((await get(o.declaration.Identifier)).status, 404, 'nothing was written');
  });
});

test('a hashed write that compiles differently now (its secret changed) is refused and nothing is written', async () => {
  await withStack(async (config, planFile, get) => {
    assert.equal((await runCli(['plan', config, '--out', planFile])).code, 0);
    const { plan, hidden } = hideWrites(planFile);
    const ops = plan.operations as DdmOperation[];
    const target = ops.find((o): o is Extract<DdmOperation, { op: 'put-declaration' }> => o.op === 'put-declaration' && o.sensitive === true)!;
    target.payloadSha256 = '0'.repeat(64);
    fs.writeFileSync(planFile, renderJson(plan));
    const refused = await runCli(['apply', planFile]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Plan differs from the configuration and server/);
    assert.match(refused.stderr, /put-declaration/);
    for (const o of hidden) if (o.op === 'put-declaration') assert.equal((await get(o.declaration.Identifier)).status, 404, 'nothing was written');
  });
});
