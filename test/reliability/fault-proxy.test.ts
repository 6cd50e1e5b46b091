import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { FAULT_KINDS, startFaultProxy, type FaultKind } from '../support/fault-proxy';

/** A tiny upstream on loopback that counts the requests it acted on and answers with a JSON body. */
async function upstream(): Promise<{ url: string; acted: () => number; close: () => Promise<void> }> {
  let acted = 0;
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      acted++;
      const body = JSON.stringify({ path: req.url, pad: 'x'.repeat(200) });
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    acted: () => acted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

type Outcome = { status: number; body: string } | { error: string };

/** One request on a fresh connection, so a destroyed socket affects this request only. */
function get(url: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = http.request(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    req.end();
  });
}

const ONLY = (kind: FaultKind) => ({ [kind]: 1 });

test('each fault kind: statuses and reset-before never reach the upstream; reset-after and truncation do', async () => {
  const up = await upstream();
  try {
    const cases: [FaultKind, (o: Outcome) => boolean, number][] = [
      ['status429', (o) => 'status' in o && o.status === 429, 0],
      ['status500', (o) => 'status' in o && o.status === 500, 0],
      ['status503', (o) => 'status' in o && o.status === 503, 0],
      ['status503RetryAfter', (o) => 'status' in o && o.status === 503, 0],
      ['resetBefore', (o) => 'error' in o, 0],
      ['resetAfter', (o) => 'error' in o, 1],
      ['truncate', (o) => 'error' in o, 1],
    ];
    assert.deepEqual(cases.map(([k]) => k), [...FAULT_KINDS]);
    for (const [kind, expected, actedDelta] of cases) {
      const proxy = await startFaultProxy({ target: up.url, seed: 'self-test', rates: ONLY(kind) });
      try {
        const before = up.acted();
        const outcome = await get(`${proxy.url}/probe/${kind}`);
        assert.ok(expected(outcome), `${kind}: ${JSON.stringify(outcome)}`);
        assert.equal(up.acted() - before, actedDelta, `${kind}: upstream acted ${up.acted() - before} time(s)`);
        assert.equal(proxy.counts[kind], 1);
        assert.equal(proxy.totalFaults(), 1);
      } finally {
        await proxy.close();
      }
    }
  } finally {
    await up.close();
  }
});

test('Retry-After is sent as 0 or 1 seconds on 429 and on the 503 variant that carries it', async () => {
  const up = await upstream();
  const proxy = await startFaultProxy({ target: up.url, seed: 'retry-after', rates: { status429: 0.5, status503RetryAfter: 0.5 } });
  try {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const res = await new Promise<http.IncomingMessage>((resolve) => http.get(`${proxy.url}/r/${i}`, { agent: false }, resolve));
      res.resume();
      assert.ok(res.statusCode === 429 || res.statusCode === 503);
      seen.add(String(res.headers['retry-after']));
    }
    assert.deepEqual([...seen].sort(), ['0', '1']);
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('decisions are seeded per request: the same requests meet the same faults in any order; the budget bounds them', async () => {
  const up = await upstream();
  try {
    const rates = { status500: 0.3, resetBefore: 0.2 };
    const paths = Array.from({ length: 40 }, (_, i) => `/item/${i}`);
    const run = async (order: string[], maxFaults?: number) => {
      const proxy = await startFaultProxy({ target: up.url, seed: 'order', rates, ...(maxFaults === undefined ? {} : { maxFaults }) });
      try {
        const out = new Map<string, string>();
        await Promise.all(order.map(async (p) => {
          const o = await get(`${proxy.url}${p}`);
          out.set(p, 'status' in o ? String(o.status) : 'reset');
        }));
        return { out, faults: proxy.totalFaults(), forwarded: proxy.forwarded };
      } finally {
        await proxy.close();
      }
    };
    const a = await run(paths);
    const b = await run([...paths].reverse());
    assert.deepEqual([...b.out].sort(), [...a.out].sort());
    assert.ok(a.faults > 5 && a.faults < 35, `faults: ${a.faults}`);
    assert.equal(a.forwarded, paths.length - a.faults);
    const capped = await run(paths, 3);
    assert.equal(capped.faults, 3);
    assert.equal(capped.forwarded, paths.length - 3);
  } finally {
    await up.close();
  }
});

test('refuses any upstream other than http://127.0.0.1:<port>', async () => {
  for (const target of ['http://localhost:80', 'http://10.0.0.1:80', 'https://127.0.0.1:443', 'http://127.0.0.1']) {
    await assert.rejects(startFaultProxy({ target, seed: 'x' }), /upstream must be http:\/\/127\.0\.0\.1/);
  }
});
