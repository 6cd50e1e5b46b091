import { randomUUID } from 'node:crypto';
import { HttpClient, type HttpResponse } from '../http/http-client';
import { HttpTransportError } from '../http/http-errors';
import { backoffDelay, parseRetryAfter, type RetryPolicy } from '../http/retry-policy';
import { GraphConsistencyError, GraphError } from './graph-errors';
import type { GraphErrorBody, GraphPage } from './graph-types';
import type { SecretRegistry } from './secret-registry';
import { ALL_STATUSES, type TokenSource } from './token-provider';

/**
 * Microsoft Graph over the shared HTTP client (intune-graph.md §7): a bearer token per request (renewed once on 401),
 * 429/503 retried after Retry-After or, when the header is missing, exponential backoff with jitter; 502/504 retried
 * for idempotent requests; `@odata.nextLink` followed verbatim (and only to the configured Graph host, which alone
 * sees the token); `$batch` reads in chunks of at most 20 with throttled items retried on their own; bounded
 * read-after-write waits; and GraphError carrying Graph's error code and request-id, scrubbed of every secret.
 */
export const GRAPH_API_VERSION = 'beta';
/** Graph's limit on requests per $batch. */
export const BATCH_LIMIT = 20;

export interface ConsistencyPolicy {
  /** Reads before giving up on a write becoming visible. */
  attempts: number;
  intervalMs: number;
}

/** The pattern used in practice (intune-graph.md §7.4): up to 30 reads, 2 s apart. */
export const DEFAULT_CONSISTENCY: ConsistencyPolicy = { attempts: 30, intervalMs: 2000 };

export const GRAPH_RETRY_POLICY: RetryPolicy = { maxAttempts: 6, baseDelayMs: 500, maxDelayMs: 30_000, maxRetryAfterMs: 120_000 };

export interface GraphClientOptions {
  graphUrl: string;
  tokens: TokenSource;
  secrets: SecretRegistry;
  retry?: Partial<RetryPolicy>;
  consistency?: Partial<ConsistencyPolicy>;
  /** Injected by tests to record the delays chosen instead of waiting them. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  timeoutMs?: number;
}

export interface GraphRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Relative to `${graphUrl}/beta/`, query already encoded (see odataPath). */
  path: string;
  body?: unknown;
  /** Safe to repeat after an ambiguous failure (502/504, a reset): GET, PUT, DELETE, PATCH and `assign` are. */
  idempotent?: boolean;
}

export interface GraphResult<T> {
  status: number;
  body: T | undefined;
}

/** One item of a $batch answer. */
export interface BatchItem<T> {
  status: number;
  body: T | undefined;
}

export class GraphClient {
  private readonly http: HttpClient;
  private readonly policy: RetryPolicy;
  private readonly consistency: ConsistencyPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;
  private readonly base: string;

