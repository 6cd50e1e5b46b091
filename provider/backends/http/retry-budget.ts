/**
 * A bound on retries across all requests of a client, on top of each request's attempt limit: every request earns
 * one retry, and a reserve covers a burst. Under a few faults it never binds; against a server failing everything it
 * stops each request after about one retry instead of multiplying the load on a server that is already struggling.
 * Savings are capped, so a long healthy run does not buy unlimited retries for a later outage.
 */
const MAX_TOKENS = 100;

export class RetryBudget {
  private tokens: number;

  constructor(
    reserve = 20,
    private readonly earnedPerRequest = 1,
  ) {
    this.tokens = reserve;
  }

  /** A new request (not a retry) was started. */
  deposit(): void {
    this.tokens = Math.min(MAX_TOKENS, this.tokens + this.earnedPerRequest);
  }

  /** Takes one retry from the budget; false when none is left. */
  withdraw(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
