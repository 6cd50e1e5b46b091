import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphConsistencyError, GraphError, IntuneAuthError } from '../../provider/backends/intune/graph-errors';
import { GraphSimulator } from './simulator/graph-simulator';
import { graphClientFor } from './support/graph-harness';

/** The Graph client against the Graph behaviour SIMULATOR (test infrastructure standing in for Microsoft's service). */
const SECRET = 'client~secret-for-graph-client-tests-0042';
let sim: GraphSimulator;
let h: ReturnType<typeof graphClientFor>;

before(async () => {
  sim = await new GraphSimulator({ tenantId: 'contoso.onmicrosoft.com', clientId: 'app-1234', clientSecret: SECRET, pageSize: 2 }).start();
  for (let i = 0; i < 45; i++) sim.addGroup(`group ${String(i).padStart(2, '0')}`, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
});
after(async () => {
  await sim.close();
});
beforeEach(() => {
  h?.close();
  h = graphClientFor(sim);
  sim.log.length = 0;
});

describe('throttling', () => {
  const cases = [
    { name: '429 with Retry-After waits what the server asked', status: 429 as const, retryAfter: '3', expected: [3000, 3000] },
    { name: '503 with Retry-After waits what the server asked', status: 503 as const, retryAfter: '1', expected: [1000, 1000] },
    // random() is 0.5: half of 500 ms × 2^n.
    { name: '429 without Retry-After backs off exponentially with jitter', status: 429 as const, retryAfter: undefined, expected: [250, 500] },
  ];
  for (const c of cases) {
    test(c.name, async () => {
      sim.throttle({ count: 2, status: c.status, ...(c.retryAfter ? { retryAfter: c.retryAfter } : {}), match: (m, p) => m === 'GET' && p === '/groups/00000000-0000-4000-8000-000000000001' });
      const g = await h.graph.get<{ displayName: string }>('groups/00000000-0000-4000-8000-000000000001');
      assert.equal(g.displayName, 'group 01');
      assert.deepEqual(h.delays, c.expected);
      assert.deepEqual(sim.graphRequests().map((l) => l.status), [c.status, c.status, 200]);
    });
  }

  test('a throttled POST is sent again (Graph did not process it), a 504 POST is not (it may have been)', async () => {
    sim.throttle({ count: 1, status: 429, retryAfter: '2', match: (m) => m === 'POST' });
    const r = await h.graph.request({ method: 'POST', path: 'deviceManagement/deviceConfigurations', body: { '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', displayName: 'x', description: 'y' } });
    assert.equal(r.status, 201);
    assert.deepEqual(h.delays, [2000]);
  });

  test('throttled past the attempt budget: GraphError with the code and request-id, no secret', async () => {
    sim.throttle({ count: 100, status: 429, retryAfter: '1', match: (m, p) => p === '/groups' });
    await assert.rejects(h.graph.list('groups'), (err: unknown) => {
      assert.ok(err instanceof GraphError);
      assert.equal(err.status, 429);
      assert.equal(err.code, 'TooManyRequests');
      assert.match(err.requestId ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(err.attempts, 6);
      assert.match(err.message, /request-id [0-9a-f-]{36}/);
      assert.ok(!err.message.includes(SECRET));
      return true;
    });
    sim.clearThrottles();
  });
});

test('paging follows @odata.nextLink verbatim until it is absent', async () => {
  const all = await h.graph.list<{ id: string }>('groups');
  assert.equal(all.length, 45);
  assert.equal(new Set(all.map((g) => g.id)).size, 45);
  assert.equal(sim.graphRequests().length, 23, 'ceil(45 / 2) pages');
  assert.ok(sim.graphRequests().slice(1).every((l) => /[?&](\$|%24)skiptoken=/.test(l.path)));
});

test('a nextLink to another host is never followed (the token would go with it)', async () => {
  await assert.rejects(h.graph.rest({ value: [], '@odata.nextLink': 'https://graph.example.net/beta/groups?$skiptoken=2' }), (err: unknown) => err instanceof GraphError && err.code === 'ForeignNextLink');
  assert.equal(sim.graphRequests().length, 0);
});

describe('$batch', () => {
  test('45 reads go out as 20 + 20 + 5 and come back in request order although Graph answers out of order', async () => {
    const paths = Array.from({ length: 45 }, (_, i) => `groups/00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const items = await h.graph.batchGet<{ displayName: string }>(paths);
    assert.deepEqual(items.map((i) => i.body?.displayName), paths.map((_, i) => `group ${String(i).padStart(2, '0')}`));
    const envelopes = sim.graphRequests().filter((l) => !l.inBatch);
    assert.deepEqual(envelopes.map((l) => l.path), ['/beta/$batch', '/beta/$batch', '/beta/$batch']);
    assert.equal(sim.graphRequests().filter((l) => l.inBatch).length, 45);
  });

  test('a throttled step is sent again in a later batch after its own Retry-After; the others are not repeated', async () => {
    sim.throttle({ count: 1, status: 429, retryAfter: '4', match: (m, p) => p === '/groups/00000000-0000-4000-8000-000000000003' });
    const paths = [1, 2, 3].map((i) => `groups/00000000-0000-4000-8000-00000000000${i}`);
    const items = await h.graph.batchGet<{ displayName: string }>(paths);
    assert.deepEqual(items.map((i) => i.status), [200, 200, 200]);
    assert.deepEqual(h.delays, [4000]);
    const steps = sim.graphRequests().filter((l) => l.inBatch).map((l) => `${l.path.slice(-1)}:${l.status}`);
    assert.deepEqual(steps.sort(), ['1:200', '2:200', '3:200', '3:429']);
  });

  test('a missing object is a 404 item, reported as absent or as an error naming the path', async () => {
    const [item] = await h.graph.batchGet(['groups/99999999-0000-4000-8000-000000000000']);
    assert.equal(item!.status, 404);
    assert.equal(h.graph.itemBody(item!, 'groups/x', true), undefined);
    assert.throws(() => h.graph.itemBody(item!, 'groups/x'), (err: unknown) => err instanceof GraphError && err.code === 'Request_ResourceNotFound' && /request-id/.test(err.message));
  });
});

test('an expired token is renewed once and the request repeated', async () => {
  await h.graph.get('groups/00000000-0000-4000-8000-000000000001');
  sim.revokeTokens();
  await h.graph.get('groups/00000000-0000-4000-8000-000000000001');
  assert.deepEqual(sim.graphRequests().map((l) => l.status), [200, 401, 200]);
  assert.equal(h.tokens.requestCount, 2);
  assert.notEqual(sim.graphRequests()[0]!.authorization, sim.graphRequests()[2]!.authorization);
});

test('tokens are cached: many requests, one token request', async () => {
  for (let i = 0; i < 5; i++) await h.graph.get('groups/00000000-0000-4000-8000-000000000001');
  assert.equal(h.tokens.requestCount, 1);
  assert.ok(sim.graphRequests().every((l) => l.authorization?.startsWith('Bearer ') && !l.authorization.includes(SECRET)));
});

test('a refused client secret: IntuneAuthError with Entra ID\'s reason, never the secret', async () => {
  const wrong = 'wrong~secret-value-that-must-not-leak-99';
  const bad = graphClientFor(sim, sim.env({ APPLEMDM_INTUNE_CLIENT_SECRET: wrong }));
  try {
    await assert.rejects(bad.graph.get('groups'), (err: unknown) => {
      assert.ok(err instanceof IntuneAuthError);
      assert.equal(err.code, 'invalid_client');
      assert.match(err.message, /AADSTS7000215/);
      assert.ok(!err.message.includes(wrong) && !err.message.includes(encodeURIComponent(wrong)));
      return true;
    });
  } finally {
    bad.close();
  }
});

test('read-after-write: 404 right after a create is waited out; a write that never shows up is a bounded GraphConsistencyError', async () => {
  const created = await h.graph.request<{ id: string }>({ method: 'POST', path: 'deviceManagement/deviceConfigurations', body: { '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', displayName: 'new', description: 'd' } });
  const path = `deviceManagement/deviceConfigurations/${created.body!.id}`;
  await h.graph.waitFor('the new configuration', () => h.graph.get(path), () => true);
  assert.deepEqual(sim.graphRequests().filter((l) => l.method === 'GET').map((l) => l.status), [404, 404, 200]);
  assert.deepEqual(h.delays, [2000, 2000]);

  const never = graphClientFor(sim, sim.env(), { attempts: 3, intervalMs: 2000 });
  try {
    await assert.rejects(never.graph.waitFor('a ghost', () => never.graph.get('deviceManagement/deviceConfigurations/00000000-0000-4000-8000-00000000dead'), () => true), (err: unknown) => {
      assert.ok(err instanceof GraphConsistencyError);
      assert.match(err.message, /a ghost was not visible after 3 reads .*HTTP 404/);
      return true;
    });
    assert.deepEqual(never.delays, [2000, 2000]);
  } finally {
    never.close();
  }
});
