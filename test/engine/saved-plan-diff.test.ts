import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DdmOperation as Operation, Plan } from '../../provider/engine/plan';
import { withoutSecrets } from '../../provider/engine/plan-secrets';
import { savedPlanDifferences } from '../../provider/engine/saved-plan-diff';

const SECRET = 'canary-wifi-password-7Qx9';

function plan(operations: Operation[]): Plan {
  return {
    formatVersion: 1,
    stack: 'demo',
    identifierPrefix: 'com.example',
    backend: { kind: 'kmfddm', url: 'http://127.0.0.1:1' },
    configurationHash: 'a'.repeat(64),
    fingerprints: { 'declaration:com.example.demo.wifi': null },
    prune: false,
    changes: [],
    operations,
    notifySets: [],
    summary: { create: 0, update: 0, replace: 0, delete: 0, noop: 0, kept: 0 },
    warnings: [],
  };
}

const wifi = (password: string): Operation => ({
  op: 'put-declaration',
  phase: 20,
  address: 'applemdm_wifi.office',
  declaration: { Type: 'com.apple.configuration.wifi', Identifier: 'com.example.demo.wifi', Payload: { Password: password } },
});
const asset = (): Operation => ({ op: 'put-asset', phase: 10, address: 'applemdm_wifi.office', name: 'com.example.demo.wifi.mobileconfig', contentType: 'x', bytesBase64: Buffer.from(SECRET).toString('base64'), sha256: 'b'.repeat(64) });

test('a saved plan keeps only the hash of a write holding a secret (plan-secrets), and the diff compares in that form', () => {
  const secret = (op: Operation): Operation => ({ ...op, sensitive: true }) as Operation;
  const ops = [secret(wifi(SECRET)), secret(asset()), { op: 'add-set-declaration', phase: 40, address: 'x', set: 's', identifier: 'com.example.demo.wifi' } as Operation];
  const saved = withoutSecrets(plan(ops));
  const text = JSON.stringify(saved);
  assert.ok(!text.includes(SECRET) && !text.includes(Buffer.from(SECRET).toString('base64')), 'no secret in the saved plan');
  assert.deepEqual(saved.operations[2], ops[2], 'an operation without a secret is saved as is');
  assert.deepEqual(savedPlanDifferences(saved, plan(ops)), [], 'the fresh plan with the same secret equals the saved one');
});

test('a saved sensitive operation equals the recompiled one only when the secret is the same', () => {
  const secret = (op: Operation): Operation => ({ ...op, sensitive: true }) as Operation;
  const saved = withoutSecrets(plan([secret(wifi(SECRET))]));
  assert.deepEqual(savedPlanDifferences(saved, plan([secret(wifi(SECRET))])), []);
  const changed = savedPlanDifferences(saved, plan([secret(wifi('another'))]));
  assert.deepEqual(changed, ['operation 1 (put-declaration, applemdm_wifi.office): payloadSha256']);
  assert.ok(!changed.join().includes('another'), 'the difference names the field, never the value');
});

const CASES: { name: string; edit: (p: Plan & Record<string, unknown>) => void; says: RegExp }[] = [
  { name: 'a payload key', edit: (p) => ((p.operations[0] as { declaration: { Payload: Record<string, unknown> } }).declaration.Payload.Extra = 1), says: /^operation 1 \(put-declaration, applemdm_wifi\.office\): declaration\.Payload\.Extra$/ },
  { name: 'an added operation', edit: (p) => p.operations.push(asset()), says: /2 operation\(s\) saved, 1 derived now/ },
  { name: 'a removed operation', edit: (p) => p.operations.pop(), says: /operation 1 \(put-declaration, applemdm_wifi\.office\) is missing/ },
  { name: 'a fingerprint', edit: (p) => (p.fingerprints['declaration:com.example.demo.wifi'] = 'x'), says: /^fingerprint declaration:com\.example\.demo\.wifi$/ },
  { name: 'no fingerprints', edit: (p) => (p.fingerprints = {}), says: /fingerprint declaration:com\.example\.demo\.wifi is missing/ },
  { name: 'an extra fingerprint', edit: (p) => (p.fingerprints['set:victim'] = null), says: /fingerprint set:victim was not read/ },
  { name: 'the stack', edit: (p) => (p.stack = 'other'), says: /^stack$/ },
  { name: 'the prefix', edit: (p) => (p.identifierPrefix = 'com.victim'), says: /^identifierPrefix$/ },
  { name: 'the backend kind', edit: (p) => (p.backend = { kind: 'intune', url: p.backend.url }), says: /^backend\.kind$/ },
  { name: 'notify sets', edit: (p) => p.notifySets.push('s'), says: /^notifySets/ },
  { name: 'a 10,000-character key', edit: (p) => ((p.operations[0] as unknown as Record<string, unknown>)['k'.repeat(10_000)] = 1), says: /^operation 1 .{0,200}…$/ },
];

for (const c of CASES) {
  test(`savedPlanDifferences names ${c.name}`, () => {
    const fresh = plan([wifi('p')]);
    const saved = structuredClone(fresh) as Plan & Record<string, unknown>;
    c.edit(saved);
    const diff = savedPlanDifferences(saved, fresh);
    assert.ok(diff.some((d) => c.says.test(d)), JSON.stringify(diff));
    assert.ok(diff.every((d) => d.length <= 301));
  });
}
