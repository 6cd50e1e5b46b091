import type { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { ServerConfigError } from '../config-error';
import { parseCertificateBundle } from './certificate-bundle';

/**
 * How the device side (DDM endpoints, device assets, notifications) learns who is calling. A device is identified only
 * by its identity certificate: presented over mutual TLS when the server itself terminates TLS, or forwarded by a
 * TLS-terminating reverse proxy in `certHeader`, which is honoured only from `trustedProxies`.
 */
export interface DeviceAuthOptions {
  /** PEM bundle of the CAs that issue device identity certificates (your SCEP/ACME CA). */
  caPem: string;
  /** Header in which a trusted proxy forwards the client certificate (RFC 9440 or URL-escaped PEM). */
  certHeader?: string;
  /** Peer addresses whose `certHeader` is believed; default loopback (a proxy on the same host). */
  trustedProxies?: string[];
}

export interface DeviceAuth {
  issuers: X509Certificate[];
  /** Lower-case header name, or undefined when no proxy is trusted. */
  certHeader?: string;
  trustedProxies: ReadonlySet<string>;
}

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;
const LOOPBACK = ['127.0.0.1', '::1'];

export function resolveDeviceAuth(options: DeviceAuthOptions): DeviceAuth {
  let issuers: X509Certificate[];
  try {
    issuers = parseCertificateBundle(options.caPem, 'The device CA bundle');
  } catch (err) {
    throw new ServerConfigError((err as Error).message);
  }
  const header = options.certHeader;
  if (header !== undefined && !HEADER_NAME.test(header)) {
    throw new ServerConfigError(`${JSON.stringify(header.slice(0, 100))} is not an HTTP header name.`);
  }
  if (header !== undefined && ['x-enrollment-id', 'authorization', 'host', 'content-length'].includes(header.toLowerCase())) {
    throw new ServerConfigError(`The header ${header} cannot carry the device certificate.`);
  }
  const proxies = options.trustedProxies ?? LOOPBACK;
  for (const p of proxies) if (!isIP(p)) throw new ServerConfigError(`Trusted proxy ${JSON.stringify(p.slice(0, 100))} is not an IP address.`);
  return { issuers, certHeader: header?.toLowerCase(), trustedProxies: new Set(proxies.map(peerAddress)) };
}

/** A socket's remote address in the form the trusted list uses (IPv4-mapped IPv6 as plain IPv4). */
export function peerAddress(address: string | undefined): string {
  const a = (address ?? '').toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}
