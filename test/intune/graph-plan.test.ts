import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openIntuneBackend, type IntuneBackend } from '../../provider/backends/intune/intune-backend';
import type { DesiredDocument } from '../../provider/core/document';
import { applyPlan } from '../../provider/engine/apply';
import { checkSavedGraphPlan, createGraphPlan } from '../../provider/targets/intune/graph-plan';
import { graphPlanWriter } from '../../provider/targets/intune/graph-writer';
import type { GraphOperation } from '../../provider/targets/intune/graph-operations';
import type { Plan } from '../../provider/engine/plan';
import { loadDocument } from './support/fixture';
import { FIXTURE, startTenant, type Tenant } from './support/tenant';

/**
 * The Graph planner and apply engine on the quickstart-style fixture against the Graph behaviour SIMULATOR (test
 * infrastructure standing in for Intune): throttling, paging, $batch and eventual consistency are all switched on, and
 * sleeps are recorded instead of waited.
 */
let t: Tenant;
let doc: DesiredDocument;
let backend: IntuneBackend;
const delays: number[] = [];

function open(): IntuneBackend {
  return openIntuneBackend({ url: t.server, env: t.env, sleep: async (ms) => void delays.push(ms), random: () => 0.5 });
}

async function plan(document = doc, prune = false): Promise<Plan<GraphOperation>> {
  const outcome = await createGraphPlan({ document, backend, prune });
  assert.ok(outcome.plan, outcome.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('\n'));
  return outcome.plan;
}

function keys(p: Plan<GraphOperation>, address: string): Record<string, unknown> {
  return Object.fromEntries(p.changes.find((c) => c.address === address)!.keyDiffs.map((k) => [k.path, k.before === undefined ? k.after : [k.before, k.after]]));
}

before(async () => {
  t = await startTenant({ consistencyLag: 2, pageSize: 2 });
  doc = await loadDocument(FIXTURE);
  backend = open();
});
after(async () => {
  backend.close();
  await t.close();
});

