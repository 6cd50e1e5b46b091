import { redactKnownSecrets } from './secret-values';

/**
 * Removes secrets from text that may reach a user (error messages, body excerpts, server locations). A server can
 * echo a credential in any encoding it handled it in, so every spelling of each secret is replaced: raw, JSON-escaped
 * (as JavaScript, Go and PHP escape strings, once or nested twice), URL-encoded (path, form and query encodings, upper
 * and lower case hex) and base64 (the key alone, and every Basic `user:key`, padded or not, standard or URL-safe).
 *
 * `scrubSecrets` is the one function every printing path uses: it applies the scrubbers of this process's clients
 * (each HttpClient registers its secrets), so text that reaches stdout/stderr by another route is covered too.
 */
export const REDACTED = '[redacted]';

/** Every spelling of `secret` a server might echo; `basicUsers` are the users it is sent with in a Basic header. */
export function secretSpellings(secret: string, basicUsers: readonly string[] = []): string[] {
  const out = new Set<string>([secret]);
  for (const json of jsonEscapings(secret)) {
    out.add(json);
    for (const nested of jsonEscapings(json)) out.add(nested);
  }
  for (const encoded of urlEncodings(secret)) {
    out.add(encoded);
    out.add(encoded.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase()));
  }
  for (const plain of [secret, ...basicUsers.map((user) => `${user}:${secret}`)]) {
    const b64 = Buffer.from(plain, 'utf8').toString('base64');
    out.add(b64);
    out.add(b64.replace(/=+$/, ''));
    out.add(Buffer.from(plain, 'utf8').toString('base64url'));
  }
  return [...out].filter((s) => s.length > 0);
}

function jsonEscapings(text: string): string[] {
  const js = JSON.stringify(text).slice(1, -1);
  // PHP's json_encode escapes the slash; Python's json.dumps (ensure_ascii) escapes everything beyond ASCII.
  const ascii = js.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [js, goJsonEscape(text), js.replace(/\//g, '\\/'), ascii];
}

/** Go's encoding/json: also escapes <, > and & and the line separators, and other controls (\b, \f) as \u00XX. */
function goJsonEscape(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '"' || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (code < 0x20 || c === '<' || c === '>' || c === '&' || c === '\u2028' || c === '\u2029') {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += c;
  }
  return out;
}

function urlEncodings(text: string): string[] {
  const component = encodeURIComponent(text);
  // RFC 3986 strict (only unreserved characters kept), as Go's url.QueryEscape and Python's quote(safe='') write it.
  const strict = component.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return [component, component.replace(/%20/g, '+'), strict, strict.replace(/%20/g, '+'), new URLSearchParams([['', text]]).toString().slice(1), encodeURI(text)];
}

export class SecretScrubber {
  private readonly needles: string[];

  constructor(secrets: readonly (string | undefined)[], basicUsers: readonly string[] = []) {
    const needles = new Set<string>();
    for (const secret of secrets) {
      if (!secret) continue;
      for (const s of secretSpellings(secret, basicUsers)) needles.add(s);
    }
    // Longest first, so a spelling that contains another is replaced whole.
    this.needles = [...needles].sort((a, b) => b.length - a.length);
  }

  /** Identifies the set of spellings (for registering each distinct scrubber once). */
  get key(): string {
    return this.needles.join('\u0000');
  }

  /** The longest spelling: text cut this far past a point cannot end inside a secret that starts before it. */
  get longest(): number {
    return this.needles[0]?.length ?? 0;
  }

  scrub(text: string): string {
    let out = text;
    for (const needle of this.needles) out = out.split(needle).join(REDACTED);
    // A server may echo a request body holding a configuration secret.
    return redactKnownSecrets(out);
  }
}

/** Keyed by the spellings they remove, so the many clients of a long-lived process sharing one key add one entry. */
const registered = new Map<string, SecretScrubber>();

/** Makes `scrubber`'s secrets part of what scrubSecrets removes, for the rest of the process. */
export function registerScrubber(scrubber: SecretScrubber): void {
  if (scrubber.longest > 0 && !registered.has(scrubber.key)) registered.set(scrubber.key, scrubber);
}

/** The process-wide scrub: every secret any client of this process was given, in every spelling. */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const scrubber of registered.values()) out = scrubber.scrub(out);
  return out;
}
