/**
 * Typed errors of the Intune backend. Messages carry Graph's error code and request-id (what Microsoft support asks
 * for) and never a secret: every text that reaches them has been through the backend's scrubber.
 */

/** Graph answered with an error status (after retries, where the status was retryable). */
export class GraphError extends Error {
  constructor(
    readonly method: string,
    /** Path and query only: the host is the configured Graph endpoint. */
    readonly url: string,
    readonly status: number,
    /** Graph's `error.code`, e.g. "BadRequest", "ResourceNotFound"; "unknown" when the body had none. */
    readonly code: string,
    readonly graphMessage: string,
    /** `error.innerError.request-id` or the `request-id` header. */
    readonly requestId: string | undefined,
    readonly attempts: number,
  ) {
    super(
      `${method} ${url} answered HTTP ${status} ${code}${graphMessage ? `: ${graphMessage}` : ''}` +
        `${requestId ? ` (request-id ${requestId})` : ''}${attempts > 1 ? ` after ${attempts} attempts` : ''}`,
    );
    this.name = 'GraphError';
  }
}

/** The token endpoint refused the client credentials, or answered something that is not a token. */
export class IntuneAuthError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** AAD's `error` (e.g. "invalid_client"); its `error_codes` and trace id go into the message. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'IntuneAuthError';
  }
}

/** The intune:// target or its environment is incomplete or inconsistent. Nothing was sent anywhere. */
export class IntuneConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IntuneConfigError';
  }
}

/** A write did not become visible within the bounded read-after-write wait; re-running apply converges. */
export class GraphConsistencyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GraphConsistencyError';
  }
}