describe('plan → apply → plan on the quickstart-style configuration', () => {
  let first: Plan<GraphOperation>;

  test('the plan maps every assignment setting to its Graph property, per group', async () => {
    first = await plan();
    assert.deepEqual(first.summary, { create: 7, update: 0, replace: 0, delete: 0, noop: 7, kept: 0 });
    assert.deepEqual(keys(first, 'applemdm_app_assignment.slack_sales'), {
      'sales_iphones.target': 'group',
      'sales_iphones.intent': 'required',
      'sales_iphones.settings.isRemovable': false,
      'sales_iphones.settings.preventManagedAppBackup': true,
      'sales_iphones.settings.uninstallOnDeviceRemoval': true,
      'sales_iphones.settings.useDeviceLicensing': true,
      'sales_iphones.settings.vpnConfigurationId': null,
    });
    assert.equal(keys(first, 'applemdm_app_assignment.outlook_sales')['sales_iphones.settings.vpnConfigurationId'], '9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab');
    assert.equal(keys(first, 'applemdm_app_assignment.outlook_sales')['sales_iphones.settings.useDeviceLicensing'], false);
    const zoom = keys(first, 'applemdm_app_assignment.zoom_everyone');
    assert.equal(zoom['engineering_macs (macOS).settings.preventManagedAppBackup'], false);
    assert.equal(zoom['contractors (iOS).target'], 'excluded group');
    assert.equal(zoom['contractors (iOS).settings.isRemovable'], undefined, 'exclusions carry no settings');
    assert.equal(keys(first, 'applemdm_restrictions.baseline')['iOS.iCloudBlockBackup'], true);
    assert.equal(keys(first, 'applemdm_restrictions.baseline')['iOS.documentsBlockManagedDocumentsInUnmanagedApps'], true);
    assert.equal(keys(first, 'applemdm_restrictions.baseline')['macOS.keychainBlockCloudSync'], true);
    assert.equal(keys(first, 'applemdm_software_update.ios_sales')['softwareupdate_deferrals_combinedperiodindays'], 14);
    assert.equal(keys(first, 'applemdm_software_update.ios_sales')['enforcement_targetosversion'], '18.1');
    const slack = first.changes.find((c) => c.address === 'applemdm_app_assignment.slack_sales')!;
    assert.ok(slack.notes.some((n) => n.code === 'backup-restore'));
    assert.ok(slack.notes.some((n) => n.code === 'foreign-assignments'));
    assert.deepEqual(first.notifySets, []);
    assert.ok(first.operations.every((o) => o.op.startsWith('graph-')));
    assert.ok(t.sim.log.every((l) => l.method === 'GET' || l.path.endsWith('/$batch') || l.path.endsWith('/token')), 'planning writes nothing');
  });

  test('apply converges through throttling (with and without Retry-After) and 404/stale reads after writes', async () => {
    t.sim.throttle({ count: 2, status: 429, retryAfter: '7', match: (m, p) => m === 'POST' && p.endsWith('/assign') });
    t.sim.throttle({ count: 1, status: 503, match: (m, p) => m === 'POST' && p === '/deviceManagement/configurationPolicies' });
    t.sim.throttle({ count: 1, status: 429, retryAfter: '5', match: (m, p) => m === 'PUT' || (m === 'GET' && p.includes('/assignments')) });
    delays.length = 0;
    const result = await applyPlan(first, graphPlanWriter(backend), { parallelism: 4 });
    assert.deepEqual(result.failed, []);
    assert.equal(result.succeeded.length, 7);
    assert.ok(delays.filter((d) => d === 7000).length === 2, `Retry-After honoured: ${delays.join(',')}`);
    assert.ok(delays.includes(5000));
    assert.ok(delays.includes(2000), 'consistency waits happened');
    const notFoundAfterCreate = t.sim.graphRequests().filter((l) => l.method === 'GET' && l.status === 404 && /deviceConfigurations\/[0-9a-f-]{36}$/.test(l.path));
    assert.ok(notFoundAfterCreate.length > 0, 'the simulator answered 404 right after create and apply waited it out');
  });

  test('then the plan is empty', async () => {
    const again = await plan();
    assert.deepEqual(again.operations, []);
    assert.equal(again.summary.create + again.summary.update + again.summary.delete, 0);
  });

  test("assignments the stack does not own survive, exactly as they were", () => {
    const slack = t.sim.appAssignments(t.ids.slack);
    const finance = slack.find((a) => (a.target as { groupId?: string }).groupId === t.ids.finance)!;
    assert.equal(finance.intent, 'available');
    assert.equal((finance.settings as Record<string, unknown>).preventAutoAppUpdate, true);
    assert.ok(slack.some((a) => a.source === 'policySets'), 'the policy-set assignment is untouched');
    const ours = slack.find((a) => (a.target as { groupId?: string }).groupId === t.ids.sales)!;
    assert.deepEqual(ours.settings, {
      '@odata.type': '#microsoft.graph.iosVppAppAssignmentSettings',
      useDeviceLicensing: true,
      vpnConfigurationId: null,
      uninstallOnDeviceRemoval: true,
      isRemovable: false,
      preventManagedAppBackup: true,
      preventAutoAppUpdate: null,
    });
  });
});

