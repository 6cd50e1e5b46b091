import * as http from 'node:http';
import * as https from 'node:https';
import { CredentialError } from './credentials';
import { HttpStatusError, HttpTransportError, bodyExcerpt } from './http-errors';
import {
  DEFAULT_RETRY_POLICY,
  RETRYABLE_CODES,
  RETRYABLE_STATUSES,
  RetryPolicy,
  backoffDelay,
  isIdempotentMethod,
  parseRetryAfter,
} from './retry-policy';
import { SecretScrubber } from './secret-scrubber';

/**
 * The one HTTP client every backend uses: Basic auth, per-attempt timeout, bounded response size, retries with backoff
 * for idempotent requests only, typed errors with secrets scrubbed, and a request counter (the plan reports how many
 * requests a read cost).
 */
export interface HttpClientOptions {
  /** Base URL; request paths are resolved against it (a path prefix such as /kmfddm/ is kept). */
  baseUrl: string;
  basicAuth?: { user: string; password: string };
  /** Per-attempt timeout. */
  timeoutMs?: number;
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

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

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
  private sent = 0;

  constructor(private readonly options: HttpClientOptions) {
    const base = new URL(options.baseUrl);
    if (base.username || base.password) {
      // A user's mistake, not a bug: typed so the CLI reports it as one. The URL itself is not quoted (it holds the key).
      throw new CredentialError('The server URL must not contain credentials; pass the API key through APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE instead.');
    }
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.base = base;
    this.policy = { ...DEFAULT_RETRY_POLICY, ...(options.retry ?? {}) };
    const auth = options.basicAuth;
    this.scrubber = new SecretScrubber([auth?.password, ...(options.secrets ?? [])], auth ? [auth.user] : []);
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
    for (let attempt = 1; ; attempt++) {
      const canRetry = retryable && attempt < this.policy.maxAttempts;
      let response: HttpResponse;
      try {
        response = await this.once(method, url, req, retryable);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
        if (canRetry && RETRYABLE_CODES.has(code)) {
          await sleep(backoffDelay(this.policy, attempt - 1, random));
          continue;
        }
        throw new HttpTransportError(method, shownUrl, code, this.scrubber.scrub((err as Error).message), attempt);
      }
      const expected = req.expect ? req.expect.includes(response.status) : response.status >= 200 && response.status < 300;
      if (expected) return response;
      if (canRetry && RETRYABLE_STATUSES.has(response.status)) {
        const retryAfterHeader = response.headers['retry-after'];
        const retryAfter =
          response.status === 429 || response.status === 503
            ? parseRetryAfter(Array.isArray(retryAfterHeader) ? retryAfterHeader[0] : retryAfterHeader, Date.now())
            : undefined;
        if (retryAfter === undefined || retryAfter <= this.policy.maxRetryAfterMs) {
          await sleep(retryAfter ?? backoffDelay(this.policy, attempt - 1, random));
          continue;
        }
      }
      throw new HttpStatusError(method, shownUrl, response.status, this.scrubber.scrub(bodyExcerpt(response.text())), attempt);
    }
  }

  /**
   * One attempt. A request that may not be repeated gets a fresh connection: a pooled keep-alive socket that the
   * server closed while idle would otherwise fail it with ECONNRESET, and we could not safely send it again.
   */
  private once(method: string, url: URL, req: HttpRequest, reusable: boolean): Promise<HttpResponse> {
    const headers: Record<string, string> = { 'user-agent': this.options.userAgent ?? 'applemdm', ...(req.headers ?? {}) };
    if (this.authHeader) headers.authorization = this.authHeader;
    const body = req.body === undefined ? undefined : typeof req.body === 'string' ? Buffer.from(req.body) : req.body;
    if (body) headers['content-length'] = String(body.byteLength);
    else if (method === 'PUT' || method === 'POST') headers['content-length'] = '0';
    const timeoutMs = this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = this.options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    this.sent++;
    const transport = url.protocol === 'https:' ? https : http;
    return new Promise<HttpResponse>((resolve, reject) => {
      const agent = reusable ? this.agent : false;
      const request = transport.request(url, { method, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            request.destroy(Object.assign(new Error(`response larger than ${maxBytes} bytes`), { code: 'RESPONSE_TOO_LARGE' }));
            return;
          }
          chunks.push(chunk);
        });
        res.on('error', reject);
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
      request.setTimeout(timeoutMs, () => {
        request.destroy(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { code: 'TIMEOUT' }));
      });
      request.on('error', reject);
      request.end(body);
    });
  }
}
