/**
 * The client certificate a TLS-terminating reverse proxy forwards in a header, in either of the two encodings NanoMDM's
 * -cert-header reads: RFC 9440 (`:<base64 DER>:`, e.g. nginx `:$ssl_client_cert_rfc9440:` or Envoy/HAProxy setups) or
 * URL-escaped PEM (nginx `$ssl_client_escaped_cert`). Returns the DER bytes, or undefined when the value is neither.
 */
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const PEM_CERT = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;

export function certificateFromHeader(value: string): Buffer | undefined {
  const v = value.trim();
  if (v.startsWith(':')) {
    const inner = v.slice(1, v.endsWith(':') ? -1 : undefined);
    return BASE64.test(inner) ? Buffer.from(inner, 'base64') : undefined;
  }
  let pem: string;
  try {
    pem = decodeURIComponent(v);
  } catch {
    return undefined;
  }
  const m = PEM_CERT.exec(pem);
  if (!m) return undefined;
  const body = m[1].replace(/\s+/g, '');
  return BASE64.test(body) ? Buffer.from(body, 'base64') : undefined;
}

/** The RFC 9440 form of DER certificate bytes, as a proxy (and the simulator) sends it. */
export function rfc9440(der: Uint8Array): string {
  return `:${Buffer.from(der).toString('base64')}:`;
}
