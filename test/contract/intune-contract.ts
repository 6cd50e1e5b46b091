import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AppleAppType, FoundApp } from '../../provider/backends/intune/apps';
import { settingsBody } from '../../provider/backends/intune/assignment-settings';
import { GraphError } from '../../provider/backends/intune/graph-errors';
import { ODATA } from '../../provider/backends/intune/graph-types';
import type { AppTargetWrite } from '../../provider/backends/intune/graph-writes';
import type { IntuneBackend } from '../../provider/backends/intune/intune-backend';
import { ownershipDescription } from '../../provider/backends/intune/ownership';

/**
 * The intune backend's contract: the behaviours the Graph planner and apply rely on, written once and run against the
 * Graph behaviour SIMULATOR (always) and a live tenant (only when its environment is set; see docs/intune.md). The
 * KMFDDM contract suite (backend-contract.ts) speaks declarations and sets, which Intune does not have, so this suite
 * covers the same ground in Intune's terms: reads that resolve, idempotent writes, ownership, typed errors, no secrets.
 */
export interface IntuneContractHarness {
  backend: IntuneBackend;
  /** An app the tenant holds (never created by the suite). */
  app: { bundleId: string; adamId?: string; type: AppleAppType };
  /** Two Entra groups the suite may assign the app to, by display name or id. */
  groups: [string, string];
  /** The client secret in use, to prove no output carries it. */
  secret: string;
  /** Write cases run only when true (a live tenant opts in). */
  canWrite: boolean;
  /** Adds a configuration without the applemdm marker (simulator only); returns its id. */
  addForeignConfiguration?(): string;
  close(): Promise<void>;
}

const PREFIX = 'com.example.contract.intune';

