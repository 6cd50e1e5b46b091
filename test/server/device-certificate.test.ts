import 'reflect-metadata';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { certificateFromHeader, rfc9440 } from '../../provider/server/device-auth/certificate-header';
import { verifyDeviceCertificate } from '../../provider/server/device-auth/verify-certificate';
import { createIdentityCa, issueDeviceIdentity, loadIdentityCa, type IdentityCa } from '../../provider/simulator/identity-certificates';
import { TEST_SEED, testDeviceCa } from './device-certs';

/** The two halves of device authentication as units: reading a proxy's certificate header, and judging the certificate. */
const NOW = new Date();
const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

/** A certificate from `ca` with the given validity and extended key usages (the simulator only issues good ones). */
async function issue(ca: IdentityCa, opts: { notBefore: Date; notAfter: Date; usages?: string[] }): Promise<Buffer> {
  const keys = await webcrypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const cert = await x509.X509CertificateGenerator.create({
    subject: 'CN=variant',
    issuer: ca.cert.subject,
    notBefore: opts.notBefore,
    notAfter: opts.notAfter,
    signingAlgorithm: ECDSA,
    publicKey: keys.publicKey as unknown as x509.PublicKeyType,
    signingKey: ca.privateKey,
    extensions: opts.usages ? [new x509.ExtendedKeyUsageExtension(opts.usages)] : [],
  });
  return Buffer.from(cert.rawData);
}

describe('the certificate header of a trusted proxy', () => {
  let der: Buffer;
  let pem: string;
  before(async () => {
    const identity = await issueDeviceIdentity((await testDeviceCa()).ca, 'HDR-1', TEST_SEED);
    der = identity.certDer;
    pem = identity.certPem;
  });

  it('reads RFC 9440 and URL-escaped PEM (nginx $ssl_client_escaped_cert) to the same DER', () => {
    assert.deepEqual(certificateFromHeader(rfc9440(der)), der);
    assert.deepEqual(certificateFromHeader(encodeURIComponent(pem)), der);
    assert.deepEqual(certificateFromHeader(pem.replace(/\n/g, '%0A').replace(/ /g, '%20')), der);
  });

  const junk: [string, string][] = [
    ['empty', ''],
    ['colons only', '::'],
    ['not base64', ':not base64!:'],
    ['PEM of a key, not a certificate', encodeURIComponent('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')],
    ['malformed percent-encoding', '%E0%A4%A'],
    ['plain text', 'device'],
  ];
  for (const [what, value] of junk) it(`gives nothing for ${what}`, () => assert.equal(certificateFromHeader(value), undefined));
});

describe('judging a device certificate', () => {
  let ca: IdentityCa;
  let issuers: X509Certificate[];
  before(async () => {
    ca = (await testDeviceCa()).ca;
    issuers = [new X509Certificate((await testDeviceCa()).certPem)];
  });

  it('accepts a device identity of the CA, and binds the key: a re-issued certificate of one device keeps its fingerprint', async () => {
    const a = await issueDeviceIdentity(ca, 'DEV-A', TEST_SEED);
    const again = await issueDeviceIdentity(ca, 'DEV-A', TEST_SEED);
    const other = await issueDeviceIdentity(ca, 'DEV-B', TEST_SEED);
    assert.notDeepEqual(a.certDer, again.certDer, 'a new certificate');
    const fp = (der: Buffer) => verifyDeviceCertificate(der, issuers, NOW).value?.keySha256;
    assert.match(fp(a.certDer) ?? '', /^[0-9a-f]{64}$/);
    assert.equal(fp(again.certDer), fp(a.certDer));
    assert.notEqual(fp(other.certDer), fp(a.certDer));
  });

  const day = 24 * 3600_000;
  const refusals: [string, () => Promise<Buffer>, RegExp][] = [
    ['an expired certificate', () => issue(ca, { notBefore: new Date(NOW.getTime() - 10 * day), notAfter: new Date(NOW.getTime() - day) }), /not valid at this time/],
    ['a certificate not valid yet', () => issue(ca, { notBefore: new Date(NOW.getTime() + day), notAfter: new Date(NOW.getTime() + 10 * day) }), /not valid at this time/],
    ['a server-only certificate', () => issue(ca, { notBefore: new Date(NOW.getTime() - day), notAfter: new Date(NOW.getTime() + day), usages: [x509.ExtendedKeyUsage.serverAuth] }), /client authentication/],
    ['the CA certificate itself', async () => Buffer.from(ca.cert.rawData), /CA certificate/],
    ['a device of another CA', async () => {
      const pems = await createIdentityCa('other');
      return (await issueDeviceIdentity(await loadIdentityCa(pems.certPem + pems.keyPem), 'DEV-A', TEST_SEED)).certDer;
    }, /not issued by a trusted device CA/],
    ['bytes that are no certificate', async () => Buffer.from('not a certificate'), /cannot be read/],
  ];
  for (const [what, make, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const verdict = verifyDeviceCertificate(await make(), issuers, NOW);
      assert.equal(verdict.value, undefined);
      assert.match(verdict.error ?? '', message);
    });
  }

  it('accepts a certificate whose extended key usage allows client authentication among others', async () => {
    const der = await issue(ca, { notBefore: new Date(NOW.getTime() - day), notAfter: new Date(NOW.getTime() + day), usages: [x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth] });
    assert.ok(verifyDeviceCertificate(der, issuers, NOW).value);
  });
});
