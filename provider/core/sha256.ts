import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256: artifact hashes, asset names' checks, fingerprints. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
