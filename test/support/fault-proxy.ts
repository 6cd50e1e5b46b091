import { createHash } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy that injects faults between a client and an upstream server on 127.0.0.1, for reliability
 * tests. Each request gets at most one fault, drawn from `rates`, plus optional added latency.
 *
 * Decisions are seeded per request, not from one shared stream: the draw for a request is a hash of the seed, the
 * request (method, URL, body) and how many times that exact request was seen before. Concurrent requests arriving in
 * a different order therefore meet the same faults, and a retried request gets a fresh draw.
 *
 * Faults that must prove the upstream did NOT act (429, 500, 503, reset-before) are answered without forwarding.
 * `resetAfter` forwards, lets the upstream act, then destroys the client socket without an answer (proves that a
 * retried write is idempotent). `truncate` sends an answer's headers with the full Content-Length but only half of its
 * body, then destroys the socket; it is drawn separately, only for answers that have a body (most writes answer 204
 * without one), so its rate is per answer with a body.
 *
 * Bounded: after `maxFaults` injected faults it only forwards, and after `lifetimeMs` it closes itself.
 */
export const FAULT_KINDS = [
  'status429',
  'status500',
  'status503',
  'status503RetryAfter',
  'resetBefore',
  'resetAfter',
  'truncate',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
/** The kinds drawn together, one at most per request; truncate has its own draw. */
const BEFORE_ANSWER_KINDS = FAULT_KINDS.filter((k) => k !== 'truncate');

export interface FaultProxyOptions {
  /** Upstream base URL; only http://127.0.0.1:<port> is accepted. */
  target: string;
  seed: string;
  /** Probability per request of each fault (their sum, truncate excluded, must be at most 1). */
  rates?: Partial<Record<FaultKind, number>>;
  /** Probability per request of added latency, and its range in ms. */
  latency?: { rate: number; minMs: number; maxMs: number };
  /** Which requests may be faulted or delayed (default: all). */
  faultable?: (request: { method: string; url: string }) => boolean;
  /** Fault budget: once spent, the proxy only forwards. Default 10,000. */
  maxFaults?: number;
  /** The proxy closes itself after this long. Default 5 minutes. */
  lifetimeMs?: number;
  /**
   * While the upstream refuses connections (a restarting server), keep trying for this long before resetting the
   * client. Refused connections never reached the upstream, so trying again is safe. Default 0.
   */
  upstreamWaitMs?: number;
}

export interface FaultProxy {
  /** Base URL of the proxy, e.g. http://127.0.0.1:49152 */
  url: string;
  /** Injected faults by kind. */
  counts: Record<FaultKind, number>;
  /** Requests that were answered with added latency. */
  delayed: number;
  /** Requests received from clients. */
  received: number;
  /** Requests sent on to the upstream (including those later reset or truncated). */
  forwarded: number;
  /** Upstream failures passed on to the client as a reset (e.g. the server was killed). */
  upstreamErrors: number;
  totalFaults(): number;
  setRates(rates: Partial<Record<FaultKind, number>>, latency?: FaultProxyOptions['latency']): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024 * 1024;
const UPSTREAM_RETRY_MS = 50;
const DEFAULT_LIFETIME_MS = 5 * 60_000;
const DEFAULT_MAX_FAULTS = 10_000;

/** Headers that belong to one connection and must not be copied across the proxy. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  const target = new URL(options.target);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1' || target.port === '') {
    throw new Error(`fault proxy: upstream must be http://127.0.0.1:<port>, got ${options.target}`);
  }
  let rates = checkRates(options.rates ?? {});
  let latency = options.latency;
  const maxFaults = options.maxFaults ?? DEFAULT_MAX_FAULTS;
  const seen = new Map<string, number>();
  const proxy: FaultProxy = {
    url: '',
    counts: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    delayed: 0,
    received: 0,
    forwarded: 0,
    upstreamErrors: 0,
    totalFaults: () => FAULT_KINDS.reduce((n, k) => n + proxy.counts[k], 0),
    setRates(next, nextLatency) {
      rates = checkRates(next);
      latency = nextLatency;
    },
    close: () => close(),
  };

  /** Independent uniform draws in [0, 1) for this occurrence of this request. */
  function draws(method: string, url: string, body: Buffer): [number, number, number, number] {
    const key = `${method} ${url} ${createHash('sha256').update(body).digest('hex')}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const h = createHash('sha256').update(`${options.seed}\u0000${key}\u0000${n}`).digest();
    return [0, 4, 8, 12].map((at) => h.readUInt32BE(at) / 2 ** 32) as [number, number, number, number];
  }

  function pickFault(draw: number): FaultKind | undefined {
    if (proxy.totalFaults() >= maxFaults) return undefined;
    let edge = 0;
    for (const kind of BEFORE_ANSWER_KINDS) {
      edge += rates[kind] ?? 0;
      if (draw < edge) return kind;
    }
    return undefined;
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    proxy.received++;
    const body = await readBody(req);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const [faultDraw, latencyDraw, detailDraw, truncateDraw] = draws(method, url, body);
    const eligible = options.faultable ? options.faultable({ method, url }) : true;
    if (eligible && latency && latencyDraw < latency.rate) {
      proxy.delayed++;
      await sleep(latency.minMs + Math.floor(detailDraw * (latency.maxMs - latency.minMs + 1)));
    }
    const fault = eligible ? pickFault(faultDraw) : undefined;
    switch (fault) {
      case 'status429':
        proxy.counts.status429++;
        return answer(res, 429, { 'retry-after': detailDraw < 0.5 ? '0' : '1' });
      case 'status500':
        proxy.counts.status500++;
        return answer(res, 500, {});
      case 'status503':
        proxy.counts.status503++;
        return answer(res, 503, {});
      case 'status503RetryAfter':
        proxy.counts.status503RetryAfter++;
        return answer(res, 503, { 'retry-after': detailDraw < 0.5 ? '0' : '1' });
      case 'resetBefore':
        proxy.counts.resetBefore++;
        req.socket.destroy();
        return;
      default:
        break;
    }
    let upstream: Upstream;
    try {
      upstream = await forward(method, url, req.headers, body);
    } catch {
      proxy.upstreamErrors++;
      req.socket.destroy();
      return;
    }
    if (fault === 'resetAfter') {
      proxy.counts.resetAfter++;
      req.socket.destroy();
      return;
    }
    const hasBody = upstream.body.length >= 2 && upstream.status !== 204 && upstream.status !== 304 && method !== 'HEAD';
    const truncate = eligible && fault === undefined && hasBody && truncateDraw < (rates.truncate ?? 0) && proxy.totalFaults() < maxFaults;
    if (truncate) {
      proxy.counts.truncate++;
      res.writeHead(upstream.status, { ...upstream.headers, 'content-length': String(upstream.body.length) });
      res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)), () => req.socket.destroy());
      return;
    }
    res.writeHead(upstream.status, { ...upstream.headers, 'content-length': String(upstream.body.length) });
    res.end(upstream.body);
  }

  interface Upstream {
    status: number;
    headers: http.OutgoingHttpHeaders;
    body: Buffer;
  }

  /** Sends the request on; a refused connection is tried again until upstreamWaitMs has passed. */
  async function forward(method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): Promise<Upstream> {
    const deadline = Date.now() + (options.upstreamWaitMs ?? 0);
    for (;;) {
      try {
        return await forwardOnce(method, url, headers, body);
      } catch (err) {
        const refused = (err as NodeJS.ErrnoException).code === 'ECONNREFUSED';
        if (!refused || Date.now() + UPSTREAM_RETRY_MS > deadline || closed) throw err;
        await sleep(UPSTREAM_RETRY_MS);
      }
    }
  }

  function forwardOnce(method: string, url: string, headers: http.IncomingHttpHeaders, body: Buffer): Promise<Upstream> {
    const out: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) out[name] = value;
    out.host = target.host;
    out['content-length'] = String(body.length);
    return new Promise<Upstream>((resolve, reject) => {
      const request = http.request(
        // A fresh upstream connection per request: a pooled one the server closed while idle would fail the
        // request with a reset that nobody injected.
        { host: '127.0.0.1', port: Number(target.port), method, path: url, headers: out, agent: false },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (c: Buffer) => chunks.push(c));
          response.on('error', reject);
          response.on('end', () => {
            const kept: http.OutgoingHttpHeaders = {};
            for (const [name, value] of Object.entries(response.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) kept[name] = value;
            resolve({ status: response.statusCode ?? 502, headers: kept, body: Buffer.concat(chunks) });
          });
        },
      );
      request.on('error', reject);
      proxy.forwarded++;
      request.end(body);
    });
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => req.socket.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let closed = false;
  let closing: Promise<void> | undefined;
  const lifetime = setTimeout(() => void close(), options.lifetimeMs ?? DEFAULT_LIFETIME_MS);
  lifetime.unref();
  function close(): Promise<void> {
    closed = true;
    clearTimeout(lifetime);
    return (closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }));
  }
  return proxy;
}

function checkRates(rates: Partial<Record<FaultKind, number>>): Partial<Record<FaultKind, number>> {
  const sum = BEFORE_ANSWER_KINDS.reduce((n, k) => n + (rates[k] ?? 0), 0);
  if (sum > 1 || FAULT_KINDS.some((k) => (rates[k] ?? 0) < 0 || (rates[k] ?? 0) > 1)) {
    throw new Error(`fault proxy: each rate must be in [0, 1] and, truncate excluded, sum to at most 1 (sum ${sum})`);
  }
  return { ...rates };
}

function answer(res: http.ServerResponse, status: number, headers: Record<string, string>): void {
  const text = `injected ${status}`;
  res.writeHead(status, { ...headers, 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error('fault proxy: request body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
