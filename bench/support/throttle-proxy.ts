import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy for the benchmark: it adds a fixed delay to every request (a SaaS MDM's round trip) and/or
 * enforces a request rate with a token bucket, answering 429 + Retry-After above it (a rate-limited server). Bodies
 * are streamed, not buffered, so the proxy adds no cost of its own beyond one loopback hop.
 *
 * The reliability suite's fault proxy (test/support/fault-proxy.ts) injects faults and random latency but has no rate
 * limit; this one does one job each way with exact, countable behaviour.
 */
export interface ThrottleProxyOptions {
  /** Upstream base URL; only http://127.0.0.1:<port> is accepted. */
  target: string;
  /** Added before each request is forwarded. */
  delayMs?: number;
  /** Requests per second allowed, with a bucket of `burst` requests (default: one second's worth). */
  rateLimit?: { perSecond: number; burst?: number };
}

export interface ThrottleProxy {
  url: string;
  /** Requests received, forwarded to the upstream, and refused with 429. */
  counts: { received: number; forwarded: number; throttled: number };
  /** Timestamps (ms, performance.now) of forwarded requests, for rate measurements. */
  forwardedAt: number[];
  reset(): void;
  close(): Promise<void>;
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'proxy-connection', 'te', 'trailer']);

export async function startThrottleProxy(options: ThrottleProxyOptions): Promise<ThrottleProxy> {
  const target = new URL(options.target);
  if (target.protocol !== 'http:' || target.hostname !== '127.0.0.1' || target.port === '') {
    throw new Error(`throttle proxy: upstream must be http://127.0.0.1:<port>, got ${options.target}`);
  }
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const limit = options.rateLimit;
  const burst = limit ? (limit.burst ?? limit.perSecond) : 0;
  let tokens = burst;
  let refilledAt = performance.now();

  /** Takes one token, or returns how long until one is available. */
  function take(): number {
    if (!limit) return 0;
    const now = performance.now();
    tokens = Math.min(burst, tokens + ((now - refilledAt) / 1000) * limit.perSecond);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return ((1 - tokens) / limit.perSecond) * 1000;
  }

  const proxy: ThrottleProxy = {
    url: '',
    counts: { received: 0, forwarded: 0, throttled: 0 },
    forwardedAt: [],
    reset() {
      proxy.counts = { received: 0, forwarded: 0, throttled: 0 };
      proxy.forwardedAt = [];
      tokens = burst;
      refilledAt = performance.now();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        agent.destroy();
      }),
  };

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    proxy.counts.received++;
    const wait = take();
    if (wait > 0) {
      proxy.counts.throttled++;
      // Retry-After is whole seconds (RFC 9110), so a client cannot be told "10 ms".
      const seconds = Math.max(1, Math.ceil(wait / 1000));
      req.resume();
      req.on('end', () => {
        res.writeHead(429, { 'retry-after': String(seconds), 'content-type': 'text/plain', 'content-length': '17' });
        res.end('too many requests');
      });
      return;
    }
    const headers: http.OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) headers[name] = value;
    headers.host = target.host;
    const forward = (): void => {
      proxy.counts.forwarded++;
      proxy.forwardedAt.push(performance.now());
      const upstream = http.request(
        { host: '127.0.0.1', port: Number(target.port), method: req.method, path: req.url, headers, agent },
        (response) => {
          const kept: http.OutgoingHttpHeaders = {};
          for (const [name, value] of Object.entries(response.headers)) if (!HOP_BY_HOP.has(name) && value !== undefined) kept[name] = value;
          res.writeHead(response.statusCode ?? 502, kept);
          response.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      req.pipe(upstream);
    };
    if (options.delayMs) setTimeout(forward, options.delayMs);
    else forward();
  }

  const server = http.createServer(handle);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return proxy;
}
