import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decl, startTestServer, type TestServer } from './helpers';
import type { DeclarationStatusRecord, EnrollmentRecord, StatusErrorRecord, StatusValueRecord } from '../../provider/server/index';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'server', 'status-report-ios.json');

describe('status reports', () => {
  let t: TestServer;
  const tokens: Record<string, string> = {};
  let report: string;

  before(async () => {
    t = await startTestServer();
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('st.act', { StandardConfigurations: ['st.cfg', 'st.bad'] }, 'com.apple.activation.simple') });
    await c.put('/v1/declarations', { json: decl('st.cfg') });
    await c.put('/v1/declarations', { json: decl('st.bad') });
    for (const id of ['st.act', 'st.cfg', 'st.bad']) {
      await c.put(`/v1/set-declarations/st.set?declaration=${id}`);
      tokens[id] = (await c.getJson<{ ServerToken: string }>(`/v1/declarations/${id}`)).ServerToken;
    }
    await c.put('/v1/enrollment-sets/DEV-1?set=st.set');
    report = fs
      .readFileSync(FIXTURE, 'utf8')
      .replace('__TOKEN_ACT__', tokens['st.act'])
      .replace('__TOKEN_CFG__', tokens['st.cfg'])
      .replace('__TOKEN_BAD__', 'an-old-token');
    const r = await c.put('/status', { enrollment: 'DEV-1', body: report });
    assert.equal(r.status, 200);
    assert.equal(r.text, '');
  });
  after(() => t.close());

  it('serves declaration status in KMFDDM\'s shape, with current = reported token is the one the device sees', async () => {
    const all = await t.client.getJson<Record<string, DeclarationStatusRecord[]>>('/v1/declaration-status/DEV-1');
    assert.deepEqual(Object.keys(all), ['DEV-1']);
    const rows = all['DEV-1'];
    assert.deepEqual(rows.map((r) => r.identifier), ['st.act', 'st.cfg', 'st.bad']);
    for (const r of rows) {
      assert.deepEqual(Object.keys(r).filter((k) => k !== 'reasons'), ['identifier', 'active', 'valid', 'server-token', 'current', 'status_received', 'status_id']);
      assert.match(r.status_received, /^\d{4}-\d\d-\d\dT/);
    }
    const [act, cfg, bad] = rows;
    assert.deepEqual([act.active, act.valid, act['server-token'], act.current], [true, 'valid', tokens['st.act'], true]);
    assert.deepEqual([cfg.active, cfg.valid, cfg.current], [true, 'valid', true]);
    assert.deepEqual([bad.active, bad.valid, bad['server-token'], bad.current], [false, 'invalid', 'an-old-token', false]);
    assert.deepEqual(bad.reasons, [{ code: 'Error.ConfigurationNotSupported', description: 'Not supported on this device.', details: { Identifier: 'st.bad' } }]);
    assert.equal(act.reasons, undefined);
  });

  it('marks a status no longer current once the declaration changes', async () => {
    await t.client.put('/v1/declarations', { json: decl('st.cfg', { Echo: 'v2' }) });
    const rows = (await t.client.getJson<Record<string, DeclarationStatusRecord[]>>('/v1/declaration-status/DEV-1'))['DEV-1'];
    assert.equal(rows.find((r) => r.identifier === 'st.cfg')?.current, false);
    assert.equal(rows.find((r) => r.identifier === 'st.act')?.current, true);
  });

  it('answers several enrollments at once and leaves out those without status', async () => {
    const all = await t.client.getJson<Record<string, unknown>>('/v1/declaration-status/DEV-1,NOBODY');
    assert.deepEqual(Object.keys(all), ['DEV-1']);
    assert.deepEqual(await t.client.getJson('/v1/declaration-status/NOBODY'), {});
  });

  it('records errors: failed declarations and the report\'s Errors', async () => {
    const errors = (await t.client.getJson<Record<string, StatusErrorRecord[]>>('/v1/status-errors/DEV-1'))['DEV-1'];
    assert.deepEqual(errors.map((e) => e.path), ['.StatusItems.management.declarations.configurations', '.Errors']);
    assert.equal((errors[0].error as { identifier: string }).identifier, 'st.bad');
    assert.equal((errors[1].error as { StatusItem: string }).StatusItem, 'passcode.is-compliant');
    assert.deepEqual(Object.keys(errors[0]), ['path', 'error', 'timestamp', 'status_id']);
  });

  it('flattens device and management items into status values, filtered by prefix', async () => {
    const values = (await t.client.getJson<Record<string, StatusValueRecord[]>>('/v1/status-values/DEV-1'))['DEV-1'];
    const pairs = values.map((v) => `${v.path}=${v.value}`);
    for (const expected of [
      '.StatusItems.device.operating-system.version=18.1',
      '.StatusItems.device.model.identifier=iPhone15,2',
      '.StatusItems.device.identifier.serial-number=F2LTEST0001',
      '.StatusItems.management.client-capabilities.supported-versions=1.0.0',
      '.StatusItems.management.client-capabilities.supported-payloads.declarations.configurations=com.apple.configuration.legacy',
    ]) {
      assert.ok(pairs.includes(expected), expected);
    }
    // As in KMFDDM: declarations, softwareupdate.* and app.managed.list stay out of the values.
    const paths = values.map((v) => v.path);
    assert.ok(!paths.some((p) => p.startsWith('.StatusItems.management.declarations') || /softwareupdate|\.app\./.test(p)), paths.join('\n'));
    for (const prefix of ['.StatusItems.device.', '.StatusItems.device.%']) {
      const filtered = (await t.client.getJson<Record<string, StatusValueRecord[]>>(`/v1/status-values/DEV-1?prefix=${encodeURIComponent(prefix)}`))['DEV-1'];
      assert.ok(filtered.length >= 7 && filtered.every((v) => v.path.startsWith('.StatusItems.device.')), prefix);
    }
  });

  it('keeps the raw report, served by index (0 = latest) or status id', async () => {
    const c = t.client;
    const latest = await c.get('/v1/status-report/DEV-1');
    assert.equal(latest.status, 200);
    assert.equal(latest.text, report);
    assert.equal(latest.headers.get('x-status-report-index'), '0');
    const statusId = latest.headers.get('x-status-report-id') ?? '';
    assert.match(statusId, /^[0-9a-f]{16}$/);
    assert.ok(latest.headers.get('last-modified'));
    const second = JSON.stringify({ StatusItems: { device: { 'operating-system': { version: '18.2' } } } });
    assert.equal((await c.put('/status', { enrollment: 'DEV-1', body: second })).status, 200);
    assert.equal((await c.get('/v1/status-report/DEV-1?index=0')).text, second);
    assert.equal((await c.get('/v1/status-report/DEV-1?index=1')).text, report);
    assert.equal((await c.get(`/v1/status-report/DEV-1?status_id=${statusId}`)).text, report);
    assert.equal((await c.get('/v1/status-report/DEV-1?index=2')).status, 404);
    assert.equal((await c.get('/v1/status-report/NOBODY')).status, 404);
    assert.equal((await c.get('/v1/status-report/DEV-1?index=-1')).status, 400);
  });

  it('replaces a value path with its newly reported value; keeps declaration status without a declarations item', async () => {
    const values = (await t.client.getJson<Record<string, StatusValueRecord[]>>('/v1/status-values/DEV-1?prefix=.StatusItems.device.operating-system.version'))['DEV-1'];
    assert.deepEqual(values.map((v) => v.value), ['18.2']);
    const rows = (await t.client.getJson<Record<string, DeclarationStatusRecord[]>>('/v1/declaration-status/DEV-1'))['DEV-1'];
    assert.equal(rows.length, 3);
  });

  it('updates the registry from device items', async () => {
    const rec = await t.client.getJson<EnrollmentRecord>('/v1/enrollments/DEV-1');
    assert.equal(rec.platform, 'iOS');
    assert.equal(rec.os_version, '18.2');
    assert.equal(rec.os_build, '22B83');
    assert.equal(rec.model, 'iPhone15,2');
    assert.equal(rec.serial_number, 'F2LTEST0001');
    assert.equal(rec.supervised, null);
  });

  it('a declarations item listing nothing clears the declaration status; a FullReport replaces all values', async () => {
    const empty = { StatusItems: { management: { declarations: { activations: [], configurations: [], assets: [], management: [] } } }, FullReport: true };
    assert.equal((await t.client.put('/status', { enrollment: 'DEV-1', json: empty })).status, 200);
    assert.deepEqual(await t.client.getJson('/v1/declaration-status/DEV-1'), {});
    assert.deepEqual(await t.client.getJson('/v1/status-values/DEV-1'), {});
  });
});

