import * as fs from 'node:fs';
import { IntuneConfigError } from './graph-errors';

/**
 * Where and as whom the Intune backend connects. The target URL names the tenant and, optionally, which Entra group each
 * device group maps to; it never carries a secret. Credentials and endpoints come from the environment only (an
 * endpoint from a file in Git could send the client secret elsewhere):
 *
 *   intune://<tenant id or domain>[?group.<device group name>=<Entra group display name or object id>&…]
 *
 *   APPLEMDM_INTUNE_TENANT_ID          tenant (when the URL has none; must agree when both are set)
 *   APPLEMDM_INTUNE_CLIENT_ID          the app registration's application (client) id
 *   APPLEMDM_INTUNE_CLIENT_SECRET      a client secret, or APPLEMDM_INTUNE_CLIENT_SECRET_FILE naming a file holding it
 *   APPLEMDM_INTUNE_CERTIFICATE_FILE   instead of a secret: PEM with the certificate and its private key
 *                                      (or the key in APPLEMDM_INTUNE_CERTIFICATE_KEY_FILE)
 *   APPLEMDM_INTUNE_AUTHORITY_URL      default https://login.microsoftonline.com (sovereign clouds, the test simulator)
 *   APPLEMDM_INTUNE_GRAPH_URL          default https://graph.microsoft.com
 */
export const INTUNE_SCHEME = 'intune:';

export type IntuneCredential =
  | { kind: 'secret'; secret: string }
  | { kind: 'certificate'; certificatePem: string; privateKeyPem: string };

export interface IntuneConnection {
  tenantId: string;
  clientId: string;
  credential: IntuneCredential;
  /** Base of the token endpoint: `${authorityUrl}/${tenantId}/oauth2/v2.0/token`. */
  authorityUrl: string;
  /** Graph host; the backend talks to `${graphUrl}/beta`. */
  graphUrl: string;
  /** Device group name → Entra group display name or object id (absent: the device group's own name). */
  groupMap: Record<string, string>;
  /** The target as shown in plans: scheme, tenant and group map, never a credential. */
  location: string;
}

export const DEFAULT_AUTHORITY_URL = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_URL = 'https://graph.microsoft.com';

const TENANT = /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/;
const GROUP_PARAM = /^group\.([a-z0-9_]+)$/;

export function isIntuneUrl(url: string | undefined): boolean {
  return typeof url === 'string' && url.toLowerCase().startsWith(INTUNE_SCHEME);
}

export function resolveIntuneConnection(url: string, env: NodeJS.ProcessEnv): IntuneConnection {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new IntuneConfigError(`"${url}" is not a valid intune:// target; use intune://<tenant id>.`);
  }
  if (parsed.protocol !== INTUNE_SCHEME) throw new IntuneConfigError(`"${url}" is not an intune:// target.`);
  if (parsed.username || parsed.password) {
    throw new IntuneConfigError('The intune:// target must not contain credentials; set APPLEMDM_INTUNE_CLIENT_SECRET (or _FILE) instead.');
  }
  const fromUrl = decodeURIComponent(parsed.hostname || parsed.pathname.replace(/^\/+/, '').replace(/\/+$/, ''));
  const fromEnv = nonEmpty(env.APPLEMDM_INTUNE_TENANT_ID);
  if (fromUrl && fromEnv && fromUrl.toLowerCase() !== fromEnv.toLowerCase()) {
    throw new IntuneConfigError(`The target names tenant ${fromUrl} but APPLEMDM_INTUNE_TENANT_ID is ${fromEnv}; set one, or make them agree.`);
  }
  const tenantId = fromUrl || fromEnv;
  if (!tenantId) throw new IntuneConfigError('No tenant: use intune://<tenant id> or set APPLEMDM_INTUNE_TENANT_ID.');
  if (!TENANT.test(tenantId)) throw new IntuneConfigError(`"${tenantId}" is not a tenant id or domain name.`);

  const groupMap: Record<string, string> = {};
  for (const [key, value] of parsed.searchParams) {
    const m = GROUP_PARAM.exec(key);
    if (!m) throw new IntuneConfigError(`Unknown parameter "${key}" in the intune:// target; only group.<device group name>=<Entra group> is accepted.`);
    if (!value.trim()) throw new IntuneConfigError(`${key} in the intune:// target is empty.`);
    groupMap[m[1]!] = value.trim();
  }

  const clientId = nonEmpty(env.APPLEMDM_INTUNE_CLIENT_ID);
  if (!clientId) throw new IntuneConfigError('APPLEMDM_INTUNE_CLIENT_ID is not set (the application id of the app registration applemdm signs in as).');
  const credential = resolveCredential(env);
  const authorityUrl = endpoint(env, 'APPLEMDM_INTUNE_AUTHORITY_URL', DEFAULT_AUTHORITY_URL);
  const graphUrl = endpoint(env, 'APPLEMDM_INTUNE_GRAPH_URL', DEFAULT_GRAPH_URL);
  const query = Object.keys(groupMap)
    .sort()
    .map((k) => `group.${k}=${encodeURIComponent(groupMap[k]!)}`)
    .join('&');
  return { tenantId, clientId, credential, authorityUrl, graphUrl, groupMap, location: `intune://${tenantId}${query ? `?${query}` : ''}` };
}

