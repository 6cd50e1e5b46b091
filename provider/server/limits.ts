import { ServerConfigError } from './config-error';

/** Request limits of the embedded server. Anything over a limit is refused with 413 before anything is stored. */
export interface ServerLimits {
  /** Largest JSON request body (declarations, status reports, enrollment facts). */
  maxJsonBytes: number;
  /** Largest asset (profile) upload. */
  maxAssetBytes: number;
  /** Raw status reports kept per enrollment (older ones are pruned in the same transaction). */
  statusReportsKept: number;
  /** Status errors kept per enrollment. */
  statusErrorsKept: number;
  /** Default and largest page size of the bulk declarations read. */
  bulkDefaultLimit: number;
  bulkMaxLimit: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxJsonBytes: 1024 * 1024,
  maxAssetBytes: 16 * 1024 * 1024,
  statusReportsKept: 50,
  statusErrorsKept: 100,
  bulkDefaultLimit: 500,
  bulkMaxLimit: 5000,
};

export function resolveLimits(partial: Partial<ServerLimits> | undefined): ServerLimits {
  const limits = { ...DEFAULT_LIMITS, ...(partial ?? {}) };
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new ServerConfigError(`Server limit ${key} must be a positive integer, got ${String(value)}.`);
    }
  }
  if (limits.bulkDefaultLimit > limits.bulkMaxLimit) {
    throw new ServerConfigError('Server limit bulkDefaultLimit must not exceed bulkMaxLimit.');
  }
  return limits;
}
