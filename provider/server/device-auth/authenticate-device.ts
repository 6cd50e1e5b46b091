import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { HttpError } from '../http/http-error';
import { certificateFromHeader } from './certificate-header';
import { peerAddress, type DeviceAuth } from './device-auth-options';
import { verifyDeviceCertificate, type DeviceCertificate } from './verify-certificate';

/**
 * The device behind a request, from its identity certificate: the TLS client certificate when the connection
 * presented one (it proved possession of the key), else the trusted proxy's header, believed only from a trusted
 * proxy address. Anything else is 401: no header, serial number or report ever identifies a device.
 */
export function authenticateDevice(req: IncomingMessage, auth: DeviceAuth | undefined, now: Date): DeviceCertificate {
  if (!auth) {
    throw unauthenticated('Device authentication is not configured on this server (applemdm serve --device-ca); device requests are refused.');
  }
  const der = presentedCertificate(req, auth);
  const verified = verifyDeviceCertificate(der, auth.issuers, now);
  if (!verified.value) throw unauthenticated(verified.error ?? 'The device certificate is not accepted.');
  return verified.value;
}

function presentedCertificate(req: IncomingMessage, auth: DeviceAuth): Buffer {
  const socket = req.socket as Partial<TLSSocket>;
  if (socket.encrypted && typeof socket.getPeerCertificate === 'function') {
    const peer = socket.getPeerCertificate();
    if (peer && Buffer.isBuffer(peer.raw) && peer.raw.length) return peer.raw;
  }
  const header = auth.certHeader ? req.headers[auth.certHeader] : undefined;
  if (header === undefined) throw unauthenticated('A device identity certificate is required.');
  if (!auth.trustedProxies.has(peerAddress(req.socket.remoteAddress))) {
    throw unauthenticated('The certificate header is accepted only from a trusted proxy.');
  }
  const der = typeof header === 'string' ? certificateFromHeader(header) : undefined;
  if (!der) throw unauthenticated('The certificate header holds no readable certificate.');
  return der;
}

function unauthenticated(message: string): HttpError {
  return new HttpError(401, message);
}
