import { SecretScrubber, registerScrubber } from '../../core/secret-scrubber';

/**
 * The backend's secrets as they appear over time (client secret and certificate key up front, each access token and
 * client assertion as it is minted), scrubbed from every text that may reach a user. The shared scrubber is immutable,
 * so it is rebuilt when a secret is added.
 */
export class SecretRegistry {
  private readonly secrets = new Set<string>();
  private scrubber = new SecretScrubber([]);

  add(secret: string | undefined): void {
    // Very short strings would redact ordinary words; real secrets and tokens are long.
    if (!secret || secret.length < 8 || this.secrets.has(secret)) return;
    this.secrets.add(secret);
    this.scrubber = new SecretScrubber([...this.secrets]);
    // Also part of the process-wide scrub the CLI applies to everything it prints.
    registerScrubber(new SecretScrubber([secret]));
  }

  scrub(text: string): string {
    return this.scrubber.scrub(text);
  }
}
