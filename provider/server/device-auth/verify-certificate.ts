import { X509Certificate, createHash } from 'node:crypto';

/** What the server knows of an authenticated device: its identity certificate's public key, and its subject. */
export interface DeviceCertificate {
  /** SHA-256 (hex) of the certificate's SubjectPublicKeyInfo: what an enrollment is bound to. */
  keySha256: string;
  subject: string;
}

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/**
 * Accepts a device identity certificate when it is a valid end-entity certificate now, issued (signature checked) by
 * one of the trusted issuers, and, if it restricts its extended key usage, allowed for TLS client authentication
 * (NanoMDM's rule). Every certificate of the CA bundle is trusted as an issuer. Returns the refusal as a sentence.
 */
export function verifyDeviceCertificate(der: Buffer, issuers: X509Certificate[], now: Date): { value?: DeviceCertificate; error?: string } {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return { error: 'The device certificate cannot be read.' };
  }
  if (cert.ca) return { error: 'A CA certificate is not a device identity.' };
  if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) return { error: 'The device certificate is not valid at this time.' };
  const issuer = issuers.find((i) => cert.checkIssued(i) && safeVerify(cert, i));
  if (!issuer) return { error: 'The device certificate was not issued by a trusted device CA.' };
  const usages = cert.keyUsage as string[] | undefined;
  if (usages && usages.length && !usages.includes(CLIENT_AUTH) && !usages.includes(ANY_EXTENDED_KEY_USAGE)) {
    return { error: 'The device certificate is not allowed for client authentication.' };
  }
  const spki = cert.publicKey.export({ type: 'spki', format: 'der' });
  return { value: { keySha256: createHash('sha256').update(spki).digest('hex'), subject: cert.subject } };
}

function safeVerify(cert: X509Certificate, issuer: X509Certificate): boolean {
  try {
    return cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
