import * as http from 'node:http';
import * as https from 'node:https';
import { CredentialError } from './credentials';
import { HttpStatusError, HttpTransportError, bodyExcerpt } from './http-errors';
import { NetworkClock } from './network-clock';
import { RetryBudget } from './retry-budget';
import {
  DEFAULT_RETRY_POLICY,
  RETRYABLE_CODES,
  RETRYABLE_STATUSES,
  RetryPolicy,
  backoffDelay,
  isIdempotentMethod,
  parseRetryAfter,
} from './retry-policy';
import { SecretScrubber, registerScrubber } from '../../core/secret-scrubber';
import { parseServerUrl, secretsInUrl } from '../../core/server-url';
import { DEFAULT_REQUEST_TIMEOUT_MS, formatMs } from './timeouts';

/**
 * The one HTTP client every backend uses: Basic auth, bounded time, bounded response size, retries with backoff
 * for idempotent requests only, typed errors with secrets scrubbed, and a request counter (the plan reports how many
 * requests a read cost).
 *
 * Time is bounded twice, never per attempt alone: all attempts of one request (and the waits between them) share
 * `timeoutMs`, and all requests of the client share `deadlineMs` of network time (time during which some request is
 * in flight or waiting to be retried; waiting for a lock between requests does not count). Each attempt gets what is
 * left of both, so a server that accepts connections and never answers costs at most `timeoutMs`.
 */
export interface HttpClientOptions {
  /** Base URL; request paths are resolved against it (a path prefix such as /kmfddm/ is kept). */
  baseUrl: string;
  basicAuth?: { user: string; password: string };
  /** Budget of one request: all its attempts and the waits between them. Default 30 s. */
  timeoutMs?: number;
  /** Budget of network time for everything this client sends (one command). Default: none (backends set one). */
  deadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  maxResponseBytes?: number;
  /** Extra secrets to scrub from error text. */
  secrets?: string[];
  /** Injected for tests that check which delays were chosen; defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  userAgent?: string;
}

export interface HttpRequest {
  method: string;
  /** Path relative to the base URL, already encoded (use encodePathSegment for names). */
  path: string;
  query?: Record<string, string | string[] | undefined>;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Statuses returned to the caller; any other status is an HttpStatusError. Default: 2xx. */
  expect?: readonly number[];
  /** Overrides the method's idempotency (e.g. a POST that is safe to repeat). */
  idempotent?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text(): string;
  json<T>(): T;
}

const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** How much of an error body is scrubbed and excerpted (the excerpt itself is shorter). */
const BODY_SCAN_LIMIT = 16 * 1024;

