import { X509Certificate, createPrivateKey, randomUUID, sign } from 'node:crypto';

/**
 * The signed JWT that stands in for a client secret in the certificate variant of the client-credentials flow
 * (intune-graph.md §1.1): RS256 over {aud: token endpoint, iss = sub = client id, jti, nbf, exp}, with the certificate's
 * SHA-1 and SHA-256 thumbprints in the header so Entra ID can find the registered key.
 */
export function clientAssertion(input: { clientId: string; tokenEndpoint: string; certificatePem: string; privateKeyPem: string; nowSeconds: number }): string {
  const cert = new X509Certificate(input.certificatePem);
  const thumbprint = (hex: string) => Buffer.from(hex.replace(/:/g, ''), 'hex').toString('base64url');
  const header = { alg: 'RS256', typ: 'JWT', x5t: thumbprint(cert.fingerprint), 'x5t#S256': thumbprint(cert.fingerprint256) };
  const now = input.nowSeconds;
  const claims = { aud: input.tokenEndpoint, iss: input.clientId, sub: input.clientId, jti: randomUUID(), nbf: now, iat: now, exp: now + 600 };
  const signingInput = `${b64(header)}.${b64(claims)}`;
  const signature = sign('sha256', Buffer.from(signingInput), createPrivateKey(input.privateKeyPem)).toString('base64url');
  return `${signingInput}.${signature}`;
}

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
