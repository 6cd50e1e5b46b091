/**
 * The secret values this process has read (from `${env:}`, `${file:}`, a Terraform variable): the last line of
 * defence. Plans redact secrets by their paths; text that can still carry one — a server's error body echoing what it
 * was sent, a diagnostic, a bug report — is passed through redactKnownSecrets before it is printed. Values shorter
 * than MIN_LENGTH are not remembered: replacing "true" or "sales" everywhere would garble output, and such a value
 * is no secret anyway.
 */
export const MIN_SECRET_LENGTH = 8;
export const SECRET_REDACTED = '[redacted]';

const known = new Set<string>();
let ordered: string[] = [];

export function rememberSecret(value: string): void {
  if (value.length < MIN_SECRET_LENGTH || known.has(value)) return;
  known.add(value);
  known.add(encodeURIComponent(value));
  // Longest first, so a secret that contains another is replaced whole.
  ordered = [...known].sort((a, b) => b.length - a.length);
}

export function redactKnownSecrets(text: string): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(SECRET_REDACTED);
  return out;
}
