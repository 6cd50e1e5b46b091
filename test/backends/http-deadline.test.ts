import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpClient } from '../../provider/backends/http/http-client';
import { HttpStatusError, HttpTransportError } from '../../provider/backends/http/http-errors';
import { NetworkClock } from '../../provider/backends/http/network-clock';
import { TimeoutConfigError, timeoutsFromEnv } from '../../provider/backends/http/timeouts';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { ok, reset, scriptedServer, silent, status } from './support/scripted-server';

/**
 * Time is bounded per request and per command, never per attempt alone: a server that accepts connections and never
 * answers used to cost 30 s × 4 attempts. Assertions count attempts the server saw, not elapsed time.
 */
const instant = async (): Promise<void> => undefined;

test("deadline: a silent server gets one attempt, whose timeout is the request's whole budget", async () => {
  const server = await scriptedServer([silent]);
  const http = new HttpClient({ baseUrl: server.url, timeoutMs: 300, sleep: instant });
  try {
    await assert.rejects(http.request({ method: 'GET', path: 'v1/declarations' }), (err: unknown) => {
      assert.ok(err instanceof HttpTransportError, String(err));
      assert.equal(err.code, 'TIMEOUT');
      assert.equal(err.attempts, 1);
      assert.match(err.message, /no answer within 300ms \(APPLEMDM_TIMEOUT\)/);
      return true;
    });
    assert.equal(server.hits(), 1, 'no further attempt once the budget is spent');
  } finally {
    http.close();
    await server.close();
  }
});

test('deadline: an attempt after a retried reset gets only what is left of the same budget', async () => {
  const server = await scriptedServer([reset, silent]);
  const http = new HttpClient({ baseUrl: server.url, timeoutMs: 400, sleep: instant });
  try {
    await assert.rejects(http.request({ method: 'PUT', path: 'v1/declarations' }), (err: unknown) => err instanceof HttpTransportError && err.code === 'TIMEOUT' && err.attempts === 2);
    assert.equal(server.hits(), 2);
  } finally {
    http.close();
    await server.close();
  }
});

test("deadline: the command's network time runs out across requests, then nothing more is sent", async () => {
  const server = await scriptedServer([ok, silent]);
  const http = new HttpClient({ baseUrl: server.url, timeoutMs: 60_000, deadlineMs: 400, sleep: instant });
  try {
    assert.equal((await http.request({ method: 'GET', path: 'version' })).status, 200);
    await assert.rejects(http.request({ method: 'GET', path: 'v1/sets' }), (err: unknown) => {
      assert.ok(err instanceof HttpTransportError);
      assert.equal(err.code, 'TIMEOUT');
      assert.match(err.message, /network time ran out .*APPLEMDM_DEADLINE/);
      return true;
    });
    await assert.rejects(http.request({ method: 'GET', path: 'v1/declarations' }), (err: unknown) => err instanceof HttpTransportError && err.attempts === 0);
    assert.equal(server.hits(), 2, 'the request after the deadline was not sent');
  } finally {
    http.close();
    await server.close();
  }
});

test('retry budget: a server failing everything gets about one retry per request once the reserve is spent', async () => {
  const server = await scriptedServer([status(500)]);
  const http = new HttpClient({ baseUrl: server.url, sleep: instant, random: () => 0 });
  try {
    const attempts: number[] = [];
    for (let i = 0; i < 6; i++) {
      await assert.rejects(http.request({ method: 'GET', path: `v1/declarations/${i}` }), (err: unknown) => {
        assert.ok(err instanceof HttpStatusError);
        attempts.push(err.attempts);
        return true;
      });
    }
    // A reserve of 20 retries plus one earned per request: 9 + 9 retries, then what is left, then one each.
    assert.deepEqual(attempts, [10, 10, 6, 2, 2, 2]);
    assert.equal(server.hits(), 32);
  } finally {
    http.close();
    await server.close();
  }
});

test('network clock: overlapping requests count once, idle time between them not at all', () => {
  let now = 0;
  const clock = new NetworkClock(1000, () => now);
  const a = clock.start();
  now = 100;
  const b = clock.start();
  now = 150;
  a();
  a(); // a second stop changes nothing
  now = 200;
  b();
  now = 5000; // waiting for a lock, reading a plan
  const c = clock.start();
  now = 5300;
  assert.equal(clock.spentMs(), 500);
  c();
  assert.equal(clock.remaining(), 500);
});

test('timeouts from the environment: durations, defaults, and a clear error naming the variable', () => {
  assert.deepEqual(timeoutsFromEnv({}), { timeoutMs: 30_000, deadlineMs: 600_000 });
  assert.deepEqual(timeoutsFromEnv({ APPLEMDM_TIMEOUT: '5', APPLEMDM_DEADLINE: '2m' }), { timeoutMs: 5000, deadlineMs: 120_000 });
  assert.deepEqual(timeoutsFromEnv({ APPLEMDM_TIMEOUT: '250ms' }).timeoutMs, 250);
  for (const bad of ['soon', '-1', '0', '25h', '1e3']) {
    assert.throws(() => timeoutsFromEnv({ APPLEMDM_TIMEOUT: bad }), (err: unknown) => err instanceof TimeoutConfigError && /APPLEMDM_TIMEOUT/.test(err.message));
  }
});

test('the kmfddm backend takes its request budget from APPLEMDM_TIMEOUT', async () => {
  const server = await scriptedServer([silent]);
  try {
    await assert.rejects(openKmfddmBackend({ url: server.url, env: { APPLEMDM_TIMEOUT: '300ms' }, sleep: instant }), (err: unknown) => err instanceof HttpTransportError && err.code === 'TIMEOUT');
    assert.equal(server.hits(), 1);
  } finally {
    await server.close();
  }
});

test('a status worth retrying that is not retried again says why', async () => {
  const cases: { steps: Parameters<typeof scriptedServer>[0]; reason: RegExp }[] = [
    { steps: [status(503)], reason: /\(10 attempts\)$/ },
    { steps: [status(503, { 'retry-after': '45' })], reason: /retrying after 45s \(Retry-After\) would pass APPLEMDM_TIMEOUT/ },
    { steps: [status(429, { 'retry-after': '3600' })], reason: /asked to retry after 60m, longer than the 1m applemdm waits/ },
  ];
  for (const c of cases) {
    const server = await scriptedServer(c.steps);
    const http = new HttpClient({ baseUrl: server.url, sleep: instant });
    try {
      await assert.rejects(http.request({ method: 'GET', path: 'v1/sets' }), (err: unknown) => err instanceof HttpStatusError && c.reason.test(err.message));
    } finally {
      http.close();
      await server.close();
    }
  }
  const server = await scriptedServer([status(503)]);
  const http = new HttpClient({ baseUrl: server.url, sleep: instant });
  try {
    await assert.rejects(http.request({ method: 'POST', path: 'v1/notify' }), (err: unknown) => err instanceof HttpStatusError && /answered HTTP 503$/.test(err.message));
  } finally {
    http.close();
    await server.close();
  }
});
