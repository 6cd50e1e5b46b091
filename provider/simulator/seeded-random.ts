import { createHash } from 'node:crypto';

/**
 * Deterministic randomness for the simulator: every value is derived from SHA-256 of (seed, label), so device N of
 * seed S is always the same device, whatever else the run does.
 */
export function seededBytes(seed: string, label: string, length: number): Buffer {
  const out: Buffer[] = [];
  for (let block = 0; out.length * 32 < length; block++) {
    out.push(createHash('sha256').update(`${seed}\u0000${label}\u0000${block}`).digest());
  }
  return Buffer.concat(out).subarray(0, length);
}

export function seededHex(seed: string, label: string, length: number): string {
  return seededBytes(seed, label, Math.ceil(length / 2)).toString('hex').slice(0, length).toUpperCase();
}

/** A pick from `alphabet`, `length` characters long. */
export function seededString(seed: string, label: string, length: number, alphabet: string): string {
  const bytes = seededBytes(seed, label, length);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export function seededInt(seed: string, label: string, below: number): number {
  return seededBytes(seed, label, 4).readUInt32BE(0) % below;
}
