import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { decl, rawRequest, startTestServer, type TestServer } from './helpers';
import { TEST_CERT_HEADER, deviceCertHeader, testDeviceAuth } from './device-certs';
import { startEmbeddedServer } from '../../provider/server/index';
import { createIdentityCa, issueDeviceIdentity, loadIdentityCa } from '../../provider/simulator/identity-certificates';

/**
 * The attacks of issue 18 on the device side, each of which worked with no credentials: a made-up X-Enrollment-ID
 * registered an enrollment and read the stack's profile, a forged status report put its serial number (and so its
 * enrollment) in a static member's group, and any client overwrote another enrollment's declaration status. Now the
 * device is its identity certificate: without one from the device CA nothing is created, read or written.
 */
const KEY = 'impostor-test-key';
const PROFILE = '<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadType</key><string>Configuration</string></dict></plist>';
const VICTIM = 'DEV-VICTIM';
const report = (serial: string, valid: 'valid' | 'invalid') => ({
  StatusItems: {
    device: { identifier: { 'serial-number': serial } },
    management: { declarations: { configurations: [{ identifier: 'cfg.restrictions', active: valid === 'valid', valid, 'server-token': 'x' }] } },
  },
  FullReport: true,
});

describe('device routes against impostors', () => {
  let t: TestServer;
  /** What an attack must not change: the registry, the victim's status, its sets. */
  let before_: string[];
  const state = async (): Promise<string[]> =>
    Promise.all(['/v1/enrollments', `/v1/declaration-status/${VICTIM}`, `/v1/status-values/${VICTIM}`, '/v1/bulk/sets', '/v1/notifications'].map(async (p) => (await t.client.get(p)).text));
  /** Certificates an attacker can make: its own CA's (a valid chain, the wrong root), and that CA itself. */
  let rogue: { device: string; ca: string; escapedPem: string };

  before(async () => {
    t = await startTestServer({ apiKey: KEY });
    const c = t.client;
    await c.put('/v1/assets/restrictions.mobileconfig', { body: PROFILE, headers: { 'Content-Type': 'application/x-apple-aspen-config' } });
    await c.put('/v1/declarations', { json: decl('cfg.restrictions', { ProfileURL: `${t.server.url}/assets/restrictions.mobileconfig` }, 'com.apple.configuration.legacy') });
    await c.put('/v1/set-declarations/s.sales?declaration=cfg.restrictions');
    await c.put(`/v1/enrollment-sets/${VICTIM}?set=s.sales`);
    assert.equal((await c.put('/status', { enrollment: VICTIM, json: report('SN-VICTIM', 'valid') })).status, 200);
    const pems = await createIdentityCa('attacker CA');
    const ca = await loadIdentityCa(pems.certPem + pems.keyPem);
    const device = await issueDeviceIdentity(ca, VICTIM, 'attacker');
    rogue = {
      device: `:${device.certDer.toString('base64')}:`,
      ca: `:${Buffer.from(ca.cert.rawData).toString('base64')}:`,
      escapedPem: encodeURIComponent(device.certPem),
    };
    before_ = await state();
  });
  after(() => t.close());

  it('1,000 device requests with made-up identities create no enrollment, read no profile and write no status', async () => {
    const credentials: (Record<string, string> | (() => Promise<Record<string, string>>))[] = [
      {},
      { [TEST_CERT_HEADER]: 'garbage' },
      { [TEST_CERT_HEADER]: ':bm90IGEgY2VydGlmaWNhdGU=:' },
      { [TEST_CERT_HEADER]: rogue.device },
      { [TEST_CERT_HEADER]: rogue.ca },
      { [TEST_CERT_HEADER]: rogue.escapedPem },
      { 'X-Client-Cert': rogue.device, 'Mdm-Signature': 'bm90aGluZw==' },
      // A real device's certificate, claiming another enrollment: one certificate serves one enrollment.
      async () => ({ [TEST_CERT_HEADER]: await deviceCertHeader(VICTIM) }),
    ];
    const requests: [string, string, string?][] = [
      ['GET', '/tokens'],
      ['GET', '/declaration-items'],
      ['GET', '/declaration/configuration/cfg.restrictions'],
      ['GET', '/assets/restrictions.mobileconfig'],
      ['GET', '/notifications'],
      ['PUT', '/status', JSON.stringify(report('SN-VICTIM', 'invalid'))],
    ];
    const statuses = new Map<number, number>();
    for (let i = 0; i < 1000; i++) {
      const cred = credentials[i % credentials.length];
      const [method, path, body] = requests[Math.floor(i / credentials.length) % requests.length];
      const fromVictimCert = typeof cred === 'function';
      // Made-up identities, and (every third request, unless it carries the victim's own certificate) the victim's.
      const id = i % 3 === 0 && !fromVictimCert ? VICTIM : `IMPOSTOR-${i}`;
      const headers = { 'X-Enrollment-ID': id, ...(typeof cred === 'function' ? await cred() : cred) };
      const r = await rawRequest(t.server.url, method, path, headers, body);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      assert.ok(r.status === 401 || r.status === 403, `${method} ${path} as ${id}: ${r.status} ${r.text.slice(0, 200)}`);
      assert.ok(!r.text.includes('PayloadType'), 'no profile bytes');
    }
    assert.deepEqual([...statuses.keys()].sort(), [401, 403]);
    assert.deepEqual(await state(), before_, 'no enrollment, status, set or notification changed');
    const ids = (await t.client.getJson<{ id: string }[]>('/v1/enrollments')).map((e) => e.id);
    assert.deepEqual(ids, [VICTIM]);
  });

  it('the victim itself still syncs, reads its profile and reports (its certificate is bound to it)', async () => {
    const c = t.client;
    assert.equal((await c.get('/assets/restrictions.mobileconfig', { enrollment: VICTIM })).status, 200);
    assert.equal((await c.get('/declaration/configuration/cfg.restrictions', { enrollment: VICTIM })).status, 200);
    assert.equal((await c.put('/status', { enrollment: VICTIM, json: report('SN-VICTIM', 'valid') })).status, 200);
  });

  it('an authenticated device cannot overwrite another enrollment\'s status, nor take over its enrollment', async () => {
    const c = t.client;
    assert.equal((await c.get('/tokens', { enrollment: 'DEV-OTHER' })).status, 200, 'DEV-OTHER checks in');
    const forged = await c.put('/status', { enrollment: VICTIM, certOf: 'DEV-OTHER', json: report('SN-VICTIM', 'invalid') });
    assert.equal(forged.status, 403, forged.text);
    const status = await c.getJson<Record<string, { valid: string }[]>>(`/v1/declaration-status/${VICTIM}`);
    assert.deepEqual(status[VICTIM]?.map((s) => s.valid), ['valid']);
    assert.equal((await c.get('/tokens', { enrollment: VICTIM, certOf: 'DEV-OTHER' })).status, 403);
  });

  it('an enrollment the management API registered is bound by its first authenticated check-in, then only to that key', async () => {
    const c = t.client;
    assert.equal((await c.put('/v1/enrollments/DEV-PRE', { json: { platform: 'iOS' } })).status, 204);
    assert.equal((await c.get('/tokens', { enrollment: 'DEV-PRE' })).status, 200);
    const rec = await c.getJson<{ certificate_key_sha256: string | null; platform: string }>('/v1/enrollments/DEV-PRE');
    assert.match(rec.certificate_key_sha256 ?? '', /^[0-9a-f]{64}$/);
    assert.equal(rec.platform, 'iOS');
    assert.equal((await c.get('/tokens', { enrollment: 'DEV-PRE', certOf: 'DEV-PRE-2' })).status, 403);
    // Deleting the enrollment releases the binding: the way to re-enroll a device with a new identity.
    assert.equal((await c.delete('/v1/enrollments/DEV-PRE')).status, 204);
    assert.equal((await c.get('/tokens', { enrollment: 'DEV-PRE', certOf: 'DEV-PRE-2' })).status, 200);
  });
});