describe('after apply', () => {
  test('a change made in the portal shows as drift in Graph terms, with the install-time note', async () => {
    const slack = t.sim.appAssignments(t.ids.slack).find((a) => (a.target as { groupId?: string }).groupId === t.ids.sales)!;
    Object.assign(slack.settings as object, { preventManagedAppBackup: null, isRemovable: null, preventAutoAppUpdate: true });
    const ios = [...t.sim.deviceConfigurations.values()].find((s) => String(s.obj.displayName).endsWith('(iOS)'))!;
    ios.obj.iCloudBlockBackup = false;
    const p = await plan();
    assert.deepEqual(keys(p, 'applemdm_app_assignment.slack_sales'), {
      'sales_iphones.settings.isRemovable': [true, false],
      'sales_iphones.settings.preventManagedAppBackup': [false, true],
    });
    assert.ok(p.changes.find((c) => c.address === 'applemdm_app_assignment.slack_sales')!.notes.some((n) => n.code === 'install-time'));
    assert.deepEqual(keys(p, 'applemdm_restrictions.baseline'), { 'iOS.iCloudBlockBackup': [false, true] });
    const result = await applyPlan(p, graphPlanWriter(backend), { parallelism: 2 });
    assert.deepEqual(result.failed, []);
    const after = t.sim.appAssignments(t.ids.slack).find((a) => (a.target as { groupId?: string }).groupId === t.ids.sales)!;
    assert.equal((after.settings as Record<string, unknown>).preventAutoAppUpdate, true, 'a setting the configuration cannot express keeps its value');
    assert.deepEqual((await plan()).operations, []);
  });

  test('a saved plan is stale once anything it read changed (a foreign assignment added, an owned object edited)', async () => {
    const p = await plan();
    assert.deepEqual(await checkSavedGraphPlan(p, doc, backend), { stale: [], outOfScope: [] });
    t.sim.appAssignments(t.ids.outlook).push({ id: 'x', source: 'direct', intent: 'available', target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: t.ids.finance }, settings: null });
    assert.deepEqual((await checkSavedGraphPlan(p, doc, backend)).stale, [`intune-assignments:${t.ids.outlook}`]);
  });

  test('a saved plan with an operation its configuration would never make is out of scope', async () => {
    const p = await plan();
    const tampered: Plan<GraphOperation> = {
      ...p,
      operations: [
        { op: 'graph-assign-app', phase: 40, address: 'applemdm_app_assignment.slack_sales', write: { appId: t.ids.slack, app: 'x', targets: [{ groupId: t.ids.finance, exclude: false, intent: 'uninstall', settings: null }], release: [] } },
        { op: 'graph-delete-configuration', phase: 80, address: 'applemdm_restrictions.baseline', target: { collection: 'deviceConfigurations', id: '9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab', identifier: 'com.example.mdm.quickstart.restrictions.baseline.ios' } },
      ],
    };
    const { outOfScope } = await checkSavedGraphPlan(tampered, doc, backend);
    assert.equal(outOfScope.length, 2, outOfScope.join('\n'));
    assert.match(outOfScope[0]!, /not one of the configuration's device groups/);
    assert.match(outOfScope[1]!, /not an object this stack owns/);
  });

  test('an assignment no resource declares any more is kept without --prune and removed with it; others stay', async () => {
    const dropped = { ...doc, resources: doc.resources.filter((r) => r.address !== 'applemdm_app_assignment.zoom_everyone') };
    const kept = await plan(dropped);
    assert.deepEqual(kept.operations, []);
    assert.ok(kept.warnings.some((w) => w.summary === 'Assignment not in the configuration (kept)' && w.address === 'applemdm_app.zoom'));
    const pruned = await plan(dropped, true);
    const zoom = pruned.changes.find((c) => c.address === 'applemdm_app.zoom')!;
    assert.equal(zoom.action, 'update');
    assert.deepEqual(zoom.keyDiffs.map((k) => k.path).sort(), [
      'contractors (iOS).intent',
      'contractors (macOS).intent',
      'engineering_macs (iOS).intent',
      'engineering_macs (macOS).intent',
      'sales_iphones (iOS).intent',
      'sales_iphones (macOS).intent',
    ]);
    assert.deepEqual((await applyPlan(pruned, graphPlanWriter(backend), { parallelism: 2 })).failed, []);
    assert.deepEqual(t.sim.appAssignments(t.ids.zoomIos), []);
    assert.deepEqual(t.sim.appAssignments(t.ids.zoomMac), []);
    assert.equal(t.sim.appAssignments(t.ids.outlook).filter((a) => (a.target as { groupId?: string }).groupId === t.ids.finance).length, 1);
  });

  test('an owned configuration removed from the configuration is deleted only with --prune; unmarked ones are never touched', async () => {
    const foreign = t.sim.addDeviceConfiguration({ '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', displayName: 'applemdm quickstart baseline (iOS)', description: 'made by hand' });
    const dropped = { ...doc, resources: doc.resources.filter((r) => r.address !== 'applemdm_software_update.mac_engineering') };
    const kept = await plan(dropped);
    assert.ok(kept.changes.some((c) => c.address === 'applemdm_software_update.mac_engineering' && c.kept));
    assert.ok(!kept.operations.some((o) => o.op === 'graph-delete-configuration'));
    const pruned = await plan(dropped, true);
    const deletes = pruned.operations.filter((o) => o.op === 'graph-delete-configuration');
    assert.equal(deletes.length, 1);
    assert.deepEqual((await applyPlan(pruned, graphPlanWriter(backend), { parallelism: 2 })).failed, []);
    assert.equal([...t.sim.configurationPolicies.values()].filter((s) => String(s.obj.name).includes('mac_engineering')).length, 0);
    assert.ok(t.sim.deviceConfigurations.has(foreign), 'the look-alike without the marker is still there');
  });
});