describe('enrollment registry', () => {
  let t: TestServer;
  before(async () => (t = await startTestServer()));
  after(() => t.close());

  it('registers facts with PUT (204), repeats are 304, absent keys are kept', async () => {
    const c = t.client;
    const facts = { platform: 'macOS', os_version: '15.1', model: 'Mac14,2', supervised: true };
    assert.equal((await c.put('/v1/enrollments/MAC-1', { json: facts })).status, 204);
    assert.equal((await c.put('/v1/enrollments/MAC-1', { json: facts })).status, 304);
    assert.equal((await c.put('/v1/enrollments/MAC-1', { json: { os_version: '15.2' } })).status, 204);
    const rec = await c.getJson<EnrollmentRecord>('/v1/enrollments/MAC-1');
    assert.deepEqual(
      { platform: rec.platform, os_version: rec.os_version, model: rec.model, supervised: rec.supervised, last_seen: rec.last_seen },
      { platform: 'macOS', os_version: '15.2', model: 'Mac14,2', supervised: true, last_seen: null },
    );
    const list = await c.getJson<EnrollmentRecord[]>('/v1/enrollments');
    assert.deepEqual(list.map((e) => e.id), ['MAC-1']);
    assert.deepEqual(Object.keys(list[0]).sort(), [
      'certificate_key_sha256', 'id', 'last_notified', 'last_seen', 'model', 'notify_count', 'os_build', 'os_version', 'platform', 'registered_at', 'serial_number', 'supervised',
    ]);
    assert.equal(list[0].certificate_key_sha256, null, 'registered by the management API: bound to no device certificate yet');
  });

  it('refuses wrong types and unknown facts (400), storing nothing', async () => {
    const c = t.client;
    for (const body of [{ supervised: 'yes' }, { platform: 3 }, { colour: 'red' }, [1], { model: 'x'.repeat(129) }]) {
      assert.equal((await c.put('/v1/enrollments/MAC-2', { json: body })).status, 400, JSON.stringify(body));
    }
    assert.equal((await c.get('/v1/enrollments/MAC-2')).status, 404);
  });

  it('deletes with 204, then 304', async () => {
    assert.equal((await t.client.delete('/v1/enrollments/MAC-1')).status, 204);
    assert.equal((await t.client.delete('/v1/enrollments/MAC-1')).status, 304);
    assert.deepEqual(await t.client.getJson('/v1/enrollments'), []);
  });
});
