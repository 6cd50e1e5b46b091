import { redactKnownSecrets } from '../../core/secret-values';

/**
 * Removes secrets from text that may reach a user (error messages, body excerpts). The key itself, its URL-encoded
 * form and every Basic credential built from it are replaced, so a server echoing a header cannot leak it either.
 */
export const REDACTED = '[redacted]';

export class SecretScrubber {
  private readonly needles: string[];

  constructor(secrets: readonly (string | undefined)[], basicUsers: readonly string[] = []) {
    const needles = new Set<string>();
    for (const secret of secrets) {
      if (!secret) continue;
      needles.add(secret);
      needles.add(encodeURIComponent(secret));
      for (const user of basicUsers) needles.add(Buffer.from(`${user}:${secret}`).toString('base64'));
    }
    // Longest first, so a secret that contains another is replaced whole.
    this.needles = [...needles].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  }

  scrub(text: string): string {
    let out = text;
    for (const needle of this.needles) out = out.split(needle).join(REDACTED);
    // A server may echo a request body holding a configuration secret.
    return redactKnownSecrets(out);
  }
}
