/**
 * Typed errors of the shared HTTP client. Messages name the method, the URL without credentials or query secrets,
 * and (for status errors) a short, scrubbed excerpt of the body; they never contain the API key.
 */
export const BODY_EXCERPT_LIMIT = 300;

/** The server answered with a status the caller did not expect. */
export class HttpStatusError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    /** At most BODY_EXCERPT_LIMIT characters of the response body, secrets removed. */
    readonly bodyExcerpt: string,
    /** How many attempts were made (more than 1 when the status was retried). */
    readonly attempts: number,
    /** Why a status worth retrying was not retried again (attempts or time used up), for the message. */
    readonly gaveUp?: string,
  ) {
    super(`${method} ${url} answered HTTP ${status}${bodyExcerpt ? `: ${bodyExcerpt}` : ''}${gaveUp ? ` (${gaveUp})` : ''}`);
    this.name = 'HttpStatusError';
  }
}

/** No HTTP answer: connection refused or reset, DNS failure, timeout, oversized response. */
export class HttpTransportError extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    /** Node's error code (ECONNRESET, ECONNREFUSED, …) or TIMEOUT / RESPONSE_TOO_LARGE. */
    readonly code: string,
    detail: string,
    readonly attempts: number,
  ) {
    super(`${method} ${url} failed (${code}): ${detail}`);
    this.name = 'HttpTransportError';
  }
}

export function bodyExcerpt(body: string): string {
  const oneLine = body.replace(/\s+/g, ' ').trim();
  return oneLine.length > BODY_EXCERPT_LIMIT ? `${oneLine.slice(0, BODY_EXCERPT_LIMIT)}…` : oneLine;
}
