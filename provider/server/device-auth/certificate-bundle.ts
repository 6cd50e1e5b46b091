import { X509Certificate } from 'node:crypto';

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;

/**
 * The certificates of a PEM bundle (other blocks, such as a private key, are skipped). Throws with a sentence naming
 * `what` when the text holds no certificate or an unreadable one.
 */
export function parseCertificateBundle(pem: string, what: string): X509Certificate[] {
  const out: X509Certificate[] = [];
  for (const m of pem.matchAll(PEM_BLOCK)) {
    try {
      out.push(new X509Certificate(Buffer.from(m[1].replace(/\s+/g, ''), 'base64')));
    } catch {
      throw new Error(`${what}: certificate ${out.length + 1} cannot be read.`);
    }
  }
  if (out.length === 0) throw new Error(`${what} holds no PEM certificate.`);
  return out;
}
