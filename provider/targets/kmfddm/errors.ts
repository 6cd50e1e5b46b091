import { BackendCapabilityError, BackendProtocolError } from '../../backends/contract';
import { CredentialError } from '../../backends/http/credentials';
import { HttpStatusError, HttpTransportError } from '../../backends/http/http-errors';
import { ServerUrlError } from '../../core/server-url';
import { TimeoutConfigError } from '../../backends/http/timeouts';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import { ServerConfigError } from '../../server/index';

/**
 * Errors that come from the server or the network, not from applemdm: worded for the admin (what failed, what to
 * check), exit 1, no stack trace. Messages are already free of credentials (the HTTP client scrubs them), and so
 * are the credential mistakes (a key in the URL, both key variables set, an unreadable key file).
 */
export function serverErrorDiagnostic(err: unknown): Diagnostic | undefined {
  const d = (summary: string, detail: string, code: string): Diagnostic => ({ severity: 'error', summary, detail, path: [], source: NO_SOURCE, code });
  if (err instanceof HttpTransportError && err.code === 'TIMEOUT') {
    return d('Server did not answer in time', `${err.message}. Check that the server at that URL is healthy; if it is only slow, raise APPLEMDM_TIMEOUT (one request, default 30s) or APPLEMDM_DEADLINE (the whole command, default 10m).`, 'server-timeout');
  }
  if (err instanceof HttpTransportError) {
    return d('Server unreachable', `${err.message}. Check the server URL (--server, APPLEMDM_SERVER or server: in applemdm.yaml) and that the server is running.`, 'server-unreachable');
  }
  if (err instanceof HttpStatusError) {
    const hint = err.status === 401 || err.status === 403
      ? ' Check the API key (APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE).'
      : err.status >= 500 ? ' The server reported an internal error; retry, and check its logs if it persists.' : '';
    return d(`Server answered HTTP ${err.status}`, `${err.message}.${hint}`, 'server-status');
  }
  if (err instanceof BackendProtocolError) return d('Unexpected server answer', `${err.message} Is the URL a KMFDDM-compatible server?`, 'server-protocol');
  if (err instanceof BackendCapabilityError) return d(`Not supported by the ${err.backend} backend`, err.message, 'backend-capability');
  if (err instanceof ServerConfigError) return d('Embedded server could not start', err.message, 'server-config');
  // Credential messages name where the key comes from (a variable, a file path), never the key.
  if (err instanceof CredentialError) return d('Cannot use the API key', err.message, 'credentials');
  if (err instanceof TimeoutConfigError) return d('Invalid timeout', err.message, 'cli-timeout');
  if (err instanceof ServerUrlError) return d('Invalid server URL', `${err.message} Check --server, APPLEMDM_SERVER or server: in applemdm.yaml.`, 'server-url');
  return undefined;
}
