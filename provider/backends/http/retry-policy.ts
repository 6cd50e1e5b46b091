/**
 * When and how long to wait before repeating a request (architecture rule 7): exponential backoff with full jitter,
 * overridden by the server's Retry-After (bounded). Only idempotent requests are ever repeated. Up to 10 attempts:
 * with 30 % of requests failing, a request still fails all of them only about once in 170,000; the request's time
 * budget and the client's retry budget bound what that costs (see http-client.ts).
 */
export interface RetryPolicy {
  /** Total attempts including the first (1 disables retries). */
  maxAttempts: number;
  /** Backoff before attempt n+1 is random in [0, min(maxDelayMs, baseDelayMs * 2^n)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the error is returned at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 10,
  baseDelayMs: 100,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 60_000,
};

/**
 * HTTP statuses worth another attempt of an idempotent request: "try again later" (429, 503), gateway failures
 * (502, 504) and 500, which a request that changes nothing when repeated can safely try again. A Retry-After on any
 * of them is honoured.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/** Transport failures where the request may not have reached the application, or its answer was lost. */
export const RETRYABLE_CODES: ReadonlySet<string> = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ETIMEDOUT', 'TIMEOUT']);

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);

export function isIdempotentMethod(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function backoffDelay(policy: RetryPolicy, attemptIndex: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attemptIndex);
  return Math.floor(random() * ceiling);
}
