import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../provider/engine/render/markdown';
import { actualFromSnapshot } from '../../provider/engine/server-objects';
import { staleKeys } from '../../provider/engine/fingerprints';
import { applyPlan } from '../../provider/engine/apply';
import { baseConfig, harness } from './support/harness';

const PREFIX = 'com.example.mdm.demo';

test('create → apply → the next plan is empty', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    const first = await h.mustPlan();
    // The app is created as its record; the empty group maps to no server object, so it plans as a no-op.
    assert.deepEqual(first.summary, { create: 5, update: 0, replace: 0, delete: 0, noop: 1, kept: 0 });
    const result = await h.apply(first);
    assert.deepEqual(result.failed, []);
    assert.ok(result.notified.length > 0);
    const second = await h.mustPlan();
    assert.equal(second.operations.length, 0);
    assert.equal(second.summary.noop, 6);
  } finally {
    await h.close();
  }
});

test('editing one restriction key gives exactly one per-key update, rendered as one Markdown row', async () => {
  const h = await harness();
  try {
    h.write(baseConfig({ cloudBackup: false }));
    await h.apply(await h.mustPlan());
    h.write(baseConfig({ cloudBackup: true }));
    const plan = await h.mustPlan();
    const changed = plan.changes.filter((c) => c.action !== 'noop');
    assert.deepEqual(changed.map((c) => [c.address, c.action]), [['applemdm_restrictions.baseline', 'update']]);
    assert.deepEqual(changed[0].keyDiffs, [{ path: 'allowCloudBackup', object: 'profile', before: false, after: true }]);
    assert.equal(changed[0].risk, 'high');
    assert.ok(changed[0].notes.some((n) => n.code === 'profile-reinstall'));
    const rows = renderMarkdown(plan).split('\n').filter((l) => l.startsWith('| `'));
    assert.deepEqual(rows, ['| `allowCloudBackup` | `false` | `true` |']);
    await h.apply(plan);
    assert.equal((await h.mustPlan()).operations.length, 0);
  } finally {
    await h.close();
  }
});

test('a change made on the server outside Git is planned back per key, and converges', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    const id = `${PREFIX}.app-assignment.slack-sales`;
    const snapshot = await h.backend.readStack(PREFIX);
    const decl = snapshot.declarations.find((d) => d.Identifier === id)!;
    await h.backend.putDeclaration({ Type: decl.Type, Identifier: id, Payload: { ...decl.Payload, IncludeInBackup: true } });
    const plan = await h.mustPlan();
    const change = plan.changes.find((c) => c.address === 'applemdm_app_assignment.slack_sales')!;
    assert.equal(change.action, 'update');
    assert.deepEqual(change.keyDiffs, [{ path: 'IncludeInBackup', object: 'declaration configuration.app.managed', before: true, after: false }]);
    assert.ok(change.notes.some((n) => n.code === 'install-time'));
    await h.apply(plan);
    assert.equal((await h.mustPlan()).operations.length, 0);
  } finally {
    await h.close();
  }
});

test('an explicit device default on the server is not a phantom diff', async () => {
  const h = await harness();
  try {
    h.write(baseConfig({ preventBackup: false }));
    await h.apply(await h.mustPlan());
    const id = `${PREFIX}.app-assignment.slack-sales`;
    const decl = (await h.backend.readStack(PREFIX)).declarations.find((d) => d.Identifier === id)!;
    assert.equal(decl.Payload.IncludeInBackup, undefined);
    await h.backend.putDeclaration({ Type: decl.Type, Identifier: id, Payload: { ...decl.Payload, IncludeInBackup: true } });
    const change = (await h.mustPlan()).changes.find((c) => c.address === 'applemdm_app_assignment.slack_sales')!;
    assert.deepEqual(change.keyDiffs, []);
  } finally {
    await h.close();
  }
});

test('resources removed from the configuration are kept without --prune and deleted with it', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    h.write(baseConfig().replace(/restrictions:[\s\S]*?(?=software_updates:)/, ''));
    const kept = await h.mustPlan();
    const restr = kept.changes.find((c) => c.address === 'applemdm_restrictions.baseline')!;
    assert.equal(restr.kept, true);
    assert.equal(kept.operations.filter((o) => o.address === 'applemdm_restrictions.baseline').length, 0);
    const pruned = await h.mustPlan({ prune: true });
    const del = pruned.changes.find((c) => c.address === 'applemdm_restrictions.baseline')!;
    assert.equal(del.action, 'delete');
    assert.equal(del.risk, 'high');
    await h.apply(pruned);
    const after = await h.backend.readStack(PREFIX);
    assert.equal(after.declarations.some((d) => d.Identifier.includes('restrictions')), false);
    assert.equal(after.assets.length, 0);
    assert.equal((await h.mustPlan({ prune: true })).operations.length, 0);
  } finally {
    await h.close();
  }
});

