import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileDocument } from '../../provider/apple/compile-document';
import { desiredServerState } from '../../provider/apple/ddm-state';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { loadForServer } from '../../provider/cli/load-for-server';
import { startEmbeddedServer } from '../../provider/server';
import { Fleet, formatSummary } from '../../provider/simulator/fleet';
import { testDeviceAuth, testFleetAuthentication } from '../server/device-certs';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The end-to-end check without the engine's capability gate: the quickstart's DDM objects (declarations,
 * sets, profile assets) written through the kmfddm backend to the embedded server, then 20 supervised iPhones synced
 * into the sales group, and 5 Macs put into the same (iPhone) group by mistake. Every declaration a device receives
 * must be valid and active, or invalid with Apple's reason; declaration-status must hold what the devices reported.
 */
test('quickstart objects on the embedded server: simulated devices report every declaration', async () => {
  const loaded = await loadForServer(path.join(ROOT, 'examples/quickstart'));
  assert.ok(!loaded.diagnostics.hasError(), 'the quickstart loads');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-quickstart-fleet-'));
  const server = await startEmbeddedServer({ dataDir, apiKey: 'qs-key', deviceAuth: await testDeviceAuth() });
  const authentication = await testFleetAuthentication();
  const backend = await openKmfddmBackend({ url: server.url, apiKey: 'qs-key', env: {} });
  try {
    const compiled = compileDocument(loaded.document, {
      now: new Date('2026-11-01T12:00:00Z'),
      ...(loaded.catalog ? { catalog: loaded.catalog } : {}),
      assetsBaseUrl: `${server.url}/assets`,
    });
    const state = desiredServerState(loaded.document, compiled.artifacts);
    for (const asset of state.assets) await backend.putAsset(asset.name, asset.bytes, asset.contentType);
    for (const d of state.declarations) await backend.putDeclaration(d);
    for (const [set, ids] of Object.entries(state.sets)) for (const id of ids) await backend.addSetDeclaration(set, id);

    const sets = Object.keys(state.sets);
    const phones = sets.find((s) => s.endsWith('sales-iphones'));
    assert.ok(phones, `sets: ${sets.join(', ')}`);
    const fleets = [
      await Fleet.enroll({ serverUrl: server.url, apiKey: 'qs-key', env: {}, count: 20, platform: 'iOS', osVersion: '18.1', supervised: true, group: phones, seed: 'qs', authentication }),
      await Fleet.enroll({ serverUrl: server.url, apiKey: 'qs-key', env: {}, count: 5, platform: 'macOS', osVersion: '15.1', supervised: true, group: phones, seed: 'qs', authentication }),
    ];
    try {
      const verdicts: Record<string, string>[] = [];
      for (const fleet of fleets) {
        const summary = await fleet.round();
        assert.equal(summary.synced, fleet.devices.length);
        assert.deepEqual(summary.declarations.map((t) => t.identifier), [...state.sets[phones]!].sort(), formatSummary(summary));
        verdicts.push(Object.fromEntries(summary.declarations.map((t) => [t.identifier.replace(/^.*quickstart\./, ''), t.valid ? 'valid' : Object.keys(t.reasons).join(',')])));
        for (const t of summary.declarations) {
          const devices = fleet.devices.length;
          const ok = t.valid === devices && t.active === devices;
          const refused = t.invalid === devices && Object.keys(t.reasons).every((code) => /^(Error|Info)\.[A-Za-z]+$/.test(code));
          assert.ok(ok || refused, `${t.identifier}: ${JSON.stringify(t)}\n${formatSummary(summary)}`);
        }
        const status = await backend.declarationStatus(fleet.identities.map((d) => d.enrollmentId));
        for (const device of fleet.devices) {
          const reported = Object.values(device.evaluation.declarations).flat().map((s) => [s.identifier, s.valid, s.active]);
          const stored = (status[device.identity.enrollmentId] ?? []).map((s) => [s.identifier, s.valid, s.active]);
          assert.deepEqual(stored.sort(), reported.sort());
        }
      }
      // The iPhones take everything; on a Mac the iOS-only app and deferral declarations are refused with Apple's reason.
      assert.ok(Object.values(verdicts[0]!).every((v) => v === 'valid'), JSON.stringify(verdicts[0]));
      assert.equal(verdicts[1]!['app-assignment.slack-sales'], 'Error.ConfigurationNotSupported');
      assert.equal(verdicts[1]!['software-update.ios-sales.settings'], 'Error.ConfigurationNotSupported');
      assert.equal(verdicts[1]!['restrictions.baseline'], 'valid');
      const iphones = await fleets[0]!.round();
      assert.equal(iphones.synced, 0, 'nothing changed, nothing re-sent');
    } finally {
      for (const f of fleets) f.close();
    }
  } finally {
    backend.close();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
