import 'reflect-metadata';
import { createECDH, createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/**
 * Device identity certificates for simulated devices. A real device gets its identity from the organisation's
 * SCEP/ACME CA at enrollment; the simulator plays that CA with a CA certificate and key it is given (`--identity-ca`),
 * so `applemdm serve --device-ca` checks simulated devices exactly as it checks real ones. A device's key is derived
 * from (CA, seed, enrollment ID): the same simulated device keeps the same key across runs, so the enrollment it bound
 * at its first check-in stays its own. For testing only: anyone holding the seed and the CA can derive the keys.
 */
x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

type Keys = Parameters<typeof x509.X509CertificateGenerator.createSelfSigned>[0]['keys'];
type SigningKey = Parameters<typeof x509.X509CertificateGenerator.create>[0] extends infer P ? (P extends { signingKey: infer K } ? K : never) : never;

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };

export interface IdentityCa {
  certPem: string;
  cert: x509.X509Certificate;
  privateKey: SigningKey;
}

export interface DeviceIdentityCertificate {
  certDer: Buffer;
  certPem: string;
  keyPem: string;
}

/** A new self-signed device CA (PEM certificate and PKCS#8 key), for tests and local trials. */
export async function createIdentityCa(commonName = 'applemdm simulated device CA'): Promise<{ certPem: string; keyPem: string }> {
  const keys = await webcrypto.subtle.generateKey(ECDSA, true, ['sign', 'verify']);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: `CN=${commonName}, O=applemdm`,
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 5 * 365 * 24 * 3600_000),
    signingAlgorithm: ECDSA,
    keys: keys as unknown as Keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certPem: `${cert.toString('pem')}\n`, keyPem: pem('PRIVATE KEY', pkcs8) };
}

/** Reads a CA from PEM text holding its certificate and its PKCS#8 private key (ECDSA P-256). */
export async function loadIdentityCa(text: string): Promise<IdentityCa> {
  const certMatch = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/.exec(text);
  const keyMatch = /-----BEGIN PRIVATE KEY-----([\s\S]*?)-----END PRIVATE KEY-----/.exec(text);
  if (!certMatch || !keyMatch) throw new Error('The identity CA file must hold a PEM certificate and a PKCS#8 "PRIVATE KEY".');
  const cert = new x509.X509Certificate(certMatch[0]);
  let privateKey: SigningKey;
  try {
    const der = Buffer.from(keyMatch[1].replace(/\s+/g, ''), 'base64');
    privateKey = (await webcrypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])) as unknown as SigningKey;
  } catch {
    throw new Error('The identity CA key must be an ECDSA P-256 key in PKCS#8 PEM ("BEGIN PRIVATE KEY").');
  }
  return { certPem: certMatch[0], cert, privateKey };
}

/** The identity certificate of one simulated device: subject CN = its enrollment ID, client authentication only. */
export async function issueDeviceIdentity(ca: IdentityCa, enrollmentId: string, seed: string): Promise<DeviceIdentityCertificate> {
  const { privateJwk, publicJwk } = derivedKey(Buffer.from(ca.cert.rawData), seed, enrollmentId);
  const publicKey = await webcrypto.subtle.importKey('jwk', publicJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['verify']);
  const privateKey = await webcrypto.subtle.importKey('jwk', privateJwk, { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']);
  const now = Date.now();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${enrollmentId.replace(/[,+"\\<>;=]/g, '_')}, O=applemdm simulator`,
    issuer: ca.cert.subject,
    notBefore: new Date(now - 3600_000),
    notAfter: new Date(now + 365 * 24 * 3600_000),
    signingAlgorithm: ECDSA,
    publicKey: publicKey as unknown as x509.PublicKeyType,
    signingKey: ca.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
    ],
  });
  const pkcs8 = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', privateKey));
  return { certDer: Buffer.from(cert.rawData), certPem: `${cert.toString('pem')}\n`, keyPem: pem('PRIVATE KEY', pkcs8) };
}

/** A P-256 key pair derived from (CA, seed, enrollment ID): SHA-256 as the private scalar (re-hashed if out of range). */
function derivedKey(caDer: Buffer, seed: string, enrollmentId: string): { privateJwk: webcrypto.JsonWebKey; publicJwk: webcrypto.JsonWebKey } {
  let d = createHash('sha256').update(caDer).update('\0').update(seed).update('\0').update(enrollmentId).digest();
  for (;;) {
    const ecdh = createECDH('prime256v1');
    try {
      ecdh.setPrivateKey(d);
    } catch {
      d = createHash('sha256').update(d).digest();
      continue;
    }
    const point = ecdh.getPublicKey(); // 0x04 || x || y
    const publicJwk = { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) };
    return { publicJwk, privateJwk: { ...publicJwk, d: b64url(d) } };
  }
}

function b64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function randomSerial(): string {
  return Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('hex').replace(/^[89a-f]/, '1');
}

function pem(label: string, der: Buffer): string {
  return `-----BEGIN ${label}-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;
}
