import { randomBytes } from 'node:crypto';
import type { Backend, DeclarationInput, DeclarationRecord, LockAttempt, LockHolder } from '../../backends/contract';
import type { LockStrategy } from './lock-strategy';

/**
 * The apply lock on a server without a lock API (real KMFDDM): a declaration `<prefix>.<stack>.lock` whose payload
 * names the holder and the expiry.
 *
 * Type com.apple.management.properties: a declaration that only carries key/value data for predicates, that the
 * lock never puts into a set, so no device is ever sent it (devices receive only declarations of their sets), and
 * that no applemdm resource compiles to, so it cannot be mistaken for configuration. Plans skip it by its marker key
 * (see isLockDeclaration).
 *
 * KMFDDM has no conditional write, so acquisition is write-then-verify: read (held by someone else and unexpired →
 * refused), write our record with a fresh nonce, wait `settleMs`, read again; the lock is ours only if our nonce
 * survived. Two contenders that race both write, and only the last writer sees its nonce after the settle delay.
 * Weaker than a real lock, honestly: it holds when each contender's read → write gap is shorter than the settle delay
 * (a contender stalled longer than that between its read and its write can overwrite a lock already verified by
 * another), and expiry is judged by each client's clock, so clocks must roughly agree. The write fence of the apply
 * (every write checks the lock is still ours) and the refresh, which notices a takeover, narrow the window further.
 */
export const LOCK_DECLARATION_TYPE = 'com.apple.management.properties';
const MARKER = 'applemdm-apply-lock';

interface LockRecord extends LockHolder {
  nonce: string;
}

export interface DeclarationLockOptions {
  backend: Backend;
  identifier: string;
  owner: string;
  ttlSeconds: number;
  settleMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** True for the lock declaration, whatever its stack: plans must neither diff, fingerprint nor delete it. */
export function isLockDeclaration(d: Pick<DeclarationRecord, 'Type' | 'Payload'>): boolean {
  return d.Type === LOCK_DECLARATION_TYPE && Object.prototype.hasOwnProperty.call(d.Payload, MARKER);
}

export class DeclarationLockStrategy implements LockStrategy {
  readonly kind = 'declaration';
  private nonce: string | undefined;

  constructor(private readonly o: DeclarationLockOptions) {}

  async attempt(): Promise<LockAttempt> {
    // A lock declaration that vanished between our write and our read (its previous holder released it late) is
    // simply tried again; three rounds bound that.
    for (let round = 0; ; round++) {
      const now = this.o.now();
      const current = await this.read();
      if (current && current.owner !== this.o.owner && Date.parse(current.expiresAt) > now) return { acquired: false, holder: current };
      const ours = current !== undefined && current.owner === this.o.owner && current.nonce === this.nonce && Date.parse(current.expiresAt) > now;
      const record: LockRecord = {
        owner: this.o.owner,
        acquiredAt: ours ? current.acquiredAt : new Date(now).toISOString(),
        expiresAt: new Date(now + this.o.ttlSeconds * 1000).toISOString(),
        nonce: randomBytes(12).toString('hex'),
      };
      await this.o.backend.putDeclaration(this.declaration(record));
      // Extending a lock we verified before needs no settle delay: a contender would have had to overwrite an
      // unexpired lock, which the read above refuses.
      if (!ours) await this.o.sleep(this.o.settleMs);
      const after = await this.read();
      if (after?.nonce === record.nonce) {
        this.nonce = record.nonce;
        // An unexpired record of another owner was refused above: one that is still there had expired.
        if (current && current.owner !== this.o.owner) return { acquired: true, tookOver: holderOf(current) };
        return { acquired: true };
      }
      if (after) return { acquired: false, holder: after };
      if (round >= 2) return { acquired: false, holder: { owner: 'unknown (the lock declaration keeps disappearing)', acquiredAt: record.acquiredAt, expiresAt: record.expiresAt } };
    }
  }

  async release(): Promise<void> {
    const current = await this.read();
    if (current && current.nonce === this.nonce) await this.o.backend.deleteDeclaration(this.o.identifier);
    this.nonce = undefined;
  }

  private declaration(record: LockRecord): DeclarationInput {
    return {
      Type: LOCK_DECLARATION_TYPE,
      Identifier: this.o.identifier,
      Payload: { [MARKER]: { owner: record.owner, acquired_at: record.acquiredAt, expires_at: record.expiresAt, nonce: record.nonce } },
    };
  }

  /** The lock record, or undefined when there is no lock declaration or it is not one we can read (then it is free). */
  private async read(): Promise<LockRecord | undefined> {
    const d = await readDeclaration(this.o.backend, this.o.identifier);
    if (!d || !isLockDeclaration(d)) return undefined;
    const r = d.Payload[MARKER] as Record<string, unknown> | null;
    if (!r || typeof r !== 'object') return undefined;
    const { owner, acquired_at: acquiredAt, expires_at: expiresAt, nonce } = r;
    if (typeof owner !== 'string' || typeof acquiredAt !== 'string' || typeof expiresAt !== 'string' || typeof nonce !== 'string') return undefined;
    if (Number.isNaN(Date.parse(expiresAt))) return undefined;
    return { owner, acquiredAt, expiresAt, nonce };
  }
}

async function readDeclaration(backend: Backend, identifier: string): Promise<DeclarationRecord | undefined> {
  if (backend.getDeclaration) return backend.getDeclaration(identifier);
  const snapshot = await backend.readStack(identifier);
  return snapshot.declarations.find((d) => d.Identifier === identifier);
}

function holderOf(record: LockRecord): LockHolder {
  return { owner: record.owner, acquiredAt: record.acquiredAt, expiresAt: record.expiresAt };
}
