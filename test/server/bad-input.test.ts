import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decl, rawRequest, startTestServer, type TestServer } from './helpers';
import { TEST_CERT_HEADER, deviceCertHeader } from './device-certs';
import { MAX_JSON_DEPTH } from '../../provider/server/http/json-depth';

/**
 * Every kind of bad input, each against a server holding some state: the answer is the expected 4xx with
 * {"error": "..."}, and a full read-back of the server afterwards equals the read-back before (nothing stored).
 */
const KEY = 'bad-input-key';
const MiB = 1024 * 1024;

interface Case {
  name: string;
  method: string;
  path: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  status: number;
  /** Send without the API key (default: with it). */
  noAuth?: boolean;
  /**
   * The test device whose identity certificate goes along (default: the one X-Enrollment-ID names, so device-route
   * cases test their input, not authentication); false: no certificate.
   */
  cert?: string | false;
}

const json = (v: unknown): string => JSON.stringify(v);
const good = decl('bad.target', { Echo: 'x' });
const withPayload = (payload: unknown): string => json({ ...good, Payload: payload });
const status = (items: unknown): string => json({ StatusItems: items });
const nested = (depth: number, leaf = '1'): string => `${'{"k":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`;
const nestedArrays = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const dev = { 'X-Enrollment-ID': 'DEV-1' };
const bigPayload = (bytes: number): string => {
  const shell = withPayload({ Blob: '' });
  return withPayload({ Blob: 'x'.repeat(bytes - shell.length) });
};

