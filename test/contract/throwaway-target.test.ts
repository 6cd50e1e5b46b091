import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerTarget } from '../../provider/targets/registry';
import { runCli } from '../cli/_run-cli';
import { memoryTargetType, STATUS_CALLS, STORES, WRITES } from './support/memory-target';

/**
 * A target added from the test folder only (support/memory-target.ts, registered here): the real CLI plans, saves,
 * verifies and applies through it exactly as through the built-in ones, and refuses a tampered saved plan unwritten.
 */
const SERVER = 'memory://throwaway';
let dir: string;
let unregister: () => void;

before(() => {
  unregister = registerTarget(memoryTargetType);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-throwaway-'));
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), 'stack: demo\nidentifier_prefix: com.example.mdm\ntargets:\n  iOS: "18.0"\n');
  fs.writeFileSync(path.join(dir, 'resources.yaml'), 'device_groups:\n  sales:\n    supervised: "true"\nrestrictions:\n  baseline:\n    scope:\n      groups: [sales]\n    allow_camera: false\n');
});
after(() => {
  unregister();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('plan and apply through a target registered by the test', async () => {
  const planned = await runCli(['plan', dir, '--server', SERVER, '--detailed-exitcode']);
  assert.equal(planned.code, 2, planned.stderr);
  assert.match(planned.stdout, /applemdm_restrictions\.baseline/);
  const applied = await runCli(['apply', dir, '--server', SERVER, '--auto-approve']);
  assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
  assert.deepEqual([...STORES.get(SERVER)!.keys()].sort(), ['applemdm_device_group.sales', 'applemdm_restrictions.baseline']);
  const again = await runCli(['plan', dir, '--server', SERVER, '--detailed-exitcode']);
  assert.equal(again.code, 0, again.stdout);
});

test('a saved plan for the throwaway target is verified: tampered → refused unwritten; as made → applied', async () => {
  fs.writeFileSync(path.join(dir, 'resources.yaml'), fs.readFileSync(path.join(dir, 'resources.yaml'), 'utf8').replace('allow_camera: false', 'allow_camera: true'));
  const file = path.join(dir, 'plan.json');
  const saved = await runCli(['plan', dir, '--server', SERVER, '--out', file]);
  assert.equal(saved.code, 0, saved.stderr);
  const plan = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(plan.operations.map((o: { op: string }) => o.op), ['memory-put']);

  const tampered = path.join(dir, 'tampered.json');
  fs.writeFileSync(tampered, JSON.stringify({ ...plan, operations: [{ ...plan.operations[0], value: '{"allow_camera":false,"extra":1}' }] }));
  const writes = WRITES.length;
  const refused = await runCli(['apply', tampered, '--server', SERVER]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /Plan differs from the configuration and server/);
  assert.match(refused.stderr, /operation 1 \(memory-put, applemdm_restrictions\.baseline\): value/);
  const foreign = path.join(dir, 'foreign.json');
  fs.writeFileSync(foreign, JSON.stringify({ ...plan, operations: [{ op: 'put-declaration', phase: 20, address: 'applemdm_restrictions.baseline', declaration: { Type: 't', Identifier: 'x', Payload: {} } }] }));
  const wrongKind = await runCli(['apply', foreign, '--server', SERVER]);
  assert.equal(wrongKind.code, 1);
  assert.match(wrongKind.stderr, /put-declaration operation, which the memory target does not write/);
  assert.equal(WRITES.length, writes, 'nothing written');

  const ok = await runCli(['apply', file, '--server', SERVER]);
  assert.equal(ok.code, 0, `${ok.stdout}\n${ok.stderr}`);
  assert.match(STORES.get(SERVER)!.get('applemdm_restrictions.baseline')!, /"allow_camera":true/);
});

test('status runs the throwaway target\'s own status; drift and destroy, which it lacks, are refused naming it', async () => {
  const calls = STATUS_CALLS.length;
  const status = await runCli(['status', dir, '--server', SERVER, '--format', 'json']);
  assert.equal(status.code, 0, status.stderr);
  assert.equal(STATUS_CALLS.length, calls + 1);
  const report = JSON.parse(status.stdout);
  assert.deepEqual(report.backend, { kind: 'memory', url: SERVER });
  assert.deepEqual(report.resources.map((r: { address: string }) => r.address).sort(), ['applemdm_device_group.sales', 'applemdm_restrictions.baseline']);

  const writes = WRITES.length;
  for (const command of ['drift', 'destroy']) {
    const run = await runCli([command, dir, '--server', SERVER, ...(command === 'destroy' ? ['--auto-approve'] : [])]);
    assert.equal(run.code, 1, `${command}: ${run.stdout}`);
    assert.match(run.stderr, new RegExp(`${command} is not available on memory:// yet`));
    assert.doesNotMatch(run.stderr, /KMFDDM/i);
  }
  assert.equal(WRITES.length, writes, 'nothing written');
});