  constructor(private readonly options: GraphClientOptions) {
    this.base = `${options.graphUrl}/${GRAPH_API_VERSION}/`;
    // Retries are decided here (Graph's statuses and bodies), so the shared client only repeats transport failures.
    this.http = new HttpClient({ baseUrl: this.base, userAgent: 'applemdm', ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}), ...(options.sleep ? { sleep: options.sleep } : {}) });
    this.policy = { ...GRAPH_RETRY_POLICY, ...(options.retry ?? {}) };
    this.consistency = { ...DEFAULT_CONSISTENCY, ...(options.consistency ?? {}) };
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.random = options.random ?? Math.random;
  }

  /** Graph requests sent so far (every attempt and every $batch counts once; token requests are not included). */
  get requestCount(): number {
    return this.http.requestCount;
  }

  close(): void {
    this.http.close();
  }

  async request<T>(req: GraphRequest): Promise<GraphResult<T>> {
    const idempotent = req.idempotent ?? req.method !== 'POST';
    const body = req.body === undefined ? undefined : JSON.stringify(req.body);
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      const res = await this.send(req.method, req.path, body, idempotent);
      if (res.status >= 200 && res.status < 300) return { status: res.status, body: parseJson<T>(res) };
      if (res.status === 401 && !reauthenticated) {
        reauthenticated = true;
        this.options.tokens.invalidate();
        continue;
      }
      const delay = this.retryDelay(res.status, header(res, 'retry-after'), attempt, idempotent);
      if (delay === undefined) throw this.error(req.method, req.path, res, attempt);
      await this.sleep(delay);
    }
  }

  async get<T>(path: string): Promise<T> {
    return (await this.request<T>({ method: 'GET', path })).body as T;
  }

  /** A GET where 404 means "absent" (and is not an error). */
  async find<T>(path: string): Promise<T | undefined> {
    try {
      return await this.get<T>(path);
    } catch (err) {
      if (err instanceof GraphError && err.status === 404) return undefined;
      throw err;
    }
  }

  /** Every item of a collection, following @odata.nextLink until it is absent. */
  async list<T>(path: string): Promise<T[]> {
    return this.rest(await this.get<GraphPage<T>>(path));
  }

  /** The remaining pages of a collection whose first page is in hand. */
  async rest<T>(first: GraphPage<T> | undefined): Promise<T[]> {
    const out: T[] = [...(first?.value ?? [])];
    let next = first?.['@odata.nextLink'];
    for (let pages = 1; next; pages++) {
      if (pages > 10_000) throw new Error('applemdm bug: more than 10,000 pages in one Graph collection');
      const page = await this.get<GraphPage<T>>(this.relative(next));
      out.push(...(page?.value ?? []));
      next = page?.['@odata.nextLink'];
    }
    return out;
  }

  /**
   * GETs many paths through $batch, at most 20 per request. Items answered 429/503 are sent again (in a later batch)
   * after the longest Retry-After among them; every other status is returned to the caller as is.
   */
  async batchGet<T>(paths: readonly string[]): Promise<BatchItem<T>[]> {
    const results = new Array<BatchItem<T>>(paths.length);
    for (let start = 0; start < paths.length; start += BATCH_LIMIT) {
      let pending = paths.slice(start, start + BATCH_LIMIT).map((p, i) => ({ index: start + i, path: p }));
      for (let attempt = 1; pending.length; attempt++) {
        const requests = pending.map((p) => ({ id: String(p.index), method: 'GET', url: `/${p.path}` }));
        const answer = await this.request<{ responses?: BatchResponse[] }>({ method: 'POST', path: '$batch', body: { requests }, idempotent: true });
        const byId = new Map((answer.body?.responses ?? []).map((r) => [String(r.id), r]));
        const retry: typeof pending = [];
        let wait = 0;
        for (const p of pending) {
          const r = byId.get(String(p.index));
          if (!r) throw new GraphError('POST', '$batch', 200, 'MissingBatchResponse', `no response for request ${p.index} (${p.path})`, undefined, attempt);
          const retryAfter = typeof r.headers?.['Retry-After'] === 'string' || typeof r.headers?.['retry-after'] === 'string'
            ? String(r.headers?.['Retry-After'] ?? r.headers?.['retry-after'])
            : undefined;
          const delay = this.retryDelay(r.status, retryAfter, attempt, true);
          if (delay !== undefined) {
            retry.push(p);
            wait = Math.max(wait, delay);
            continue;
          }
          results[p.index] = { status: r.status, body: r.body as T | undefined };
        }
        if (retry.length) await this.sleep(wait);
        pending = retry;
      }
    }
    return results;
  }

  /** A batch item's body, or a GraphError naming its path when its status is not 2xx (404 → undefined when allowed). */
  itemBody<T>(item: BatchItem<T>, path: string, allowMissing = false): T | undefined {
    if (item.status >= 200 && item.status < 300) return item.body;
    if (item.status === 404 && allowMissing) return undefined;
    const e = (item.body ?? {}) as GraphErrorBody;
    throw new GraphError(
      'GET',
      path,
      item.status,
      e.error?.code ?? 'unknown',
      this.options.secrets.scrub(oneLine(e.error?.message ?? '')),
      e.error?.innerError?.['request-id'],
      1,
    );
  }

  /**
   * Read-after-write consistency (intune-graph.md §7.4): re-reads until `done` holds, at most `attempts` times. 404 and
   * the statuses Graph uses while a write propagates (409, 423, 5xx) count as "not yet". Gives up with
   * GraphConsistencyError; the write itself happened, so a re-run of apply converges.
   */
  async waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
    let last: unknown;
    for (let attempt = 1; attempt <= this.consistency.attempts; attempt++) {
      try {
        const value = await read();
        if (done(value)) return value;
        last = 'stale';
      } catch (err) {
        if (!(err instanceof GraphError) || !PROPAGATION_STATUSES.has(err.status)) throw err;
        last = err;
      }
      if (attempt < this.consistency.attempts) await this.sleep(this.consistency.intervalMs);
    }
    throw new GraphConsistencyError(
      `${what} was not visible after ${this.consistency.attempts} reads ${this.consistency.intervalMs} ms apart` +
        `${last instanceof GraphError ? ` (last answer: HTTP ${last.status} ${last.code})` : ''}; the write was sent, run apply again to converge.`,
    );
  }

  /** A nextLink (absolute) as a path under the Graph base; refuses any other host, which must never see the token. */
  private relative(link: string): string {
    if (!link.startsWith(this.base)) {
      throw new GraphError('GET', link.replace(/\?.*$/, ''), 0, 'ForeignNextLink', `@odata.nextLink leaves ${this.base}; not followed`, undefined, 1);
    }
    return link.slice(this.base.length);
  }

  private retryDelay(status: number, retryAfterHeader: string | undefined, attempt: number, idempotent: boolean): number | undefined {
    if (attempt >= this.policy.maxAttempts) return undefined;
    // A throttled request was not processed (429); 503 likewise. Gateway errors may hide a processed write.
    const throttled = status === 429 || status === 503;
    if (!throttled && !((status === 502 || status === 504) && idempotent)) return undefined;
    const retryAfter = throttled ? parseRetryAfter(retryAfterHeader, Date.now()) : undefined;
    if (retryAfter !== undefined) return retryAfter <= this.policy.maxRetryAfterMs ? retryAfter : undefined;
    return backoffDelay(this.policy, attempt - 1, this.random);
  }

  private async send(method: string, path: string, body: string | undefined, idempotent: boolean): Promise<HttpResponse> {
    const token = await this.options.tokens.token();
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json', 'client-request-id': randomUUID() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await this.http.request({ method, path, headers, ...(body !== undefined ? { body } : {}), idempotent, expect: ALL_STATUSES });
    } catch (err) {
      if (err instanceof HttpTransportError) {
        throw new HttpTransportError(err.method, err.url, err.code, this.options.secrets.scrub(err.message), err.attempts);
      }
      throw err;
    }
  }

  private error(method: string, path: string, res: HttpResponse, attempts: number): GraphError {
    let parsed: GraphErrorBody = {};
    try {
      parsed = res.json<GraphErrorBody>();
    } catch {
      // Not JSON: the excerpt below says what came back.
    }
    const message = parsed.error?.message ?? res.text().slice(0, 300);
    return new GraphError(
      method,
      path.replace(/\?.*$/, ''),
      res.status,
      parsed.error?.code ?? 'unknown',
      this.options.secrets.scrub(oneLine(message)),
      parsed.error?.innerError?.['request-id'] ?? header(res, 'request-id'),
      attempts,
    );
  }
}

interface BatchResponse {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

const PROPAGATION_STATUSES: ReadonlySet<number> = new Set([404, 409, 423, 429, 500, 502, 503, 504]);

function header(res: HttpResponse, name: string): string | undefined {
  const v = res.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function parseJson<T>(res: HttpResponse): T | undefined {
  if (res.body.length === 0) return undefined;
  try {
    return res.json<T>();
  } catch {
    return undefined;
  }
}

function oneLine(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > 300 ? `${s.slice(0, 300)}…` : s;
}

/** `path?$filter=…&$select=…` with OData's quotes and spaces percent-encoded (intune-graph.md §2.1). */
export function odataPath(path: string, query: Record<string, string | undefined> = {}): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${encodeURIComponent(v!).replace(/'/g, '%27')}`);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/** A string literal inside an OData $filter ('' escapes a quote). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
