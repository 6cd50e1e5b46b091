import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { harness, STACK, type Harness } from './support/harness';
import { Client, rawRequest } from '../server/helpers';
import { runCli } from '../cli/_run-cli';

/**
 * A group's static members named by serial number join through the enrollment registry, which learns serials from
 * devices' status reports. Issue 18: a forged, unauthenticated report claiming a member's serial put the attacker's
 * enrollment in the group on the next apply, and a second enrollment claiming a real device's serial was added
 * beside it without a word. Now only authenticated devices report, and two enrollments with one serial stop the plan.
 */
const SERIAL = 'F2LXK0AAHG7J';
const SET = 'com.example.mdm.demo.device-group.sales';
const CONFIG = `device_groups:
  sales:
    supervised: "true"
    members:
      serial_numbers: [${SERIAL}]
restrictions:
  baseline:
    scope: { groups: [sales] }
    allowCamera: false
`;
const claim = { StatusItems: { device: { identifier: { 'serial-number': SERIAL } } }, FullReport: true };
const joins = (ops: { op: string; set?: string; enrollmentId?: string }[]): string[] =>
  ops.filter((o) => o.op === 'add-enrollment-set' && o.set === SET).map((o) => o.enrollmentId ?? '').sort();

describe('static members by serial number', () => {
  let h: Harness;
  let device: Client;
  before(async () => {
    h = await harness();
    h.write(CONFIG, STACK);
    device = new Client(h.server.url);
  });
  after(() => h.close());

  it('an unauthenticated report claiming the serial is refused, and the serial stays unresolved', async () => {
    const forged = await rawRequest(h.server.url, 'PUT', '/status', { 'X-Enrollment-ID': 'ATTACKER' }, JSON.stringify(claim));
    assert.equal(forged.status, 401);
    const plan = await h.mustPlan();
    assert.deepEqual(joins(plan.operations), []);
    assert.match(plan.warnings.map((w) => w.summary).join('\n'), /Static members not enrolled yet/);
  });

  it('the authenticated device reporting the serial joins the group', async () => {
    assert.equal((await device.put('/status', { enrollment: 'DEV-REAL', json: claim })).status, 200);
    assert.deepEqual(joins((await h.mustPlan()).operations), ['DEV-REAL']);
  });

  it('a second enrollment reporting the same serial is a plan error naming both, and neither joins', async () => {
    assert.equal((await device.put('/status', { enrollment: 'DEV-TWIN', json: claim })).status, 200);
    const out = await h.plan();
    const errors = out.diagnostics.toArray().filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1, errors.map((e) => e.detail).join('\n'));
    assert.equal(errors[0].summary, 'Two enrollments report one serial number');
    assert.match(errors[0].detail, /"DEV-REAL" and "DEV-TWIN"/);
    assert.match(errors[0].detail, new RegExp(SERIAL));
    assert.deepEqual(joins(out.plan?.operations ?? []), []);
  });

  it('applemdm plan exits 1 with that diagnostic', async () => {
    const run = await runCli(['plan', h.dir, '--server', h.server.url]);
    assert.equal(run.code, 1, run.stdout);
    assert.match(run.stderr, /Two enrollments report one serial number/);
    assert.match(run.stderr, /DEV-REAL/);
    assert.match(run.stderr, /DEV-TWIN/);
  });

  it('applemdm status and drift name both enrollments too', async () => {
    for (const command of ['status', 'drift']) {
      const run = await runCli([command, h.dir, '--server', h.server.url]);
      assert.equal(run.code, 1, `${command}: ${run.stdout}`);
      assert.match(run.stderr, /Two enrollments report one serial number/);
    }
  });
});
