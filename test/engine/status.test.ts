import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeclarationStatus } from '../../provider/backends/contract';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { loadConfiguration } from '../../provider/frontends/load-config';
import { collectStatus, type StatusReport } from '../../provider/engine/status';
import { judge } from '../../provider/engine/status-classify';
import { makeFleet } from '../../provider/simulator/device-identity';
import { Fleet } from '../../provider/simulator/fleet';
import { testFleetAuthentication } from '../server/device-certs';
import { fetchAndCheckProfile, type ProfileFetcher } from '../../provider/simulator/profile-fetch';
import { baseConfig, harness } from './support/harness';

const status = (over: Partial<DeclarationStatus>): DeclarationStatus => ({
  identifier: 'x',
  active: true,
  valid: 'valid',
  serverToken: 't',
  current: true,
  reasons: [],
  ...over,
});

test('one device on one declaration: pending without a current report, failed only on a current one', () => {
  const cases: [string, DeclarationStatus | undefined, string][] = [
    ['no report yet', undefined, 'pending'],
    ['current, valid', status({}), 'valid'],
    ['current, valid but inactive', status({ active: false }), 'valid'],
    ['current, invalid', status({ valid: 'invalid', active: false }), 'failed'],
    ['current, valid with an Error reason', status({ reasons: [{ code: 'Error.ConfigurationNotSupported' }] }), 'failed'],
    ['current, valid with an Info reason', status({ reasons: [{ code: 'Info.NotReady' }] }), 'valid'],
    ['current, not decided yet', status({ valid: 'unknown', active: false }), 'pending'],
    ['stale token, valid', status({ current: false }), 'pending'],
    ['stale token, invalid', status({ current: false, valid: 'invalid' }), 'pending'],
  ];
  for (const [label, s, want] of cases) assert.equal(judge(s), want, label);
});

/**
 * Without an enrollment registry (real KMFDDM: the same server with its extensions off), the devices are the static
 * members of the configuration: here simulated devices whose enrollment IDs are listed as members of the sales group.
 */
test('status from static members: counts per resource, Apple reasons for the Mac, stale reports pending until the next sync', async () => {
  const h = await harness();
  const spec = { supervised: true, seed: 'status-engine' };
  const phones = makeFleet({ ...spec, count: 2, platform: 'iOS', osVersion: '18.1' }).map((d) => d.enrollmentId);
  const macs = makeFleet({ ...spec, count: 1, platform: 'macOS', osVersion: '14.6' }).map((d) => d.enrollmentId);
  const members = (cloudBackup: boolean) =>
    baseConfig({ cloudBackup }).replace('enrollment_ids: [ENR-1, ENR-2]', `enrollment_ids: [${[...phones, ...macs, 'NEVER-ENROLLED'].join(', ')}]`);
  const kmfddmOnly = await openKmfddmBackend({ url: h.server.url, env: {}, useExtensions: false });
  const fleets: Fleet[] = [];
  const report = async (): Promise<StatusReport> => {
    const loaded = await loadConfiguration(h.dir);
    const out = await collectStatus({ document: loaded.document!, backend: kmfddmOnly, now: new Date('2026-11-23T00:00:00Z'), assetsBaseUrl: 'http://127.0.0.1:9002/assets' });
    assert.ok(out.report, out.diagnostics.toArray().map((d) => d.detail).join('\n'));
    return out.report;
  };
  const counts = (r: StatusReport, address: string) => {
    const s = r.resources.find((x) => x.address === address)!;
    return { devices: s.devices, valid: s.valid, active: s.active, pending: s.pending, failed: s.failed };
  };
  try {
    h.write(members(false));
    const before = await report();
    const app = before.resources.find((r) => r.address === 'applemdm_app_assignment.slack_sales')!;
    assert.deepEqual(app.declarations, ['com.example.mdm.demo.app-assignment.slack-sales']);
    assert.deepEqual(app.notOnServer, app.declarations, 'not applied yet');

    await h.apply(await h.mustPlan());
    // Plans point ProfileURLs at the embedded server's published address (127.0.0.1:9002); this one listens elsewhere.
    const authentication = await testFleetAuthentication();
    const fetchProfile: ProfileFetcher = (url, id) => fetchAndCheckProfile(url.replace('http://127.0.0.1:9002', h.server.url), id);
    fleets.push(
      await Fleet.enroll({ serverUrl: h.server.url, env: {}, fetchProfile, authentication, ...spec, count: 2, platform: 'iOS', osVersion: '18.1' }),
      await Fleet.enroll({ serverUrl: h.server.url, env: {}, fetchProfile, authentication, ...spec, count: 1, platform: 'macOS', osVersion: '14.6' }),
    );
    for (const f of fleets) await f.round();

    const r = await report();
    assert.equal(r.deviceSource, 'static-members');
    assert.equal(r.devices, 4);
    assert.deepEqual(counts(r, 'applemdm_app_assignment.slack_sales'), { devices: 4, valid: 2, active: 2, pending: 1, failed: 1 });
    assert.deepEqual(counts(r, 'applemdm_restrictions.baseline'), { devices: 4, valid: 3, active: 3, pending: 1, failed: 0 });
    assert.deepEqual(counts(r, 'applemdm_software_update.ios'), { devices: 4, valid: 2, active: 2, pending: 1, failed: 1 });
    assert.deepEqual(counts(r, 'applemdm_device_group.sales'), { devices: 4, valid: 3, active: 3, pending: 1, failed: 0 });
    const failure = r.resources.find((x) => x.address === 'applemdm_app_assignment.slack_sales')!.failures;
    assert.deepEqual(failure.map((f) => f.enrollmentId), macs);
    assert.equal(failure[0]!.platform, undefined, 'no registry, no device facts');
    assert.equal(failure[0]!.declarations[0]!.reasons[0]!.code, 'Error.ConfigurationNotSupported');
    assert.deepEqual(r.resources.find((x) => x.address === 'applemdm_app_assignment.slack_sales')!.pendingDevices, ['NEVER-ENROLLED']);

    // A changed restriction: the devices' reports are for the old version until they sync again.
    h.write(members(true));
    await h.apply(await h.mustPlan());
    assert.deepEqual(counts(await report(), 'applemdm_restrictions.baseline'), { devices: 4, valid: 0, active: 0, pending: 4, failed: 0 });
    for (const f of fleets) await f.round();
    assert.deepEqual(counts(await report(), 'applemdm_restrictions.baseline'), { devices: 4, valid: 3, active: 3, pending: 1, failed: 0 });
  } finally {
    for (const f of fleets) f.close();
    kmfddmOnly.close();
    await h.close();
  }
});
