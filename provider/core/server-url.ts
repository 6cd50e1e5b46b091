import { REDACTED } from './secret-scrubber';

/**
 * Credentials can hide in a server URL in two places: the userinfo (`https://user:key@host/`) and the query string
 * (`https://host/?api_key=…`). Neither is ever printed: locations shown to the user (the plan header, messages) go
 * through displayServerUrl, and both are added to the client's scrubber. The query of the server URL is not sent
 * (request paths replace it), so it never picks the server either.
 */
/** A server URL that cannot be used (not a URL, not http/https): the user's mistake, named without its credentials. */
export class ServerUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServerUrlError';
  }
}

/** The URL parsed for sending requests, or ServerUrlError. */
export function parseServerUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ServerUrlError(`The server URL ${JSON.stringify(displayServerUrl(url))} is not a valid URL (expected http://host:port/ or https://host/).`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ServerUrlError(`The server URL ${JSON.stringify(displayServerUrl(url))} must start with http:// or https://.`);
  }
  return parsed;
}

const CREDENTIAL_NAME = /key|token|secret|pass|auth|sig|cred|session/i;
/** Shorter query values are not treated as secrets unless their name says so: scrubbing "1" would garble text. */
const MIN_ANONYMOUS_SECRET = 8;
const MIN_NAMED_SECRET = 3;

/** The URL as it may be shown: userinfo removed, every query value replaced. Text that is no URL is cut at `?`/`#`. */
export function displayServerUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/[?#].*$/s, '').replace(/\/\/[^/@]*@/, '//');
  }
  // Nothing to hide: the URL as the user wrote it (plans compare and show it verbatim).
  if (!parsed.username && !parsed.password && !parsed.search && !parsed.hash && !/[?#@]/.test(url)) return url;
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  if (parsed.search === '') return parsed.href;
  const names = [...parsed.searchParams.keys()];
  parsed.search = '';
  return `${parsed.href}?${names.map((n) => `${encodeURIComponent(n)}=${REDACTED}`).join('&')}`;
}

/** What must be scrubbed from any text because it sat in the URL's userinfo or query. */
export function secretsInUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const out: string[] = [];
  // `user:password@` hides the password; a lone `token@` (as many services take a token) hides the user part.
  const secret = parsed.password || parsed.username;
  if (secret) out.push(secret, safeDecode(secret));
  for (const [name, value] of parsed.searchParams) {
    if (value.length >= MIN_ANONYMOUS_SECRET || (CREDENTIAL_NAME.test(name) && value.length >= MIN_NAMED_SECRET)) out.push(value);
  }
  return [...new Set(out)];
}

/** The URL without userinfo, query or fragment: a base other URLs are built on (e.g. `<server>/assets`). */
export function serverBaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return displayServerUrl(url).replace(/\?.*$/s, '');
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