export function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment);
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class HttpClient {
  private readonly base: URL;
  private readonly policy: RetryPolicy;
  private readonly scrubber: SecretScrubber;
  private readonly authHeader?: string;
  private readonly agent: http.Agent;
  private readonly clock: NetworkClock;
  private readonly budget: RetryBudget;
  private readonly requestTimeoutMs: number;
  private sent = 0;

  constructor(private readonly options: HttpClientOptions) {
    const auth = options.basicAuth;
    this.scrubber = new SecretScrubber([auth?.password, ...(options.secrets ?? []), ...secretsInUrl(options.baseUrl)], auth ? [auth.user] : []);
    registerScrubber(this.scrubber);
    const base = parseServerUrl(options.baseUrl);
    if (base.username || base.password) {
      // A user's mistake, not a bug: typed so the CLI reports it as one. The URL itself is not quoted (it holds the key).
      throw new CredentialError('The server URL must not contain credentials; pass the API key through APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE instead.');
    }
    // The query of the server URL is never sent (it may hold a credential put there by mistake).
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...(options.retry ?? {}) };
    this.requestTimeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.clock = new NetworkClock(options.deadlineMs ?? Number.POSITIVE_INFINITY);
    this.budget = new RetryBudget();
    if (auth) this.authHeader = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    this.agent = base.protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true });
  }

  /** HTTP requests sent so far (every attempt counts). */
  get requestCount(): number {
    return this.sent;
  }

  get baseUrl(): string {
    return this.base.toString();
  }

  /** Scrubs the client's secrets from any text (for callers that build their own messages). */
  scrub(text: string): string {
    return this.scrubber.scrub(text);
  }

  close(): void {
    this.agent.destroy();
  }

  url(path: string, query?: HttpRequest['query']): URL {
    const url = new URL(path.replace(/^\//, ''), this.base);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
    }
    return url;
  }

  async request(req: HttpRequest): Promise<HttpResponse> {
    const method = req.method.toUpperCase();
    const url = this.url(req.path, req.query);
    const shownUrl = this.scrubber.scrub(`${url.origin}${url.pathname}${url.search}`);
    const retryable = req.idempotent ?? isIdempotentMethod(method);
    const sleep = this.options.sleep ?? realSleep;
    const random = this.options.random ?? Math.random;
    const started = Date.now();
    this.budget.deposit();
    const stop = this.clock.start();
    try {
      for (let attempt = 1; ; attempt++) {
        const left = (): number => Math.min(this.requestTimeoutMs - (Date.now() - started), this.clock.remaining());
        const timedOut = (): HttpTransportError =>
          new HttpTransportError(method, shownUrl, 'TIMEOUT', this.deadlineMessage(attempt - 1), attempt - 1);
        /** Waits `ms` before the next attempt when the budgets allow it; false when they do not. */
        const retryAfter = async (ms: number): Promise<boolean> => {
          if (!retryable || attempt >= this.policy.maxAttempts || ms >= left() || !this.budget.withdraw()) return false;
          await sleep(ms);
          return true;
        };
        const timeoutMs = left();
        if (timeoutMs <= 0) throw timedOut();
        let response: HttpResponse;
        try {
          response = await this.once(method, url, req, retryable, timeoutMs);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
          if (RETRYABLE_CODES.has(code) && (await retryAfter(backoffDelay(this.policy, attempt - 1, random)))) continue;
          if (code === 'TIMEOUT') throw new HttpTransportError(method, shownUrl, code, this.deadlineMessage(attempt), attempt);
          throw new HttpTransportError(method, shownUrl, code, this.scrubber.scrub((err as Error).message), attempt);
        }
        const expected = req.expect ? req.expect.includes(response.status) : response.status >= 200 && response.status < 300;
        if (expected) return response;
        let gaveUp: string | undefined;
        if (RETRYABLE_STATUSES.has(response.status)) {
          const header = response.headers['retry-after'];
          const asked = parseRetryAfter(Array.isArray(header) ? header[0] : header, Date.now());
          const wait = asked === undefined ? backoffDelay(this.policy, attempt - 1, random) : asked;
          if ((asked === undefined || asked <= this.policy.maxRetryAfterMs) && (await retryAfter(wait))) continue;
          if (retryable) gaveUp = this.whyNotRetried(attempt, asked);
        }
        throw new HttpStatusError(method, shownUrl, response.status, this.excerpt(response.text()), attempt, gaveUp);
      }
    } finally {
      stop();
    }
  }

  /** The body as an error may quote it: scrubbed whole first, so neither cutting nor folding whitespace can split a secret. */
  private excerpt(body: string): string {
    if (body.length <= BODY_SCAN_LIMIT) return bodyExcerpt(this.scrubber.scrub(body));
    // Cut where no secret can be split: a secret starting before the kept part's end lies wholly in the scanned part.
    const scanned = this.scrubber.scrub(body.slice(0, BODY_SCAN_LIMIT + this.scrubber.longest));
    return bodyExcerpt(scanned.slice(0, scanned.length - this.scrubber.longest));
  }

  private whyNotRetried(attempts: number, retryAfterMs: number | undefined): string {
    if (retryAfterMs !== undefined && retryAfterMs > this.policy.maxRetryAfterMs) {
      return `the server asked to retry after ${formatMs(retryAfterMs)}, longer than the ${formatMs(this.policy.maxRetryAfterMs)} applemdm waits`;
    }
    if (attempts >= this.policy.maxAttempts) return `${attempts} attempts`;
    if (retryAfterMs !== undefined) return `after ${attempts} attempt(s); retrying after ${formatMs(retryAfterMs)} (Retry-After) would pass APPLEMDM_TIMEOUT or APPLEMDM_DEADLINE`;
    return `after ${attempts} attempt(s); the retry budget or the time left (APPLEMDM_TIMEOUT, APPLEMDM_DEADLINE) allowed no more`;
  }

  private deadlineMessage(attempts: number): string {
    const commandLeft = this.clock.remaining();
    const which = commandLeft <= 0
      ? `the command's network time ran out (${formatMs(this.clock.budgetMs)}, APPLEMDM_DEADLINE)`
      : `no answer within ${formatMs(this.requestTimeoutMs)} (APPLEMDM_TIMEOUT)`;
    return `${which}; ${attempts} attempt(s). The server accepted the connection but did not answer in time`;
  }

  /**
   * One attempt. A request that may not be repeated gets a fresh connection: a pooled keep-alive socket that the
   * server closed while idle would otherwise fail it with ECONNRESET, and we could not safely send it again.
   */
  private once(method: string, url: URL, req: HttpRequest, reusable: boolean, timeoutMs: number): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'applemdm', ...(req.headers ?? {}) };
    if (this.authHeader) headers.authorization = this.authHeader;
    const body = req.body === undefined ? undefined : typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
    if (body) headers['content-length'] = String(body.byteLength);
    else if (method === 'PUT' || method === 'POST') headers['content-length'] = '0';
    const maxBytes = this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.sent++;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<HttpResponse>((resolve, reject) => {
      // The reason we cut the attempt short wins over the socket errors that cutting it causes.
      let cause: Error | undefined;
      const fail = (err: Error): void => reject(cause ?? err);
      const cut = (message: string, code: string): void => {
        cause ??= Object.assign(new Error(message), { code });
        request.destroy(cause);
      };
      const agent = reusable ? this.agent : false;
      const request = transport.request(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            cut(`response larger than ${maxBytes} bytes`, 'RESPONSE_TOO_LARGE');
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', fail);
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes,
            text: () => bytes.toString('utf8'),
            json: <T>() => JSON.parse(bytes.toString('utf8')) as T,
          });
        });
      });
      // A whole-attempt timer, not an idle timeout: a server trickling bytes must not outlast the budget either.
      const timer = setTimeout(() => cut(`no answer within ${timeoutMs} ms`, 'TIMEOUT'), timeoutMs);
      request.on('close', () => clearTimeout(timer));
      request.on('error', fail);
      request.end(body);
    });
  }
}
