import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mapWithConcurrency } from '../../provider/core/concurrency';
import { CredentialError, resolveApiKey } from '../../provider/backends/http/credentials';
import { HttpClient, HttpClientOptions } from '../../provider/backends/http/http-client';
import { HttpStatusError, HttpTransportError } from '../../provider/backends/http/http-errors';
import { parseRetryAfter } from '../../provider/backends/http/retry-policy';
import { ok, reset, scriptedServer, status, type Step } from './support/scripted-server';

function client(url: string, sleeps: number[], extra: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    baseUrl: url,
    basicAuth: { user: 'kmfddm', password: 'S3cret-Key/+=' },
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...extra,
  });
}

const cases: { name: string; steps: Step[]; method: string; sleeps: number[]; hits: number; error?: string }[] = [
  { name: '429 with Retry-After seconds is waited for, then succeeds', steps: [status(429, { 'retry-after': '3' }), ok], method: 'GET', sleeps: [3000], hits: 2 },
  { name: '503 with Retry-After is waited for on PUT (idempotent)', steps: [status(503, { 'retry-after': '1' }), ok], method: 'PUT', sleeps: [1000], hits: 2 },
  { name: '503 without Retry-After backs off exponentially with jitter', steps: [status(503), status(503), ok], method: 'GET', sleeps: [50, 100], hits: 3 },
  { name: '500 is retried for GET (a read changes nothing)', steps: [status(500), status(500), ok], method: 'GET', sleeps: [50, 100], hits: 3 },
  { name: '500 is retried for PUT and DELETE (idempotent writes)', steps: [status(500), ok], method: 'DELETE', sleeps: [50], hits: 2 },
  { name: '502 and 504 are retried', steps: [status(502), status(504), ok], method: 'PUT', sleeps: [50, 100], hits: 3 },
  { name: 'a Retry-After on a 500 is honoured', steps: [status(500, { 'retry-after': '2' }), ok], method: 'GET', sleeps: [2000], hits: 2 },
  { name: 'a connection reset is retried for GET', steps: [reset, ok], method: 'GET', sleeps: [50], hits: 2 },
  { name: 'a connection reset is retried for DELETE', steps: [reset, reset, ok], method: 'DELETE', sleeps: [50, 100], hits: 3 },
  { name: 'POST is never retried on 503', steps: [status(503, { 'retry-after': '1' }), ok], method: 'POST', sleeps: [], hits: 1, error: 'status:503' },
  { name: 'POST is never retried on 500', steps: [status(500), ok], method: 'POST', sleeps: [], hits: 1, error: 'status:500' },
  { name: 'POST is never retried on a reset', steps: [reset, ok], method: 'POST', sleeps: [], hits: 1, error: 'transport:ECONNRESET' },
  { name: 'retries stop after maxAttempts (10), the backoff capped at 2 s', steps: [status(503)], method: 'GET', sleeps: [50, 100, 200, 400, 800, 1000, 1000, 1000, 1000], hits: 10, error: 'status:503' },
  { name: 'a Retry-After beyond the ceiling is not waited for', steps: [status(429, { 'retry-after': '3600' }), ok], method: 'GET', sleeps: [], hits: 1, error: 'status:429' },
  { name: "a Retry-After beyond the request's time budget is not waited for", steps: [status(503, { 'retry-after': '45' }), ok], method: 'GET', sleeps: [], hits: 1, error: 'status:503' },
  { name: '400 is not retried', steps: [status(400, {}, '{"error":"bad"}'), ok], method: 'PUT', sleeps: [], hits: 1, error: 'status:400' },
  { name: '501 is not retried', steps: [status(501), ok], method: 'GET', sleeps: [], hits: 1, error: 'status:501' },
];

for (const c of cases) {
  test(`http client: ${c.name}`, async () => {
    const server = await scriptedServer(c.steps);
    const sleeps: number[] = [];
    const http = client(server.url, sleeps);
    try {
      const run = http.request({ method: c.method, path: 'v1/thing' });
      if (c.error) {
        const [kind, detail] = c.error.split(':');
        await assert.rejects(run, (err: unknown) => {
          if (kind === 'status') return err instanceof HttpStatusError && err.status === Number(detail) && err.attempts === c.hits;
          return err instanceof HttpTransportError && err.code === detail && err.attempts === c.hits;
        });
      } else {
        assert.equal((await run).status, 200);
      }
      assert.deepEqual(sleeps, c.sleeps);
      assert.equal(server.hits(), c.hits);
      assert.equal(http.requestCount, c.hits, 'every attempt is counted');
    } finally {
      http.close();
      await server.close();
    }
  });
}