export function runIntuneContract(name: string, make: () => Promise<IntuneContractHarness>, options: { skip?: string } = {}): void {
  describe(`intune backend contract: ${name}`, { skip: options.skip }, () => {
    let h: IntuneContractHarness;
    let app: FoundApp;
    let groupIds: [string, string];
    const created: { id: string; identifier: string }[] = [];

    before(async () => {
      h = await make();
      const state = await h.backend.readState({
        stackPrefix: PREFIX,
        apps: [{ key: 'app', bundleId: h.app.bundleId, ...(h.app.adamId ? { adamId: h.app.adamId } : {}), types: [h.app.type] }],
        groups: h.groups.map((ref, i) => ({ name: `g${i}`, ref })),
        vpnConfigurationIds: [],
      });
      assert.equal(state.apps.get('app')?.length, 1, `the tenant holds one ${h.app.type} ${h.app.bundleId}`);
      app = state.apps.get('app')![0]!;
      groupIds = [state.groups.get('g0')![0]!.id, state.groups.get('g1')![0]!.id];
    });
    after(async () => {
      if (h?.canWrite) {
        for (const c of created) await h.backend.deleteConfiguration({ collection: 'deviceConfigurations', id: c.id, identifier: c.identifier }).catch(() => undefined);
        await h.backend.assignApp({ appId: app.id, app: 'contract', targets: [], release: groupIds }).catch(() => undefined);
      }
      h?.backend.close();
      await h?.close();
    });

    const target = (groupId: string, intent: AppTargetWrite['intent'] = 'available', exclude = false): AppTargetWrite => ({
      groupId,
      exclude,
      intent,
      settings: exclude ? null : settingsBody(app.type, { preventManagedAppBackup: true, ...(app.type.endsWith('VppApp') ? { useDeviceLicensing: false } : {}) }, intent),
    });
    const assignmentsOf = async () =>
      (await h.backend.readState({ stackPrefix: PREFIX, apps: [{ key: 'a', bundleId: app.bundleId, types: [app.type] }], groups: [], vpnConfigurationIds: [] })).assignments.get(app.id) ?? [];

    test('info names the tenant and the Graph endpoint, never a credential', () => {
      const info = h.backend.info();
      assert.equal(info.kind, 'intune');
      assert.match(info.url, /^intune:\/\//);
      assert.ok(!JSON.stringify(info).includes(h.secret));
    });

    test('readState resolves apps by bundle ID and type and groups by name or id; what is missing reads as empty', async () => {
      const state = await h.backend.readState({
        stackPrefix: PREFIX,
        apps: [
          { key: 'present', bundleId: app.bundleId.toUpperCase(), types: [app.type] },
          { key: 'absent', bundleId: 'com.example.applemdm.contract.absent', types: [app.type] },
        ],
        groups: [
          { name: 'byId', ref: groupIds[0] },
          { name: 'absent', ref: 'applemdm contract group that does not exist' },
        ],
        vpnConfigurationIds: ['00000000-0000-4000-8000-00000000dead'],
      });
      assert.deepEqual(state.apps.get('present')!.map((a) => a.id), [app.id]);
      assert.deepEqual(state.apps.get('absent'), []);
      assert.deepEqual(state.groups.get('byId')!.map((g) => g.id), [groupIds[0]]);
      assert.deepEqual(state.groups.get('absent'), []);
      assert.equal(state.vpnConfigurations.get('00000000-0000-4000-8000-00000000dead'), undefined);
      assert.ok(state.requests > 0);
    });

    test('assignApp writes the stack\'s targets, then the same write is unchanged', async (t) => {
      if (!h.canWrite) return t.skip('writes not enabled for this tenant');
      assert.equal(await h.backend.assignApp({ appId: app.id, app: 'contract', targets: [target(groupIds[0], 'required')], release: [] }), 'changed');
      assert.equal(await h.backend.assignApp({ appId: app.id, app: 'contract', targets: [target(groupIds[0], 'required')], release: [] }), 'unchanged');
      const ours = (await assignmentsOf()).find((a) => a.groupId?.toLowerCase() === groupIds[0].toLowerCase())!;
      assert.equal(ours.intent, 'required');
      assert.equal(ours.settings?.preventManagedAppBackup, true);
    });

    test('assignments the write does not name survive it, and release drops only the named group', async (t) => {
      if (!h.canWrite) return t.skip('writes not enabled for this tenant');
      await h.backend.assignApp({ appId: app.id, app: 'contract', targets: [target(groupIds[1])], release: [] });
      const before = await assignmentsOf();
      assert.ok(before.some((a) => a.groupId?.toLowerCase() === groupIds[0].toLowerCase()), 'the other group kept its assignment');
      assert.equal(await h.backend.assignApp({ appId: app.id, app: 'contract', targets: [], release: [groupIds[1]] }), 'changed');
      const after = await assignmentsOf();
      assert.ok(!after.some((a) => a.groupId?.toLowerCase() === groupIds[1].toLowerCase()));
      assert.equal(after.length, before.length - 1);
    });

    test('two rewrites of one app at once both land (they are serialised per app)', async (t) => {
      if (!h.canWrite) return t.skip('writes not enabled for this tenant');
      await Promise.all([
        h.backend.assignApp({ appId: app.id, app: 'contract', targets: [target(groupIds[0], 'available')], release: [] }),
        h.backend.assignApp({ appId: app.id, app: 'contract', targets: [target(groupIds[1], 'available', true)], release: [] }),
      ]);
      const now = await assignmentsOf();
      assert.equal(now.find((a) => a.groupId?.toLowerCase() === groupIds[0].toLowerCase())?.intent, 'available');
      assert.equal(now.find((a) => a.groupId?.toLowerCase() === groupIds[1].toLowerCase())?.targetType, ODATA.exclusionGroupTarget);
    });

    test('an owned configuration: created with the marker, found again by it, updated, assigned, deleted', async (t) => {
      if (!h.canWrite) return t.skip('writes not enabled for this tenant');
      const identifier = `${PREFIX}.restrictions.c${Date.now()}.ios`;
      const body = { '@odata.type': ODATA.iosRestrictions, displayName: `applemdm contract ${identifier}`, description: ownershipDescription(identifier, 'contract'), iCloudBlockBackup: true };
      await h.backend.putConfiguration({ collection: 'deviceConfigurations', identifier, body, assignments: [{ groupId: groupIds[0], exclude: false }] });
      const read = async () => (await h.backend.readState({ stackPrefix: PREFIX, apps: [], groups: [], vpnConfigurationIds: [] })).configurations.filter((c) => c.identifier === identifier);
      const [mine] = await read();
      assert.ok(mine, 'visible by its marker');
      created.push({ id: mine.id, identifier });
      assert.equal(mine.properties.iCloudBlockBackup, true);
      assert.deepEqual(mine.targets.map((x) => x.groupId.toLowerCase()), [groupIds[0].toLowerCase()]);
      // A create repeated (after a lost answer) updates the first object instead of making a second one.
      await h.backend.putConfiguration({ collection: 'deviceConfigurations', identifier, body: { ...body, iCloudBlockBackup: false } });
      const again = await read();
      assert.equal(again.length, 1);
      assert.equal(again[0]!.properties.iCloudBlockBackup, false);
      assert.equal(await h.backend.deleteConfiguration({ collection: 'deviceConfigurations', id: mine.id, identifier }), 'changed');
      assert.equal(await h.backend.deleteConfiguration({ collection: 'deviceConfigurations', id: mine.id, identifier }), 'unchanged');
    });

    test('an object without the marker is never modified or deleted', async (t) => {
      if (!h.canWrite || !h.addForeignConfiguration) return t.skip('needs a configuration made outside applemdm');
      const id = h.addForeignConfiguration();
      const identifier = `${PREFIX}.restrictions.hijack.ios`;
      const body = { '@odata.type': ODATA.iosRestrictions, displayName: 'x', description: ownershipDescription(identifier, 'contract') };
      await assert.rejects(h.backend.putConfiguration({ collection: 'deviceConfigurations', identifier, id, body }), (err: unknown) => err instanceof GraphError && err.code === 'NotOwned');
      await assert.rejects(h.backend.deleteConfiguration({ collection: 'deviceConfigurations', id, identifier }), (err: unknown) => err instanceof GraphError && err.code === 'NotOwned');
    });

    test('Graph errors carry the code and request-id and never a secret', async () => {
      const identifier = `${PREFIX}.restrictions.missing.ios`;
      const body = { '@odata.type': ODATA.iosRestrictions, displayName: 'x', description: ownershipDescription(identifier, 'contract') };
      await assert.rejects(h.backend.putConfiguration({ collection: 'deviceConfigurations', identifier, id: '00000000-0000-4000-8000-00000000dead', body }), (err: unknown) => {
        assert.ok(err instanceof GraphError);
        assert.equal(err.status, 404);
        assert.ok(err.code.length > 0 && err.code !== 'unknown');
        assert.ok(err.requestId, 'request-id');
        assert.ok(!err.message.includes(h.secret));
        return true;
      });
    });
  });
}