describe('device routes without device authentication configured', () => {
  it('refuse every device request (401), even one carrying a valid certificate', async () => {
    // What plan and apply start in-process: no devices, so no device CA.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-no-device-auth-'));
    const bare = await startEmbeddedServer({ dataDir });
    try {
      for (const p of ['/tokens', '/declaration-items', '/notifications', '/assets/x.bin']) {
        const r = await rawRequest(bare.url, 'GET', p, { 'X-Enrollment-ID': 'E1', [TEST_CERT_HEADER]: await deviceCertHeader('E1') });
        assert.equal(r.status, 401, `${p}: ${r.text}`);
      }
      assert.deepEqual(await (await fetch(`${bare.url}/v1/enrollments`)).json(), []);
    } finally {
      await bare.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('the certificate header from an address that is not a trusted proxy', () => {
  it('is not believed (401), however valid the certificate', async () => {
    const t = await startTestServer({ deviceAuth: { ...(await testDeviceAuth()), trustedProxies: ['192.0.2.10'] } });
    try {
      const r = await t.client.get('/tokens', { enrollment: 'E1' });
      assert.equal(r.status, 401, r.text);
      assert.match(r.text, /trusted proxy/);
      assert.deepEqual(await t.client.getJson('/v1/enrollments'), []);
    } finally {
      await t.close();
    }
  });
});
