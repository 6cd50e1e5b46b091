import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { basic, decl, rawRequest, startTestServer, type TestServer } from './helpers';
import { TEST_CERT_HEADER, deviceCertHeader } from './device-certs';

/**
 * Every route with hostile path values, queries, bodies and device headers, authenticated and not: the server answers
 * each with a 4xx (or a success), never a 5xx — a 500 means input reached code that did not expect it (issue 18 found
 * stack overflows on deep JSON). Deterministic: the combinations rotate through fixed lists.
 */
const KEY = 'sweep-key';
const ROUTES = [
  '/v1/declarations', '/v1/declarations/:id', '/v1/declarations/:id/touch', '/v1/sets', '/v1/set-declarations/:id',
  '/v1/declaration-sets/:id', '/v1/enrollment-sets/:id', '/v1/enrollment-sets-all/sets/:id', '/v1/declaration-status/:id',
  '/v1/status-errors/:id', '/v1/status-values/:id', '/v1/status-report/:id', '/v1/notify', '/v1/enrollments',
  '/v1/enrollments/:id', '/v1/notifications', '/v1/assets', '/v1/assets/:id', '/v1/bulk/declarations', '/v1/bulk/sets',
  '/v1/locks/:id', '/version', '/tokens', '/declaration-items', '/declaration/configuration/:id', '/declaration/:id/keep.1',
  '/status', '/assets/:id', '/notifications',
];
const VALUES = ['keep.1', '.', '..', '%2e%2e', '%00', '%ff%fe', 'a%2Fb', '%E2%80%AE', 'x'.repeat(300), 'a,b,,c', '%20', 'caf%C3%A9', 'DEV-1'];
const QUERIES = ['', '?declaration=..&set=%00', '?id=,,,&set=.', '?limit=-1&cursor=zz', '?limit=1e400&prefix=%ff', '?index=99999999999999999999&status_id=%00', '?owner=&nonotify=maybe', '?content=1&prefix=..'];
const deep = (n: number): string => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`;
const BODIES: (string | Buffer | undefined)[] = [
  undefined,
  '',
  'null',
  '[]',
  '"text"',
  '1e400',
  Buffer.from([0xff, 0xfe, 0x7b]),
  deep(20_000),
  `{"StatusItems":${deep(5_000)}}`,
  `{"Type":"com.apple.configuration.x","Identifier":"..","Payload":{"__proto__":{"polluted":true}}}`,
  '{"owner":"me","ttl_seconds":1e400}',
  '{"platform":{"nested":[[[[]]]]},"supervised":"yes"}',
  `{"StatusItems":{"device":{"identifier":{"serial-number":${deep(200)}}}},"Errors":[${deep(200)}]}`,
];
const METHODS = ['GET', 'PUT', 'POST', 'DELETE'];

describe('hostile sweep over every route', () => {
  let t: TestServer;
  let cert: string;
  before(async () => {
    t = await startTestServer({ apiKey: KEY });
    await t.client.put('/v1/declarations', { json: decl('keep.1') });
    await t.client.put('/v1/set-declarations/s1?declaration=keep.1');
    await t.client.put('/v1/enrollment-sets/DEV-1?set=s1');
    cert = await deviceCertHeader('DEV-1');
  });
  after(() => t.close());

  it('answers no request with a 5xx', async () => {
    const failures: string[] = [];
    let n = 0;
    for (const route of ROUTES) {
      for (const value of VALUES) {
        for (const method of METHODS) {
          n++;
          const path = route.replace(':id', value) + QUERIES[n % QUERIES.length];
          const body = BODIES[n % BODIES.length];
          const headers: Record<string, string> = {};
          if (n % 3 !== 0) headers.Authorization = basic('kmfddm', KEY);
          if (n % 4 !== 0) headers['X-Enrollment-ID'] = n % 5 === 0 ? '..' : 'DEV-1';
          if (n % 2 === 0) headers[TEST_CERT_HEADER] = n % 7 === 0 ? ':AAAA:' : cert;
          if (n % 11 === 0) headers['Content-Type'] = 'application/x-apple-aspen-config; charset="utf-8"';
          const r = await rawRequest(t.server.url, method, path, headers, body);
          if (r.status >= 500) failures.push(`${method} ${path.slice(0, 120)} [${String(body).slice(0, 40)}] → ${r.status} ${r.text.slice(0, 120)}`);
        }
      }
    }
    assert.ok(n > 1000, `${n} requests`);
    assert.deepEqual(failures, []);
  });
});
