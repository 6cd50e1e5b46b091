import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Plan } from '../../provider/engine/plan';
import { runCli } from '../cli/_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';
import { isLockRequest, isWrite, startLoggedServer, type LoggedServer } from './support/logged-server';
import { assertRefused, type HostileRun } from './support/hostile-run';
import { serverContents } from './support/server-contents';

/**
 * A saved plan is a file that travels (a CI artifact between the plan and the apply job), so `apply plan.json` must
 * treat it as hostile input: malformed, retyped, or tampered plans are refused with a diagnostic, and nothing on the
 * server changes. The server already holds the stack and a victim: objects of another tool (com.victim.corp.*) that
 * a tampered plan tries to overwrite, delete, regroup, re-assign, or notify. Zero writes are asserted from the
 * server's own request log; the apply lock is counted on its own: a plan refused before the server is opened sends
 * no request at all, one refused by the stale check (under the lock) sends the lock's acquire and release only.
 */
const VICTIM = {
  declaration: 'com.victim.corp.passcode',
  set: 'com.victim.corp.set',
  enrollment: 'ENR-VICTIM',
  asset: 'com.victim.corp.profile.mobileconfig',
};
const OWN = 'com.example.mdm.demo';

interface TamperCase {
  name: string;
  /** Edits a deep copy of the valid saved plan; or `raw` gives the file's bytes from the valid plan's text. */
  edit?: (plan: Plan & Record<string, unknown>) => void;
  raw?: (text: string) => string | Buffer;
  /** The refusal must say this. */
  expect: RegExp;
  /** Refused after the lock was taken (the stale check): lock requests expected. */
  underLock?: boolean;
}

const op = (plan: Plan, kind: string) => {
  const found = plan.operations.find((o) => o.op === kind);
  assert.ok(found, `the valid plan has a ${kind} operation`);
  return found as unknown as Record<string, unknown>;
};
const push = (plan: Plan, extra: Record<string, unknown>) => (plan.operations as unknown[]).push({ phase: 20, address: 'applemdm_restrictions.baseline', ...extra });
/** A put-asset operation with consistent bytes and sha256, so only its name can be wrong. */
const putAsset = (name: string) => ({ op: 'put-asset', phase: 10, name, contentType: 'application/x-apple-aspen-config', bytesBase64: 'PHBsaXN0Lz4=', sha256: createHash('sha256').update('<plist/>').digest('hex') });
const FOREIGN = /outside this stack|not an object of this configuration|does not belong/;