test('http client: Retry-After as an HTTP date', () => {
  const now = Date.parse('2024-11-01T10:00:00Z');
  assert.equal(parseRetryAfter('Fri, 01 Nov 2024 10:00:05 GMT', now), 5000);
  assert.equal(parseRetryAfter('Fri, 01 Nov 2024 09:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('http client: errors scrub the API key, its URL form and the Basic credential', async () => {
  const echo: Step = (req, res) =>
    res.writeHead(500).end(`auth=${req.headers.authorization} key=S3cret-Key/+= enc=${encodeURIComponent('S3cret-Key/+=')}`);
  const server = await scriptedServer([echo]);
  const http = client(server.url, [], { retry: { maxAttempts: 1 } });
  try {
    await assert.rejects(http.request({ method: 'GET', path: 'v1/x', query: { q: 'S3cret-Key/+=' } }), (err: unknown) => {
      assert.ok(err instanceof HttpStatusError);
      const basic = Buffer.from('kmfddm:S3cret-Key/+=').toString('base64');
      for (const secret of ['S3cret-Key/+=', encodeURIComponent('S3cret-Key/+='), basic]) {
        assert.ok(!err.message.includes(secret), `message leaks ${secret}: ${err.message}`);
        assert.ok(!err.bodyExcerpt.includes(secret));
      }
      assert.match(err.message, /\[redacted\]/);
      return true;
    });
  } finally {
    http.close();
    await server.close();
  }
});

test('http client: a silent server times out as a transport error', async () => {
  const server = await scriptedServer([() => undefined]);
  const http = client(server.url, [], { timeoutMs: 150, retry: { maxAttempts: 1 } });
  try {
    await assert.rejects(http.request({ method: 'GET', path: 'slow' }), (err: unknown) => err instanceof HttpTransportError && err.code === 'TIMEOUT');
  } finally {
    http.close();
    await server.close();
  }
});

test('http client: a URL with credentials is refused as a credential mistake, without quoting the key', () => {
  assert.throws(
    () => new HttpClient({ baseUrl: 'http://kmfddm:key-5e1d7c3a@127.0.0.1:1/' }),
    (err: unknown) => err instanceof CredentialError && /must not contain credentials/.test(err.message) && !err.message.includes('key-5e1d7c3a'),
  );
});

test('credentials: explicit key, APPLEMDM_API_KEY, APPLEMDM_API_KEY_FILE', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cred-'));
  try {
    const file = path.join(dir, 'key');
    fs.writeFileSync(file, 'from-file\n');
    assert.equal(resolveApiKey({ apiKey: 'explicit', env: { APPLEMDM_API_KEY: 'env' } }), 'explicit');
    assert.equal(resolveApiKey({ env: { APPLEMDM_API_KEY: 'env' } }), 'env');
    assert.equal(resolveApiKey({ env: { APPLEMDM_API_KEY_FILE: file } }), 'from-file');
    assert.equal(resolveApiKey({ env: {} }), undefined);
    assert.throws(() => resolveApiKey({ env: { APPLEMDM_API_KEY: 'env', APPLEMDM_API_KEY_FILE: file } }), CredentialError);
    const missing = path.join(dir, 'nope');
    assert.throws(() => resolveApiKey({ env: { APPLEMDM_API_KEY_FILE: missing } }), (err: unknown) => {
      assert.ok(err instanceof CredentialError);
      assert.match(err.message, /ENOENT/);
      return true;
    });
    fs.writeFileSync(file, '\n');
    assert.throws(() => resolveApiKey({ env: { APPLEMDM_API_KEY_FILE: file } }), /is empty/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('mapWithConcurrency keeps order and never exceeds the limit', async () => {
  let inFlight = 0;
  let peak = 0;
  const out = await mapWithConcurrency([...Array(20).keys()], 3, async (n) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
    return n * 2;
  });
  assert.deepEqual(out, [...Array(20).keys()].map((n) => n * 2));
  assert.equal(peak, 3);
});