const CASES: Case[] = [
  // malformed JSON
  { name: 'truncated JSON', method: 'PUT', path: '/v1/declarations', body: '{"Type":', status: 400 },
  { name: 'not JSON', method: 'PUT', path: '/v1/declarations', body: 'hello', status: 400 },
  { name: 'empty body', method: 'PUT', path: '/v1/declarations', body: '', status: 400 },
  { name: 'invalid UTF-8', method: 'PUT', path: '/v1/declarations', body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), status: 400 },
  { name: 'malformed status report', method: 'PUT', path: '/status', body: '{"StatusItems": [', headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'malformed enrollment facts', method: 'PUT', path: '/v1/enrollments/DEV-1', body: '{platform:', status: 400 },
  // wrong types in a declaration
  { name: 'declaration is an array', method: 'PUT', path: '/v1/declarations', body: json([good]), status: 400 },
  { name: 'declaration is a string', method: 'PUT', path: '/v1/declarations', body: json('decl'), status: 400 },
  { name: 'declaration is null', method: 'PUT', path: '/v1/declarations', body: 'null', status: 400 },
  { name: 'Payload is an array', method: 'PUT', path: '/v1/declarations', body: withPayload([1]), status: 400 },
  { name: 'Payload is a string', method: 'PUT', path: '/v1/declarations', body: withPayload('{}'), status: 400 },
  { name: 'Payload is null', method: 'PUT', path: '/v1/declarations', body: withPayload(null), status: 400 },
  { name: 'Payload missing', method: 'PUT', path: '/v1/declarations', body: json({ Type: good.Type, Identifier: 'bad.target' }), status: 400 },
  { name: 'Payload with an unsafe integer', method: 'PUT', path: '/v1/declarations', body: '{"Type":"com.apple.configuration.management.test","Identifier":"bad.target","Payload":{"N":1152921504606846976}}', status: 400 },
  { name: 'Payload with an overflowing number', method: 'PUT', path: '/v1/declarations', body: '{"Type":"com.apple.configuration.management.test","Identifier":"bad.target","Payload":{"N":1e400}}', status: 400 },
  { name: 'Identifier missing', method: 'PUT', path: '/v1/declarations', body: json({ Type: good.Type, Payload: {} }), status: 400 },
  { name: 'Identifier is a number', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: 7 }), status: 400 },
  { name: 'Identifier empty', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: '' }), status: 400 },
  { name: 'Identifier too long', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: 'a'.repeat(256) }), status: 400 },
  { name: 'Identifier with a newline', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: 'bad\ntarget' }), status: 400 },
  { name: 'Identifier with NUL', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: 'bad\u0000target' }), status: 400 },
  { name: 'Identifier with a slash', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: 'bad/target' }), status: 400 },
  { name: 'Type missing', method: 'PUT', path: '/v1/declarations', body: json({ Identifier: 'bad.target', Payload: {} }), status: 400 },
  { name: 'Type is a number', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Type: 1 }), status: 400 },
  { name: 'Type outside com.apple', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Type: 'com.example.thing' }), status: 400 },
  { name: 'Type with an unknown category', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Type: 'com.apple.gadget.thing' }), status: 400 },
  { name: 'ServerToken is a number', method: 'PUT', path: '/v1/declarations', body: json({ ...good, ServerToken: 5 }), status: 400 },
  { name: 'unknown top-level key', method: 'PUT', path: '/v1/declarations', body: json({ ...good, Extra: true }), status: 400 },
  // nesting beyond the depth limit (each walk of the value is recursive: these were stack overflows, 500)
  { name: 'declaration Payload nested 10,000 deep', method: 'PUT', path: '/v1/declarations', body: withPayload('NESTED').replace('"NESTED"', nested(10_000)), status: 400 },
  { name: 'declaration Payload nested 100,000 arrays deep', method: 'PUT', path: '/v1/declarations', body: withPayload('NESTED').replace('"NESTED"', `{"a":${nestedArrays(100_000)}}`), status: 400 },
  { name: 'declaration Payload one level over the depth limit', method: 'PUT', path: '/v1/declarations', body: withPayload('NESTED').replace('"NESTED"', nested(MAX_JSON_DEPTH)), status: 400 },
  { name: 'status report nested 10,000 deep under device', method: 'PUT', path: '/status', body: `{"StatusItems":{"device":${nested(10_000)}}}`, headers: dev, status: 400 },
  { name: 'status report nested 10,000 deep under management', method: 'PUT', path: '/status', body: `{"StatusItems":{"management":${nested(10_000)}}}`, headers: dev, status: 400 },
  { name: 'status report with an Errors entry nested 10,000 deep', method: 'PUT', path: '/status', body: `{"Errors":[${nested(10_000)}]}`, headers: dev, status: 400 },
  { name: 'enrollment facts nested 10,000 deep', method: 'PUT', path: '/v1/enrollments/DEV-1', body: `{"model":${nested(10_000)}}`, status: 400 },
  { name: 'lock request nested 10,000 deep', method: 'PUT', path: '/v1/locks/l1', body: nested(10_000), status: 400 },
  // identifiers that are not addressable afterwards
  ...['.', '..', 'a b', 'a/b', 'a%b', 'a?b', 'a#b', 'a,b', 'a\\b', 'caf\u00e9', '\u202eevil', 'tab\there'].map((id) => ({
    name: `Identifier ${JSON.stringify(id)}`, method: 'PUT', path: '/v1/declarations', body: json({ ...good, Identifier: id }), status: 400,
  })),
  { name: 'set name ".." in the query', method: 'PUT', path: '/v1/set-declarations/s1?declaration=..', status: 400 },
  { name: 'set name with a space', method: 'PUT', path: '/v1/set-declarations/a%20b?declaration=keep.1', status: 400 },
  { name: 'enrollment ID "." in the query of a set assignment', method: 'PUT', path: '/v1/enrollment-sets/DEV-1?set=.', status: 400 },
  { name: 'enrollment ID with a comma', method: 'PUT', path: '/v1/enrollment-sets/DEV%2C1?set=s1', status: 400 },
  { name: 'enrollment ID ".." from a device', method: 'GET', path: '/tokens', headers: { 'X-Enrollment-ID': '..' }, status: 400 },
  // wrong types in a status report
  { name: 'status: StatusItems is an array', method: 'PUT', path: '/status', body: status([]), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: Errors is an object', method: 'PUT', path: '/status', body: json({ Errors: {} }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: FullReport is a string', method: 'PUT', path: '/status', body: json({ FullReport: 'yes' }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: declarations list is not an array', method: 'PUT', path: '/status', body: status({ management: { declarations: { configurations: {} } } }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: declaration without identifier', method: 'PUT', path: '/status', body: status({ management: { declarations: { configurations: [{ active: true }] } } }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: active is a string', method: 'PUT', path: '/status', body: status({ management: { declarations: { configurations: [{ identifier: 'x', active: 'true' }] } } }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  { name: 'status: device is a string', method: 'PUT', path: '/status', body: status({ device: 'iPhone' }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 400 },
  // oversized bodies
  { name: 'declaration one byte over 1 MiB', method: 'PUT', path: '/v1/declarations', body: bigPayload(MiB + 1), status: 413 },
  { name: 'declaration over 1 MiB, chunked', method: 'PUT', path: '/v1/declarations', body: bigPayload(MiB + 4096), headers: { 'Transfer-Encoding': 'chunked' }, status: 413 },
  { name: 'status report over 1 MiB', method: 'PUT', path: '/status', body: json({ StatusItems: { device: { pad: 'x'.repeat(MiB) } } }), headers: { 'X-Enrollment-ID': 'DEV-1' }, status: 413 },
  { name: 'enrollment facts over 1 MiB', method: 'PUT', path: '/v1/enrollments/DEV-1', body: json({ model: 'x'.repeat(MiB) }), status: 413 },
  // bad names in paths, queries and headers
  { name: 'set-declarations without ?declaration', method: 'PUT', path: '/v1/set-declarations/s1', status: 400 },
  { name: 'set-declarations with an empty declaration', method: 'PUT', path: '/v1/set-declarations/s1?declaration=', status: 400 },
  { name: 'set-declarations with NUL in the declaration', method: 'PUT', path: '/v1/set-declarations/s1?declaration=a%00b', status: 400 },
  { name: 'set name too long', method: 'PUT', path: `/v1/set-declarations/${'s'.repeat(256)}?declaration=keep.1`, status: 400 },
  { name: 'enrollment-sets without ?set', method: 'PUT', path: '/v1/enrollment-sets/DEV-1', status: 400 },
  { name: 'enrollment-sets with a control character in the set', method: 'PUT', path: '/v1/enrollment-sets/DEV-1?set=a%0Ab', status: 400 },
  { name: 'enrollment ID with a control character in the path', method: 'PUT', path: '/v1/enrollment-sets/DEV%071?set=s1', status: 400 },
  { name: 'notify with an empty id', method: 'POST', path: '/v1/notify?id=', status: 400 },
  { name: 'status-report with a non-numeric index', method: 'GET', path: '/v1/status-report/DEV-1?index=abc', status: 400 },
  { name: 'X-Enrollment-ID too long', method: 'GET', path: '/tokens', headers: { 'X-Enrollment-ID': 'E'.repeat(256) }, status: 400 },
  { name: 'status without X-Enrollment-ID', method: 'PUT', path: '/status', body: '{}', cert: 'DEV-1', status: 400 },
  { name: 'malformed percent-encoding', method: 'GET', path: '/v1/declarations/%E0%A4%A', status: 400 },
  { name: 'dot-dot segment', method: 'GET', path: '/v1/declarations/../sets', status: 400 },
  // unknown enrollment and unknown things
  { name: 'asset for an unknown enrollment', method: 'GET', path: '/assets/keep.bin', headers: { 'X-Enrollment-ID': 'STRANGER' }, status: 403 },
  { name: 'registry entry of an unknown enrollment', method: 'GET', path: '/v1/enrollments/STRANGER', status: 404 },
  { name: 'status report of an unknown enrollment', method: 'GET', path: '/v1/status-report/STRANGER', status: 404 },
  { name: 'touch of an unknown declaration', method: 'POST', path: '/v1/declarations/none/touch', status: 404 },
  { name: 'unknown route', method: 'GET', path: '/v1/nothing', status: 404 },
  { name: 'wrong method', method: 'DELETE', path: '/v1/sets', status: 405 },
  // device authentication
  { name: 'status without a device certificate', method: 'PUT', path: '/status', body: status({}), headers: dev, cert: false, status: 401 },
  { name: 'status for DEV-1 with another device\'s certificate', method: 'PUT', path: '/status', body: status({}), headers: dev, cert: 'DEV-2', status: 403 },
  { name: 'tokens with a certificate header that is not a certificate', method: 'GET', path: '/tokens', headers: { 'X-Enrollment-ID': 'NEW-1', [TEST_CERT_HEADER]: ':bm90IGEgY2VydA==:' }, cert: false, status: 401 },
  { name: 'asset for a known enrollment without a certificate', method: 'GET', path: '/assets/keep.bin', headers: dev, cert: false, status: 401 },
  // authentication
  { name: 'declaration PUT without the API key', method: 'PUT', path: '/v1/declarations', body: json(good), status: 401, noAuth: true },
  { name: 'set PUT with a wrong API key', method: 'PUT', path: '/v1/set-declarations/s9?declaration=keep.1', headers: { Authorization: `Basic ${Buffer.from('kmfddm:nope').toString('base64')}` }, status: 401, noAuth: true },
  { name: 'asset PUT without the API key', method: 'PUT', path: '/v1/assets/new.bin', body: 'bytes', status: 401, noAuth: true },
];

describe('bad input to the embedded server', () => {
  let t: TestServer;
  /** The state every case must leave untouched. */
  let initial: unknown;
  const auth = { Authorization: `Basic ${Buffer.from(`kmfddm:${KEY}`).toString('base64')}` };

  /** Everything the server stores, read back through the API. */
  async function snapshot(): Promise<unknown> {
    const c = t.client;
    const paths = [
      '/v1/bulk/declarations?limit=1000',
      '/v1/bulk/sets',
      '/v1/sets',
      '/v1/enrollment-sets/DEV-1',
      '/v1/enrollments',
      '/v1/notifications',
      '/v1/assets?content=1',
      '/v1/declaration-status/DEV-1',
      '/v1/status-values/DEV-1',
      '/v1/status-errors/DEV-1',
      '/v1/status-report/DEV-1',
    ];
    const texts = await Promise.all(paths.map(async (p) => (await c.get(p)).text));
    return Object.fromEntries(paths.map((p, i) => [p, texts[i]]));
  }

  before(async () => {
    t = await startTestServer({ apiKey: KEY });
    const c = t.client;
    await c.put('/v1/declarations', { json: decl('keep.1') });
    await c.put('/v1/set-declarations/s1?declaration=keep.1');
    await c.put('/v1/enrollment-sets/DEV-1?set=s1');
    await c.put('/v1/assets/keep.bin', { body: 'asset' });
    await c.put('/status', { enrollment: 'DEV-1', json: { StatusItems: { device: { 'operating-system': { version: '18.1' } } } } });
    initial = await snapshot();
  });
  after(() => t.close());

  for (const c of CASES) {
    it(`${c.name} → ${c.status}, nothing stored`, async () => {
      const certOf = c.cert ?? c.headers?.['X-Enrollment-ID'];
      const cert: Record<string, string> = certOf ? { [TEST_CERT_HEADER]: await deviceCertHeader(certOf) } : {};
      const headers: Record<string, string> = { ...(c.noAuth ? {} : auth), ...cert, ...(c.headers ?? {}) };
      const r = await rawRequest(t.server.url, c.method, c.path, headers, c.body);
      assert.equal(r.status, c.status, r.text);
      const body = JSON.parse(r.text) as { error?: unknown };
      assert.equal(typeof body.error, 'string', r.text);
      assert.deepEqual(await snapshot(), initial);
    });
  }

  it('a declared Content-Length far over the limit is refused without reading the body', async () => {
    const r = await rawRequest(t.server.url, 'PUT', '/v1/declarations', { ...auth, 'Content-Length': String(100 * MiB) }, undefined, { waitForResponse: true });
    assert.equal(r.status, 413);
    assert.deepEqual((await t.client.getJson('/v1/declarations')), ['keep.1']);
  });

  it('still accepts a body just under the limit (the limit is not off by one)', async () => {
    const body = bigPayload(MiB);
    assert.equal(Buffer.byteLength(body), MiB);
    const r = await rawRequest(t.server.url, 'PUT', '/v1/declarations', auth, body);
    assert.equal(r.status, 204, r.text);
  });
});