const CASES: TamperCase[] = [
  // Not a plan at all.
  { name: 'truncated JSON', raw: (t) => t.slice(0, t.length / 2), expect: /Unreadable plan/ },
  { name: 'empty file', raw: () => '', expect: /Unreadable plan/ },
  { name: 'a JSON array', raw: () => '[]', expect: /Not an applemdm plan/ },
  { name: 'JSON null', raw: () => 'null', expect: /Not an applemdm plan/ },
  { name: 'a YAML file named .json', raw: () => 'formatVersion: 1\nstack: demo\n', expect: /Unreadable plan/ },
  { name: '200,000 nested arrays', raw: () => `${'['.repeat(200_000)}${']'.repeat(200_000)}`, expect: /Unreadable plan|Not an applemdm plan/ },
  { name: '24 MiB plan with a wrong format version', edit: (p) => ((p.formatVersion = 2 as 1), p.warnings.push({ summary: 'x', detail: 'y'.repeat(24 << 20) })), expect: /Not an applemdm plan/ },
  // Wrong types and shapes.
  { name: 'format version 2', edit: (p) => (p.formatVersion = 2 as 1), expect: /Not an applemdm plan/ },
  { name: 'an unknown top-level key', edit: (p) => (p.extra = true), expect: /Not an applemdm plan/ },
  { name: 'a __proto__ key', raw: (t) => t.replace('{', '{"__proto__": {"polluted": true},'), expect: /Not an applemdm plan/ },
  { name: 'operations as an object', edit: (p) => ((p as Record<string, unknown>).operations = { 0: p.operations[0] }), expect: /Not an applemdm plan/ },
  { name: 'an unknown operation kind', edit: (p) => push(p, { op: 'drop-everything' }), expect: /Not an applemdm plan/ },
  { name: 'a negative phase', edit: (p) => (op(p, 'put-declaration').phase = -1), expect: /Not an applemdm plan/ },
  { name: 'a phase given as a string', edit: (p) => (op(p, 'put-declaration').phase = '20'), expect: /Not an applemdm plan/ },
  { name: 'put-declaration without its declaration', edit: (p) => delete op(p, 'put-declaration').declaration, expect: /Malformed plan/ },
  { name: 'a declaration whose Payload is a list', edit: (p) => ((op(p, 'put-declaration').declaration as Record<string, unknown>).Payload = []), expect: /Not an applemdm plan/ },
  { name: 'delete-declaration with a numeric identifier', edit: (p) => push(p, { op: 'delete-declaration', phase: 80, identifier: 42 }), expect: /Not an applemdm plan/ },
  { name: 'put-asset without bytes', edit: (p) => push(p, { op: 'put-asset', phase: 10, name: `${OWN}.restrictions.baseline.mobileconfig`, contentType: 'application/x-apple-aspen-config', sha256: 'a'.repeat(64) }), expect: /Malformed plan/ },
  { name: 'a fingerprint of an unknown kind', edit: (p) => (p.fingerprints['bogus:thing'] = null), expect: /Malformed plan|fingerprint/ },
  { name: 'a fingerprint key without a kind', edit: (p) => (p.fingerprints['no-colon'] = null), expect: /Malformed plan|fingerprint/ },
  { name: 'a control character in an address', edit: (p) => (op(p, 'put-declaration').address = 'applemdm_restrictions.baseline\u001b[2J'), expect: /control character/ },
  // Operations on another tool's objects.
  { name: 'overwrite a foreign declaration', edit: (p) => push(p, { op: 'put-declaration', declaration: { Type: 'com.apple.configuration.passcode.settings', Identifier: VICTIM.declaration, Payload: { MinimumLength: 1 } } }), expect: FOREIGN },
  { name: 'delete a foreign declaration', edit: (p) => push(p, { op: 'delete-declaration', phase: 80, identifier: VICTIM.declaration }), expect: FOREIGN },
  { name: 'take a foreign declaration out of its set', edit: (p) => push(p, { op: 'remove-set-declaration', phase: 70, set: VICTIM.set, identifier: VICTIM.declaration }), expect: FOREIGN },
  { name: 'put an own declaration into a foreign set', edit: (p) => push(p, { op: 'add-set-declaration', phase: 40, set: VICTIM.set, identifier: `${OWN}.restrictions.baseline` }), expect: FOREIGN },
  { name: 'put a foreign declaration into an own set', edit: (p) => push(p, { op: 'add-set-declaration', phase: 40, set: `${OWN}.device-group.sales`, identifier: VICTIM.declaration }), expect: FOREIGN },
  { name: 'assign a foreign set to a device', edit: (p) => push(p, { op: 'add-enrollment-set', phase: 50, enrollmentId: 'ENR-1', set: VICTIM.set }), expect: FOREIGN },
  { name: 'take a foreign set from its device', edit: (p) => push(p, { op: 'remove-enrollment-set', phase: 60, enrollmentId: VICTIM.enrollment, set: VICTIM.set }), expect: FOREIGN },
  { name: 'upload a foreign asset', edit: (p) => push(p, putAsset(VICTIM.asset)), expect: FOREIGN },
  { name: 'upload an asset with a traversal name', edit: (p) => push(p, putAsset('../../../etc/cron.d/evil')), expect: FOREIGN },
  { name: 'delete a foreign asset', edit: (p) => push(p, { op: 'delete-asset', phase: 90, name: VICTIM.asset }), expect: FOREIGN },
  { name: 'notify the devices of a foreign set', edit: (p) => p.notifySets.push(VICTIM.set), expect: FOREIGN },
  {
    name: 'the plan rewritten to the victim stack',
    edit: (p) => {
      p.identifierPrefix = 'com.victim';
      p.stack = 'corp';
      push(p, { op: 'delete-declaration', phase: 80, identifier: VICTIM.declaration });
    },
    expect: /does not belong|Stack mismatch|another stack/,
  },
  // Inside the stack's prefix, but not what the configuration describes.
  { name: 'create an own-prefix declaration the configuration does not have', edit: (p) => push(p, { op: 'put-declaration', declaration: { Type: 'com.apple.configuration.passcode.settings', Identifier: `${OWN}.restrictions.evil`, Payload: {} } }), expect: FOREIGN },
  {
    name: 'invalid UTF-8 bytes in an operation identifier',
    raw: (t) => {
      const at = t.indexOf(`"Identifier": "${OWN}.restrictions.baseline"`);
      assert.ok(at > 0);
      const bytes = Buffer.from(t, 'utf8');
      const cut = Buffer.byteLength(t.slice(0, at + `"Identifier": "${OWN}.restrictions.base`.length));
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from([0xff, 0xfe]), bytes.subarray(cut)]);
    },
    expect: FOREIGN,
  },
  { name: 'an asset whose bytes do not match its sha256', edit: (p) => push(p, { op: 'put-asset', phase: 10, name: `${OWN}.restrictions.baseline.mobileconfig`, contentType: 'application/x-apple-aspen-config', bytesBase64: 'AAAA', sha256: 'a'.repeat(64) }), expect: /sha256|does not match/ },
  // Bound to the configuration and the server it was made from.
  { name: 'a different configuration hash', edit: (p) => (p.configurationHash = '0'.repeat(64)), expect: /Configuration changed since the plan/ },
  { name: 'a configuration path that does not exist', edit: (p) => (p.configurationPath = '/nonexistent/applemdm-config'), expect: /Configuration not found|does not exist/ },
  { name: 'a configuration path with traversal to /etc', edit: (p) => (p.configurationPath = `${p.configurationPath}/../../../../../../etc`), expect: /No configuration found|Configuration not found/ },
  { name: 'a changed fingerprint', edit: (p) => (p.fingerprints[Object.keys(p.fingerprints).find((k) => k.startsWith('declaration:'))!] = 'f'.repeat(40)), expect: /Server changed since the plan/, underLock: true },
  { name: 'an existing object fingerprinted as absent', edit: (p) => (p.fingerprints[Object.keys(p.fingerprints).find((k) => k.startsWith('declaration:') && p.fingerprints[k])!] = null), expect: /Server changed since the plan/, underLock: true },
];