test('objects the stack does not own are never planned, modified or deleted', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    const foreign = { Type: 'com.apple.configuration.legacy', Identifier: 'com.other.team.profile', Payload: { ProfileURL: 'https://x.example/p' } };
    await h.backend.putDeclaration(foreign);
    await h.backend.addSetDeclaration(`${PREFIX}.device-group.sales`, foreign.Identifier);
    h.write(baseConfig().replace(/restrictions:[\s\S]*?(?=software_updates:)/, ''));
    const plan = await h.mustPlan({ prune: true });
    assert.equal(JSON.stringify(plan).includes('com.other.team.profile'), true, 'reported as a warning only');
    assert.equal(plan.operations.some((o) => JSON.stringify(o).includes('com.other.team')), false);
    assert.equal(plan.changes.some((c) => c.address.includes('other')), false);
    await h.apply(plan);
    const snap = await h.backend.readStack('com.other.team');
    assert.equal(snap.declarations.length, 1);
  } finally {
    await h.close();
  }
});

test('fingerprints detect a server edit made after the plan', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    h.write(baseConfig({ cloudBackup: true }));
    const plan = await h.mustPlan();
    assert.deepEqual(staleKeys(plan.fingerprints, actualFromSnapshot(await h.backend.readStack(PREFIX, { enrollmentIds: ['ENR-1', 'ENR-2'] }))), []);
    await h.backend.removeEnrollmentSet('ENR-2', `${PREFIX}.device-group.sales`);
    const stale = staleKeys(plan.fingerprints, actualFromSnapshot(await h.backend.readStack(PREFIX, { enrollmentIds: ['ENR-1', 'ENR-2'] })));
    assert.deepEqual(stale, ['enrollment:ENR-2']);
  } finally {
    await h.close();
  }
});

test('a scope change is one key diff on the assignment; notes explain backup/restore', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    await h.apply(await h.mustPlan());
    h.write(baseConfig({ groups: 'sales, field' }));
    const plan = await h.mustPlan();
    const change = plan.changes.find((c) => c.address === 'applemdm_app_assignment.slack_sales')!;
    assert.equal(change.action, 'update');
    assert.deepEqual(change.keyDiffs, [
      { path: 'delivered to sets', object: 'set membership', before: [`${PREFIX}.device-group.sales`], after: [`${PREFIX}.device-group.field`, `${PREFIX}.device-group.sales`] },
    ]);
    assert.match(change.notes.find((n) => n.code === 'backup-restore')!.text, /device-licensed.*device sync/);
  } finally {
    await h.close();
  }
});

test('a setting the backend cannot express is a plan-time error naming backend and setting', async () => {
  const h = await harness();
  try {
    h.write(baseConfig().replace('prevent_backup: true', 'prevent_backup: true\n      remove_on_unenroll: true'));
    const out = await h.plan();
    assert.equal(out.plan, undefined);
    const errors = out.diagnostics.toArray().filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1);
    assert.equal(errors[0].code, 'backend-capability');
    assert.match(errors[0].summary, /kmfddm backend/);
    assert.deepEqual(errors[0].path.slice(-1), ['remove_on_unenroll']);
    assert.equal((await h.backend.readStack(PREFIX)).declarations.length, 0, 'nothing written');
  } finally {
    await h.close();
  }
});

test('an apply cut off half-way converges on the next run with nothing duplicated', async () => {
  const h = await harness();
  try {
    h.write(baseConfig());
    const plan = await h.mustPlan();
    const half = { ...plan, operations: plan.operations.slice(0, Math.floor(plan.operations.length / 2)), notifySets: [] };
    await applyPlan(half, h.backend, { parallelism: 2 });
    const resumed = await h.mustPlan();
    assert.ok(resumed.operations.length > 0 && resumed.operations.length < plan.operations.length);
    await h.apply(resumed);
    assert.equal((await h.mustPlan()).operations.length, 0);
    const snap = await h.backend.readStack(PREFIX);
    assert.equal(snap.declarations.length, new Set(snap.declarations.map((d) => d.Identifier)).size);
    assert.equal(snap.declarations.length, plan.operations.filter((o) => o.op === 'put-declaration').length);
  } finally {
    await h.close();
  }
});
