import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer } from '../../provider/server/index';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from '../cli/_run-cli';

/**
 * Plan (and drift, and import) need read access only: run through a proxy that forwards GET and refuses every other
 * method with 403, as a read-only credential would, they succeed and attempt no write. Apply through the same proxy
 * fails, which shows the proxy really refuses writes.
 */
const API_KEY = 'read-only-key';

interface ReadOnlyProxy {
  url: string;
  refused: string[];
  close(): Promise<void>;
}

function readOnlyProxy(target: string): Promise<ReadOnlyProxy> {
  const refused: string[] = [];
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refused.push(`${req.method} ${req.url}`);
      req.resume();
      res.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"read-only credential"}');
      return;
    }
    const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${address.port}`, refused, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

test('plan, drift and import succeed through a proxy that refuses every non-GET request; apply does not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-read-only-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, apiKey: API_KEY });
  const proxy = await readOnlyProxy(server.url);
  const saved = process.env.APPLEMDM_API_KEY;
  process.env.APPLEMDM_API_KEY = API_KEY;
  try {
    const config = path.join(dir, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    assert.equal((await runCli(['apply', config, '--auto-approve', '--server', server.url])).code, 0);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig({ cloudBackup: true }));

    const plan = await runCli(['plan', config, '--server', proxy.url, '--detailed-exitcode', '--out', path.join(dir, 'plan.json')]);
    assert.equal(plan.code, 2, plan.stderr);
    assert.match(plan.stdout, /Plan: 0 to create, 1 to update/);
    const drift = await runCli(['drift', config, '--server', proxy.url]);
    assert.equal(drift.code, 2, drift.stderr);
    const imported = await runCli(['import', '--server', proxy.url, '--out', path.join(dir, 'imported')]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(proxy.refused, [], 'plan, drift and import attempted no write');

    const apply = await runCli(['apply', config, '--auto-approve', '--server', proxy.url]);
    assert.notEqual(apply.code, 0);
    assert.ok(proxy.refused.length > 0, 'apply needs write access and is refused by the proxy');
  } finally {
    if (saved === undefined) delete process.env.APPLEMDM_API_KEY;
    else process.env.APPLEMDM_API_KEY = saved;
    await proxy.close();
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
