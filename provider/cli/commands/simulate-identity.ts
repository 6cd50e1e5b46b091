import * as fs from 'node:fs';
import { NO_SOURCE } from '../../core/diagnostics';
import type { DeviceAuthentication } from '../../simulator/device-credentials';
import { loadIdentityCa } from '../../simulator/identity-certificates';
import { UserError } from '../user-error';

/**
 * --identity-ca and --cert-header: the simulator plays the organisation's SCEP/ACME CA and the TLS-terminating proxy in
 * front of `applemdm serve`, so devices authenticate as real ones do (docs/serve.md). Both flags or neither.
 */
export async function deviceAuthentication(opts: { identityCa?: string; certHeader?: string }): Promise<DeviceAuthentication | undefined> {
  if (opts.identityCa === undefined && opts.certHeader === undefined) return undefined;
  if (opts.identityCa === undefined || opts.certHeader === undefined) {
    throw userError('Incomplete device identity options', 'Give --identity-ca and --cert-header together (mutual TLS is not simulated yet).');
  }
  if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/.test(opts.certHeader)) {
    throw userError('Invalid --cert-header', `${JSON.stringify(opts.certHeader.slice(0, 100))} is not an HTTP header name.`);
  }
  let text: string;
  try {
    const stat = fs.statSync(opts.identityCa);
    if (!stat.isFile() || stat.size > 1024 * 1024) throw userError('Cannot read --identity-ca', `${opts.identityCa} is not a regular file of at most 1 MiB.`);
    text = fs.readFileSync(opts.identityCa, 'utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw userError('Cannot read --identity-ca', `${opts.identityCa}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`);
  }
  try {
    return { ca: await loadIdentityCa(text), certHeader: opts.certHeader };
  } catch (err) {
    throw userError('Unusable --identity-ca', `${opts.identityCa}: ${(err as Error).message}`);
  }
}

function userError(summary: string, detail: string): UserError {
  return new UserError([{ severity: 'error', summary, detail, path: [], source: NO_SOURCE, code: 'simulate' }]);
}
