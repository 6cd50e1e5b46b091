import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmbeddedServer } from '../../provider/server/index';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * Concurrent applies of one stack on one server, with real processes. A loopback proxy in front of the embedded
 * server holds the first apply's first write, so the second and third applies are guaranteed to arrive while the
 * first holds the lock: the second fails fast naming the holder, the third waits (--lock-timeout) and applies after.
 * The proxy's request log shows the lock windows never overlap and every write happens inside one.
 */
const ROOT = path.join(__dirname, '..', '..');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const LOCK_PATH = '/v1/locks/com.example.mdm.demo.lock';

interface Logged {
  method: string;
  path: string;
  status: number;
  owner?: string;
}

interface GateProxy {
  url: string;
  log: Logged[];
  /** Resolves when the first write arrived and is being held. */
  held: Promise<void>;
  release(): void;
  /** Resolves when a logged request matches. */
  until(match: (l: Logged) => boolean): Promise<void>;
  close(): Promise<void>;
}

async function startGateProxy(target: string): Promise<GateProxy> {
  const log: Logged[] = [];
  const waiters: { match: (l: Logged) => boolean; resolve: () => void }[] = [];
  let gateOpen = false;
  let gated = false;
  let onHeld!: () => void;
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  const queue: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const urlPath = (req.url ?? '/').split('?')[0]!;
      const isWrite = req.method !== 'GET' && urlPath.startsWith('/v1/') && !urlPath.startsWith('/v1/locks/') && !urlPath.startsWith('/v1/notify');
      const forward = () => {
        const upstream = http.request(new URL(req.url ?? '/', target), { method: req.method, headers: { ...req.headers, host: new URL(target).host } }, (up) => {
          const out: Buffer[] = [];
          up.on('data', (c: Buffer) => out.push(c));
          up.on('end', () => {
            const entry: Logged = { method: req.method ?? 'GET', path: urlPath, status: up.statusCode ?? 0 };
            if (urlPath === LOCK_PATH && req.method === 'PUT') entry.owner = (JSON.parse(body.toString()) as { owner: string }).owner;
            if (urlPath === LOCK_PATH && req.method === 'DELETE') entry.owner = new URL(req.url ?? '/', target).searchParams.get('owner') ?? '';
            log.push(entry);
            for (const w of waiters.filter((x) => x.match(entry))) w.resolve();
            res.writeHead(up.statusCode ?? 502, up.headers);
            res.end(Buffer.concat(out));
          });
        });
        upstream.on('error', () => res.destroy());
        upstream.end(body);
      };
      if (isWrite && !gateOpen) {
        queue.push(forward);
        if (!gated) {
          gated = true;
          onHeld();
        }
        return;
      }
      forward();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    held,
    release() {
      gateOpen = true;
      for (const f of queue.splice(0)) f();
    },
    until(match) {
      if (log.some(match)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Child {
  pid: number;
  done: Promise<{ code: number | null; stdout: string; stderr: string }>;
  kill(): void;
}

function spawnCli(args: string[], cwd: string): Child {
  const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'provider/cli/run.ts'), ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: undefined, APPLEMDM_API_KEY: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return {
    pid: child.pid ?? -1,
    done: new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr }))),
    kill: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

function configDir(root: string, name: string, resources: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), resources);
  return dir;
}

test('concurrent applies of one stack: one holds the lock, one fails fast naming it, one waits and then applies', { timeout: 120_000 }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-apply-lock-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  const proxy = await startGateProxy(server.url);
  const children: Child[] = [];
  try {
    const first = configDir(root, 'first', baseConfig());
    const later = configDir(root, 'later', baseConfig({ cloudBackup: true }));

    const one = spawnCli(['apply', '.', '--server', proxy.url, '--auto-approve'], first);
    children.push(one);
    await Promise.race([proxy.held, one.done.then((r) => assert.fail(`first apply ended before writing: ${r.stderr}`))]);

    const refused = await runCli(['apply', later, '--server', server.url, '--auto-approve']);
    assert.equal(refused.code, 1, refused.stdout);
    assert.match(refused.stderr, /Another apply holds the lock/);
    assert.match(refused.stderr, new RegExp(`held by \\S+@\\S+ pid ${one.pid} run [0-9a-f]{6} \\(acquired \\d{4}-\\d\\d-\\d\\dT[^,]+, expires \\d{4}-`));
    assert.match(refused.stderr, /--lock-timeout/);
    assert.equal(refused.stdout, '', 'nothing was planned or written');

    const three = spawnCli(['apply', '.', '--server', proxy.url, '--auto-approve', '--lock-timeout', '2m'], later);
    children.push(three);
    await proxy.until((l) => l.path === LOCK_PATH && l.method === 'PUT' && l.status === 409 && (l.owner ?? '').includes(`pid ${three.pid} `));
    proxy.release();

    const [r1, r3] = await Promise.all([one.done, three.done]);
    assert.equal(r1.code, 0, r1.stderr);
    assert.match(r1.stdout, /Apply complete: 5 created, 0 updated, 0 replaced, 0 deleted, 0 failed\./);
    assert.equal(r3.code, 0, r3.stderr);
    assert.match(r3.stderr, new RegExp(`Waiting up to 2m for the apply lock, held by \\S+ pid ${one.pid} `));
    assert.match(r3.stdout, /Apply complete: 0 created, 1 updated, 0 replaced, 0 deleted, 0 failed\./, 'planned after the first apply, under the lock');

    // The request log: lock windows in sequence, every write inside one of them.
    let holder: string | undefined;
    const windows: string[] = [];
    let writesOutside = 0;
    for (const l of proxy.log) {
      if (l.path === LOCK_PATH && l.method === 'PUT' && l.status === 204) {
        assert.ok(holder === undefined || holder === l.owner, `lock granted to ${l.owner} while ${holder} held it`);
        if (holder === undefined) windows.push(l.owner!);
        holder = l.owner;
      } else if (l.path === LOCK_PATH && l.method === 'DELETE' && l.status === 204) {
        assert.equal(l.owner, holder);
        holder = undefined;
      } else if (l.method !== 'GET' && l.path !== LOCK_PATH && !l.path.startsWith('/v1/notify') && holder === undefined) {
        writesOutside++;
      }
    }
    assert.equal(holder, undefined, 'both released the lock');
    assert.equal(windows.length, 2);
    assert.ok(windows[0]!.includes(`pid ${one.pid} `) && windows[1]!.includes(`pid ${three.pid} `), windows.join(' | '));
    assert.equal(writesOutside, 0);

    // Through the proxy again: the assets base URL (and so each ProfileURL) follows the server URL given.
    const after = await runCli(['plan', later, '--server', proxy.url, '--detailed-exitcode']);
    assert.equal(after.code, 0, after.stdout + after.stderr);
    assert.match(after.stdout, /No changes/);
  } finally {
    for (const c of children) c.kill();
    await proxy.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