describe('tampered and malformed saved plans are refused, and the server changes not at all', () => {
  let root: string;
  let logged: LoggedServer;
  let planText: string;
  const runs: HostileRun[] = [];

  let baseline: string;
  /** The stack applied and the victim planted; then the valid saved plan, which changes one key (a declaration and a profile). */
  async function setUp(): Promise<void> {
    const config = path.join(root, 'config');
    fs.mkdirSync(config, { recursive: true });
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    const first = await runCli(['apply', config, '--auto-approve', '--prune', '--server', logged.url]);
    assert.equal(first.code, 0, first.stderr);
    await plantVictim(logged.url);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig({ cloudBackup: true }));
    const saved = path.join(root, 'valid.json');
    const planned = await runCli(['plan', config, '--server', logged.url, '--out', saved]);
    assert.equal(planned.code, 0, planned.stderr);
    planText = fs.readFileSync(saved, 'utf8');
    baseline = withoutNotifications(await serverContents(logged.url));
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-tamper-'));
    logged = await startLoggedServer(root);
    await setUp();
  });
  // A case that failed by writing would make every later plan stale: start each case from the baseline again.
  beforeEach(async () => {
    if (withoutNotifications(await serverContents(logged.url)) !== baseline) await setUp();
  });
  after(async () => {
    await logged?.close();
    fs.rmSync(root, { recursive: true, force: true });
    if (runs.length) {
      const slowest = runs.reduce((a, b) => (a.ms > b.ms ? a : b));
      process.stderr.write(`# saved-plan tampering: ${runs.length} cases, slowest ${slowest.ms} ms (${slowest.name}), max RSS growth ${Math.max(...runs.map((r) => r.rssGrowthMb))} MB\n`);
    }
  });

  it(`has at least 40 cases`, () => assert.ok(CASES.length >= 40, `${CASES.length}`));

  for (const c of CASES) {
    it(c.name, async () => {
      const file = path.join(root, 'tampered.json');
      if (c.raw) fs.writeFileSync(file, c.raw(planText));
      else {
        const plan = JSON.parse(planText) as Plan & Record<string, unknown>;
        c.edit!(plan);
        fs.writeFileSync(file, JSON.stringify(plan, null, 2));
      }
      const before = await serverContents(logged.url);
      const mark = logged.log.length;
      const run = await assertRefused(c.name, ['apply', file, '--server', logged.url], c.expect);
      runs.push(run);
      const requests = logged.log.slice(mark);
      assert.deepEqual(requests.filter((r) => isWrite(r) && !isLockRequest(r)), [], 'no write reached the server');
      // Lock writes only: acquiring first reads the last holder (GET), to report taking over an expired lock.
      const locks = requests.filter((r) => isLockRequest(r) && r.method !== 'GET').map((r) => `${r.method} ${r.status}`);
      assert.deepEqual(locks, c.underLock ? ['PUT 204', 'DELETE 204'] : [], c.underLock ? 'the stale check runs under the lock, released after' : 'refused before the server was opened');
      if (!c.underLock) assert.deepEqual(requests, [], 'refused before any request');
      assert.equal(await serverContents(logged.url), before, 'the server holds what it held');
      assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
    });
  }

  it('control: the untampered plan applies, leaves the victim alone, and is refused once applied', async () => {
    const file = path.join(root, 'valid.json');
    const applied = await runCli(['apply', file, '--server', logged.url]);
    assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
    const contents = JSON.parse(await serverContents(logged.url)) as { declarations: { Identifier: string }[] };
    assert.ok(contents.declarations.some((d) => d.Identifier === VICTIM.declaration), 'the victim is still there');
    await assertRefused('re-applied plan', ['apply', file, '--server', logged.url], /Server changed since the plan/);
  });
});

function withoutNotifications(contents: string): string {
  const { notifications: _, ...rest } = JSON.parse(contents) as Record<string, unknown>;
  return JSON.stringify(rest);
}

/** Another tool's objects on the same server: a declaration in a set assigned to a device, and a profile asset. */
async function plantVictim(url: string): Promise<void> {
  const put = async (p: string, body: string | Buffer, type = 'application/json') => {
    const res = await fetch(`${url}${p}`, { method: 'PUT', body, headers: { 'content-type': type } });
    assert.ok(res.status === 204 || res.status === 304, `PUT ${p}: ${res.status} ${await res.text()}`);
  };
  await put('/v1/declarations', JSON.stringify({ Type: 'com.apple.configuration.passcode.settings', Identifier: VICTIM.declaration, Payload: { MinimumLength: 8 } }));
  await put(`/v1/set-declarations/${VICTIM.set}?declaration=${VICTIM.declaration}`, '');
  await put(`/v1/enrollment-sets/${VICTIM.enrollment}?set=${VICTIM.set}`, '');
  await put(`/v1/assets/${VICTIM.asset}`, Buffer.from('<plist/>'), 'application/x-apple-aspen-config');
}
