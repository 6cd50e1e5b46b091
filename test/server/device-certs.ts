import * as fs from 'node:fs';
import * as path from 'node:path';
import { createIdentityCa, issueDeviceIdentity, loadIdentityCa, type IdentityCa } from '../../provider/simulator/identity-certificates';

/**
 * One device CA per test process and device identities issued from it, so tests reach the device routes the way a
 * real device behind a TLS-terminating proxy does: X-Enrollment-ID plus its certificate in the proxy's header.
 */
export const TEST_CERT_HEADER = 'X-Applemdm-Device-Cert';
export const TEST_SEED = 'applemdm-tests';

export interface TestCa {
  certPem: string;
  keyPem: string;
  ca: IdentityCa;
}

let testCa: Promise<TestCa> | undefined;

export function testDeviceCa(): Promise<TestCa> {
  return (testCa ??= (async () => {
    const pems = await createIdentityCa('applemdm test device CA');
    return { ...pems, ca: await loadIdentityCa(pems.certPem + pems.keyPem) };
  })());
}

const certHeaders = new Map<string, Promise<string>>();

/** The RFC 9440 certificate header value of the test device `enrollmentId` (one stable identity per ID). */
export function deviceCertHeader(enrollmentId: string, seed = TEST_SEED): Promise<string> {
  const key = `${seed}\u0000${enrollmentId}`;
  let value = certHeaders.get(key);
  if (!value) {
    value = testDeviceCa().then(async ({ ca }) => `:${(await issueDeviceIdentity(ca, enrollmentId, seed)).certDer.toString('base64')}:`);
    certHeaders.set(key, value);
  }
  return value;
}

/** X-Enrollment-ID and the certificate header of the test device `enrollmentId`. */
export async function deviceHeaders(enrollmentId: string): Promise<Record<string, string>> {
  return { 'X-Enrollment-ID': enrollmentId, [TEST_CERT_HEADER]: await deviceCertHeader(enrollmentId) };
}

/** startEmbeddedServer's deviceAuth for the test CA, trusting TEST_CERT_HEADER from loopback. */
export async function testDeviceAuth(): Promise<{ caPem: string; certHeader: string }> {
  return { caPem: (await testDeviceCa()).certPem, certHeader: TEST_CERT_HEADER };
}

/** Fleet.enroll's `authentication` for the test CA: simulated devices present test-CA certificates in the header. */
export async function testFleetAuthentication(): Promise<{ ca: IdentityCa; certHeader: string }> {
  return { ca: (await testDeviceCa()).ca, certHeader: TEST_CERT_HEADER };
}

/**
 * The test CA as files for the CLI: `ca` (certificate only, for `serve --device-ca`) and `caWithKey` (certificate and
 * key, for `simulate --identity-ca`), plus the flags each command needs.
 */
export async function writeTestCaFiles(dir: string): Promise<{ ca: string; caWithKey: string; serveFlags: string[]; simulateFlags: string[] }> {
  const { certPem, keyPem } = await testDeviceCa();
  const ca = path.join(dir, 'device-ca.pem');
  const caWithKey = path.join(dir, 'device-ca-with-key.pem');
  fs.writeFileSync(ca, certPem);
  fs.writeFileSync(caWithKey, certPem + keyPem, { mode: 0o600 });
  return {
    ca,
    caWithKey,
    serveFlags: ['--device-ca', ca, '--device-cert-header', TEST_CERT_HEADER],
    simulateFlags: ['--identity-ca', caWithKey, '--cert-header', TEST_CERT_HEADER],
  };
}
