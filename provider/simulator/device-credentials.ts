import { issueDeviceIdentity, type IdentityCa } from './identity-certificates';

/**
 * A simulated device's credentials on an authenticating server: its identity certificate (issued by `ca`, see
 * identity-certificates.ts) in `certHeader`, RFC 9440 encoded, exactly as a TLS-terminating proxy in front of
 * `applemdm serve --device-cert-header` forwards a real device's client certificate.
 */
export interface DeviceAuthentication {
  ca: IdentityCa;
  certHeader: string;
}

export async function deviceCredentialHeaders(auth: DeviceAuthentication, enrollmentId: string, seed: string): Promise<Record<string, string>> {
  const identity = await issueDeviceIdentity(auth.ca, enrollmentId, seed);
  return { [auth.certHeader]: `:${identity.certDer.toString('base64')}:` };
}