function resolveCredential(env: NodeJS.ProcessEnv): IntuneCredential {
  const secret = nonEmpty(env.APPLEMDM_INTUNE_CLIENT_SECRET);
  const secretFile = nonEmpty(env.APPLEMDM_INTUNE_CLIENT_SECRET_FILE);
  const certFile = nonEmpty(env.APPLEMDM_INTUNE_CERTIFICATE_FILE);
  const keyFile = nonEmpty(env.APPLEMDM_INTUNE_CERTIFICATE_KEY_FILE);
  const given = [secret && 'APPLEMDM_INTUNE_CLIENT_SECRET', secretFile && 'APPLEMDM_INTUNE_CLIENT_SECRET_FILE', certFile && 'APPLEMDM_INTUNE_CERTIFICATE_FILE'].filter(Boolean);
  if (given.length > 1) throw new IntuneConfigError(`${given.join(' and ')} are all set; set exactly one credential.`);
  if (secret) return { kind: 'secret', secret };
  if (secretFile) return { kind: 'secret', secret: readSecretFile(secretFile, 'APPLEMDM_INTUNE_CLIENT_SECRET_FILE') };
  if (certFile) {
    const certText = readSecretFile(certFile, 'APPLEMDM_INTUNE_CERTIFICATE_FILE');
    const keyText = keyFile ? readSecretFile(keyFile, 'APPLEMDM_INTUNE_CERTIFICATE_KEY_FILE') : certText;
    const certificatePem = pemBlock(certText, 'CERTIFICATE');
    const privateKeyPem = pemBlock(keyText, 'PRIVATE KEY') ?? pemBlock(keyText, 'RSA PRIVATE KEY');
    if (!certificatePem) throw new IntuneConfigError(`The file named by APPLEMDM_INTUNE_CERTIFICATE_FILE (${certFile}) holds no PEM certificate.`);
    if (!privateKeyPem) throw new IntuneConfigError(`No PEM private key in ${keyFile ?? certFile}; put it beside the certificate or name it with APPLEMDM_INTUNE_CERTIFICATE_KEY_FILE.`);
    return { kind: 'certificate', certificatePem, privateKeyPem };
  }
  throw new IntuneConfigError(
    'No client credential: set APPLEMDM_INTUNE_CLIENT_SECRET, APPLEMDM_INTUNE_CLIENT_SECRET_FILE or APPLEMDM_INTUNE_CERTIFICATE_FILE.',
  );
}

function endpoint(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = nonEmpty(env[name]) ?? fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new IntuneConfigError(`${name} (${value}) is not a URL.`);
  }
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new IntuneConfigError(`${name} must be an https URL (plain http only on loopback, for the test simulator); got ${url.origin}.`);
  }
  if (url.username || url.password || url.search) throw new IntuneConfigError(`${name} must not carry credentials or a query.`);
  return url.toString().replace(/\/+$/, '');
}

function readSecretFile(file: string, variable: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new IntuneConfigError(`Cannot read the file named by ${variable} (${file}): ${(err as NodeJS.ErrnoException).code ?? 'unknown error'}.`);
  }
  const value = text.replace(/\r?\n$/, '');
  if (!value.trim()) throw new IntuneConfigError(`The file named by ${variable} (${file}) is empty.`);
  return value;
}

function pemBlock(text: string, label: string): string | undefined {
  const m = new RegExp(`-----BEGIN ${label}-----[\\s\\S]+?-----END ${label}-----`).exec(text);
  return m ? `${m[0]}\n` : undefined;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
