import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as https from 'node:https';
import { basic, decl, startTestServer, type TestServer } from './helpers';
import { TEST_CERT_HEADER, TEST_SEED, deviceCertHeader, testDeviceCa } from './device-certs';
import { mintSelfSignedCertificate } from '../../provider/terraform/plugin/auto-mtls';
import { issueDeviceIdentity } from '../../provider/simulator/identity-certificates';

/**
 * Devices connecting straight to the server over mutual TLS: the TLS client certificate is the identity (the
 * connection proved possession of its key). Management clients connect without one and use the API key.
 */
const KEY = 'mtls-test-key';

describe('device authentication by mutual TLS', () => {
  let t: TestServer;
  let serverCa: string;
  const identity = async (id: string) => issueDeviceIdentity((await testDeviceCa()).ca, id, TEST_SEED);

  function request(
    method: string,
    path: string,
    opts: { headers?: Record<string, string>; cert?: { certPem: string; keyPem: string }; body?: string } = {},
  ): Promise<{ status: number; text: string }> {
    const url = new URL(t.server.url);
    return new Promise((resolve, reject) => {
      const req = https.request(
        {
          host: url.hostname,
          port: url.port,
          servername: 'localhost',
          method,
          path,
          headers: opts.headers,
          ca: serverCa,
          ...(opts.cert ? { cert: opts.cert.certPem, key: opts.cert.keyPem } : {}),
          agent: false,
        },
        (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString('utf8')));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end(opts.body);
    });
  }

  before(async () => {
    const tls = await mintSelfSignedCertificate('localhost');
    serverCa = tls.certPem;
    // No certificate header: only the TLS layer can identify a device here.
    t = await startTestServer({ apiKey: KEY, tls: { certPem: tls.certPem, keyPem: tls.keyPem }, deviceAuth: { caPem: (await testDeviceCa()).certPem } });
    assert.match(t.server.url, /^https:\/\//);
    const auth = { Authorization: basic('kmfddm', KEY) };
    for (const [method, path, body] of [
      ['PUT', '/v1/declarations', JSON.stringify(decl('cfg.m'))],
      ['PUT', '/v1/set-declarations/s.m?declaration=cfg.m'],
      ['PUT', '/v1/enrollment-sets/M1?set=s.m'],
    ] as const) {
      const r = await request(method, path, { headers: auth, body });
      assert.equal(r.status, 204, `${method} ${path}: ${r.text}`);
    }
  });
  after(() => t.close());

  it('serves a device presenting its certificate and binds its enrollment to it', async () => {
    const r = await request('GET', '/declaration-items', { headers: { 'X-Enrollment-ID': 'M1' }, cert: await identity('M1') });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual((JSON.parse(r.text) as { Declarations: { Configurations: { Identifier: string }[] } }).Declarations.Configurations.map((i) => i.Identifier), ['cfg.m']);
    const rec = await request('GET', '/v1/enrollments/M1', { headers: { Authorization: basic('kmfddm', KEY) } });
    assert.match(rec.text, /"certificate_key_sha256":"[0-9a-f]{64}"/);
  });

  it('refuses a device without a client certificate (401), and a certificate header it was not told to trust', async () => {
    assert.equal((await request('GET', '/tokens', { headers: { 'X-Enrollment-ID': 'M1' } })).status, 401);
    const header = { 'X-Enrollment-ID': 'M1', [TEST_CERT_HEADER]: await deviceCertHeader('M1') };
    assert.equal((await request('GET', '/tokens', { headers: header })).status, 401);
  });

  it('refuses another device\'s certificate for a bound enrollment (403)', async () => {
    assert.equal((await request('GET', '/tokens', { headers: { 'X-Enrollment-ID': 'M1' }, cert: await identity('M2') })).status, 403);
  });

  it('refuses a client certificate from another CA (401)', async () => {
    const foreign = await mintSelfSignedCertificate('not-a-device');
    assert.equal((await request('GET', '/tokens', { headers: { 'X-Enrollment-ID': 'M9' }, cert: foreign })).status, 401);
  });

  it('lets a management client connect without a client certificate', async () => {
    const r = await request('GET', '/v1/declarations', { headers: { Authorization: basic('kmfddm', KEY) } });
    assert.equal(r.status, 200, r.text);
  });
});
