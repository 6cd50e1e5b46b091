/**
 * go-plugin's process contract, as Terraform and OpenTofu speak it: the magic cookie that proves a plugin host started
 * us, protocol version negotiation, the one-line handshake on stdout, and the TF_REATTACH_PROVIDERS value for
 * debug mode.
 */
export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
export const CORE_PROTOCOL_VERSION = 1;
export const APP_PROTOCOL_VERSION = 6;

/** go-plugin's own words, so people who run the binary by hand see what they would see from any provider. */
export const NOT_A_PLUGIN_MESSAGE =
  'This binary is a plugin. These are not meant to be executed directly.\n' +
  'Please execute the program that consumes these plugins, which will\n' +
  'load any plugins automatically\n';

export function hasMagicCookie(env: NodeJS.ProcessEnv): boolean {
  return env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE;
}

/**
 * The protocol version to serve, or an error message when the host offers none we speak. A host that names no
 * versions gets ours (go-plugin does the same).
 */
export function negotiateProtocol(env: NodeJS.ProcessEnv): { version: number } | { error: string } {
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (offered.length === 0 || offered.includes(String(APP_PROTOCOL_VERSION))) return { version: APP_PROTOCOL_VERSION };
  return { error: `Incompatible API version with plugin. Plugin version: ${APP_PROTOCOL_VERSION}, Client versions: [${offered.join(' ')}]` };
}

/** CORE|APP|NETWORK|ADDR|PROTOCOL|SERVERCERT, the certificate as base64 DER without padding (empty without TLS). */
export function handshakeLine(address: { network: 'unix' | 'tcp'; address: string }, certDer?: Uint8Array): string {
  const cert = certDer ? Buffer.from(certDer).toString('base64').replace(/=+$/, '') : '';
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|${address.network}|${address.address}|grpc|${cert}`;
}

export interface ParsedHandshake {
  core: number;
  app: number;
  network: string;
  address: string;
  protocol: string;
  /** DER bytes of the server certificate, when TLS is on. */
  certDer?: Buffer;
}

/** The inverse of handshakeLine, as a host reads it (used by tests and the debug client). */
export function parseHandshakeLine(line: string): ParsedHandshake {
  const parts = line.trim().split('|');
  if (parts.length < 5) throw new Error(`not a go-plugin handshake line: ${JSON.stringify(line)}`);
  const [core, app, network, address, protocol, cert] = parts as [string, string, string, string, string, string | undefined];
  const out: ParsedHandshake = { core: Number(core), app: Number(app), network, address, protocol };
  // go-plugin ignores a certificate field of 50 characters or fewer.
  if (cert && cert.length > 50) out.certDer = Buffer.from(cert, 'base64');
  return out;
}

/** The value of TF_REATTACH_PROVIDERS for one provider served in debug mode. */
export function reattachValue(providerAddress: string, pid: number, address: { network: 'unix' | 'tcp'; address: string }): string {
  return JSON.stringify({
    [providerAddress]: {
      Protocol: 'grpc',
      ProtocolVersion: APP_PROTOCOL_VERSION,
      Pid: pid,
      // Test: Terraform leaves the process running after each command, so one server serves plan, apply and destroy.
      Test: true,
      Addr: { Network: address.network, String: address.address },
    },
  });
}
