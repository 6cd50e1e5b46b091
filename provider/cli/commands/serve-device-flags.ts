import * as fs from 'node:fs';
import { NO_SOURCE } from '../../core/diagnostics';
import type { DeviceAuthOptions, EmbeddedServerOptions } from '../../server/index';
import { UserError } from '../user-error';

/** `applemdm serve`'s TLS and device authentication flags (docs/serve.md). */
export interface DeviceFlags {
  tlsCert?: string;
  tlsKey?: string;
  deviceCa?: string;
  deviceCertHeader?: string;
  trustedProxy?: string[];
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter((v) => v !== '')];
}

/** --tls-cert/--tls-key and the device authentication flags, checked together (see docs/serve.md). */
export function deviceAuthOptions(opts: DeviceFlags): { tls?: EmbeddedServerOptions['tls']; deviceAuth?: DeviceAuthOptions } {
  if ((opts.tlsCert === undefined) !== (opts.tlsKey === undefined)) {
    throw userError('Incomplete TLS options', 'Give both --tls-cert and --tls-key, or neither.', 'serve-tls');
  }
  if (opts.deviceCa === undefined && (opts.deviceCertHeader !== undefined || opts.trustedProxy !== undefined)) {
    throw userError('Missing --device-ca', '--device-cert-header and --trusted-proxy need --device-ca: the forwarded certificate is checked against it.', 'serve-device-auth');
  }
  if (opts.trustedProxy !== undefined && opts.deviceCertHeader === undefined) {
    throw userError('Missing --device-cert-header', '--trusted-proxy names who may send --device-cert-header; give the header too.', 'serve-device-auth');
  }
  const tls = opts.tlsCert !== undefined && opts.tlsKey !== undefined
    ? { certPem: readPemFile('--tls-cert', opts.tlsCert), keyPem: readPemFile('--tls-key', opts.tlsKey) }
    : undefined;
  if (opts.deviceCa === undefined) return { tls };
  if (!tls && opts.deviceCertHeader === undefined) {
    throw userError(
      'No way for devices to present a certificate',
      '--device-ca needs either --tls-cert/--tls-key (devices connect with mutual TLS) or --device-cert-header (a TLS-terminating proxy forwards the certificate).',
      'serve-device-auth',
    );
  }
  const deviceAuth: DeviceAuthOptions = {
    caPem: readPemFile('--device-ca', opts.deviceCa),
    ...(opts.deviceCertHeader !== undefined ? { certHeader: opts.deviceCertHeader } : {}),
    ...(opts.trustedProxy !== undefined ? { trustedProxies: opts.trustedProxy } : {}),
  };
  return { tls, deviceAuth };
}

const MAX_PEM_BYTES = 1024 * 1024;

/** A PEM file named by a flag: a regular file of bounded size. Its content is never echoed. */
function readPemFile(flag: string, file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw userError(`Cannot read ${flag}`, `${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`, 'serve-file');
  }
  if (!stat.isFile()) throw userError(`Cannot read ${flag}`, `${file} is not a regular file.`, 'serve-file');
  if (stat.size > MAX_PEM_BYTES) throw userError(`Cannot read ${flag}`, `${file} is larger than ${MAX_PEM_BYTES} bytes.`, 'serve-file');
  return fs.readFileSync(file, 'utf8');
}

function userError(summary: string, detail: string, code: string): UserError {
  return new UserError([{ severity: 'error', summary, detail, path: [], source: NO_SOURCE, code }]);
}
