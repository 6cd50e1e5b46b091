import { test } from 'node:test';
import assert from 'node:assert/strict';
import { webcrypto } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { IntuneConfigError } from '../../provider/backends/intune/graph-errors';
import { resolveIntuneConnection } from '../../provider/backends/intune/intune-config';
import { GraphSimulator } from './simulator/graph-simulator';
import { graphClientFor } from './support/graph-harness';

const TENANT = '8f9a4c1e-3b2d-4e5f-a6b7-c8d9e0f1a2b3';
const BASE = { APPLEMDM_INTUNE_CLIENT_ID: 'client-1', APPLEMDM_INTUNE_CLIENT_SECRET: 'a-long-client-secret-value' };

test('the target names the tenant and the group map; credentials and endpoints come from the environment', () => {
  const c = resolveIntuneConnection(`intune://${TENANT}?group.sales_iphones=Sales%20iPhones`, BASE);
  assert.equal(c.tenantId, TENANT);
  assert.equal(c.clientId, 'client-1');
  assert.deepEqual(c.credential, { kind: 'secret', secret: 'a-long-client-secret-value' });
  assert.equal(c.authorityUrl, 'https://login.microsoftonline.com');
  assert.equal(c.graphUrl, 'https://graph.microsoft.com');
  assert.deepEqual(c.groupMap, { sales_iphones: 'Sales iPhones' });
  assert.equal(c.location, `intune://${TENANT}?group.sales_iphones=Sales%20iPhones`);
  assert.ok(!c.location.includes('secret'));
  assert.equal(resolveIntuneConnection('intune://', { ...BASE, APPLEMDM_INTUNE_TENANT_ID: 'contoso.onmicrosoft.com' }).tenantId, 'contoso.onmicrosoft.com');
});

test('a secret from a file; the file is named in errors, its content never', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-intune-config-'));
  try {
    const file = path.join(dir, 'secret');
    fs.writeFileSync(file, 'secret-from-file-value\n');
    const env = { APPLEMDM_INTUNE_CLIENT_ID: 'c', APPLEMDM_INTUNE_CLIENT_SECRET_FILE: file };
    assert.deepEqual(resolveIntuneConnection(`intune://${TENANT}`, env).credential, { kind: 'secret', secret: 'secret-from-file-value' });
    fs.writeFileSync(file, '\n');
    assert.throws(() => resolveIntuneConnection(`intune://${TENANT}`, env), /is empty/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const REFUSED: { name: string; url: string; env: NodeJS.ProcessEnv; message: RegExp }[] = [
  { name: 'no tenant', url: 'intune://', env: BASE, message: /No tenant/ },
  { name: 'tenants disagree', url: `intune://${TENANT}`, env: { ...BASE, APPLEMDM_INTUNE_TENANT_ID: 'other.onmicrosoft.com' }, message: /agree/ },
  { name: 'credentials in the URL', url: `intune://user:pw@${TENANT}`, env: BASE, message: /must not contain credentials/ },
  { name: 'unknown parameter', url: `intune://${TENANT}?secret=x`, env: BASE, message: /Unknown parameter "secret"/ },
  { name: 'no client id', url: `intune://${TENANT}`, env: { APPLEMDM_INTUNE_CLIENT_SECRET: 'x-long-secret' }, message: /APPLEMDM_INTUNE_CLIENT_ID is not set/ },
  { name: 'no credential', url: `intune://${TENANT}`, env: { APPLEMDM_INTUNE_CLIENT_ID: 'c' }, message: /No client credential/ },
  { name: 'two credentials', url: `intune://${TENANT}`, env: { ...BASE, APPLEMDM_INTUNE_CERTIFICATE_FILE: '/x.pem' }, message: /exactly one credential/ },
  { name: 'plain http authority off loopback', url: `intune://${TENANT}`, env: { ...BASE, APPLEMDM_INTUNE_AUTHORITY_URL: 'http://login.example.com' }, message: /must be an https URL/ },
];
for (const c of REFUSED) {
  test(`refused before any request: ${c.name}`, () => {
    assert.throws(() => resolveIntuneConnection(c.url, c.env), (err: unknown) => {
      assert.ok(err instanceof IntuneConfigError);
      assert.match(err.message, c.message);
      assert.ok(!err.message.includes('a-long-client-secret-value'));
      return true;
    });
  });
}

test('certificate credential: a signed client assertion (RS256, x5t#S256) gets a token from the SIMULATOR', async () => {
  x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
  const alg = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256', publicExponent: new Uint8Array([1, 0, 1]), modulusLength: 2048 };
  const keys = await webcrypto.subtle.generateKey(alg, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: '01',
    name: 'CN=applemdm test',
    notBefore: new Date(Date.now() - 60_000),
    notAfter: new Date(Date.now() + 3600_000),
    signingAlgorithm: alg,
    keys: keys as unknown as Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const keyPem = `-----BEGIN PRIVATE KEY-----\n${pkcs8.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END PRIVATE KEY-----\n`;
  const certPem = `${cert.toString('pem')}\n`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-intune-cert-'));
  const sim = await new GraphSimulator({ tenantId: TENANT, clientId: 'cert-client', certificatePem: certPem }).start();
  try {
    const file = path.join(dir, 'client.pem');
    fs.writeFileSync(file, certPem + keyPem);
    const env = { ...sim.env(), APPLEMDM_INTUNE_CERTIFICATE_FILE: file };
    const h = graphClientFor(sim, env);
    sim.addGroup('Sales', '00000000-0000-4000-8000-000000000001');
    try {
      assert.equal((await h.graph.get<{ displayName: string }>('groups/00000000-0000-4000-8000-000000000001')).displayName, 'Sales');
      const tokenRequest = sim.log.find((l) => l.path.endsWith('/oauth2/v2.0/token'))!;
      assert.match(tokenRequest.body!, /client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer/);
      assert.ok(!tokenRequest.body!.includes('client_secret'));
    } finally {
      h.close();
    }
  } finally {
    await sim.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
