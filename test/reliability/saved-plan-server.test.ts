import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Plan } from '../../provider/engine/plan';
import { runCli, type CliRun } from '../cli/_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';
import { assertRefused } from './support/hostile-run';
import { isWrite, startLoggedServer, type LoggedServer } from './support/logged-server';

/**
 * A saved plan records the server it was made for (backend.url), but the file travels between CI jobs and can be
 * edited: a plan rewritten to name another host must not make apply send the API key there. The server an apply talks
 * to is the one it is configured for (--server, APPLEMDM_SERVER, server: in the configuration, else the embedded
 * server beside the configuration), and a plan made for another one is refused before any request. The "other host"
 * is a real HTTP server here that records every request and the Authorization header it was sent.
 */
const API_KEY = 'canary-plan-server-7c1e3a5b9d';

describe('a saved plan is applied only to the server the apply itself names', () => {
  let root: string;
  let real: LoggedServer;
  let evil: http.Server;
  let evilUrl: string;
  const evilSeen: string[] = [];
  let config: string;
  let planText: string;
  const env: Record<string, string | undefined> = {};

  /** Runs `fn` with APPLEMDM_SERVER set as given (undefined: unset). */
  async function withServerEnv<T>(server: string | undefined, fn: () => Promise<T>): Promise<T> {
    const saved = process.env.APPLEMDM_SERVER;
    if (server === undefined) delete process.env.APPLEMDM_SERVER;
    else process.env.APPLEMDM_SERVER = server;
    try {
      return await fn();
    } finally {
      if (saved === undefined) delete process.env.APPLEMDM_SERVER;
      else process.env.APPLEMDM_SERVER = saved;
    }
  }
  const cli = (args: string[], server?: string): Promise<CliRun> => withServerEnv(server, () => runCli(args));

  function writePlan(name: string, edit: (plan: Plan) => void = () => {}): string {
    const plan = JSON.parse(planText) as Plan;
    edit(plan);
    const file = path.join(root, name);
    fs.writeFileSync(file, JSON.stringify(plan, null, 2));
    return file;
  }

  /** Refused with the mismatch diagnostic, and no request reached either server. */
  async function assertRefusedUnsent(label: string, args: string[], server?: string): Promise<void> {
    const mark = real.log.length;
    const evilMark = evilSeen.length;
    const refused = await withServerEnv(server, () => assertRefused(label, args, /Plan made for another server/));
    assert.ok(!refused.run.stderr.includes(API_KEY), `${label}: the key is not printed`);
    assert.deepEqual(evilSeen.slice(evilMark), [], `${label}: no request reached the host named in the plan`);
    assert.deepEqual(real.log.slice(mark), [], `${label}: no request reached the configured server either`);
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-plan-server-'));
    for (const k of ['APPLEMDM_API_KEY', 'APPLEMDM_API_KEY_FILE']) env[k] = process.env[k];
    process.env.APPLEMDM_API_KEY = API_KEY;
    delete process.env.APPLEMDM_API_KEY_FILE;
    real = await startLoggedServer(root, { apiKey: API_KEY });
    evil = http.createServer((req, res) => {
      evilSeen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
    });
    await new Promise<void>((resolve) => evil.listen(0, '127.0.0.1', resolve));
    evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;

    config = path.join(root, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    const planned = await cli(['plan', config, '--server', real.url, '--out', path.join(root, 'valid.json')]);
    assert.equal(planned.code, 0, planned.stderr);
    planText = fs.readFileSync(path.join(root, 'valid.json'), 'utf8');
    assert.equal((JSON.parse(planText) as Plan).backend.url, real.url);
  });

  after(async () => {
    await real?.close();
    await new Promise<void>((resolve) => (evil ? evil.close(() => resolve()) : resolve()));
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a plan rewritten to another host is refused whichever way the real server is named', async () => {
    const tampered = writePlan('to-evil.json', (p) => (p.backend.url = evilUrl));
    await assertRefusedUnsent('--server', ['apply', tampered, '--server', real.url]);
    await assertRefusedUnsent('APPLEMDM_SERVER', ['apply', tampered], real.url);
    // The configuration's server: names it (the plan records the configuration's path, so it is edited in place).
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), `${STACK}server: ${real.url}\n`);
    try {
      const planned = await cli(['plan', config, '--out', path.join(root, 'by-config.json')]);
      assert.equal(planned.code, 0, planned.stderr);
      const byConfig = JSON.parse(fs.readFileSync(path.join(root, 'by-config.json'), 'utf8')) as Plan;
      assert.equal(byConfig.backend.url, real.url);
      byConfig.backend.url = evilUrl;
      fs.writeFileSync(path.join(root, 'by-config-evil.json'), JSON.stringify(byConfig));
      await assertRefusedUnsent('server: in the configuration', ['apply', path.join(root, 'by-config-evil.json')]);
    } finally {
      fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    }
  });

  it('with no server named, the target is the embedded server beside the configuration, and another host is refused', async () => {
    const tampered = writePlan('to-evil-unnamed.json', (p) => (p.backend.url = evilUrl));
    await assertRefusedUnsent('nothing named', ['apply', tampered]);
    // Nor does the untampered plan go to its recorded server unless the apply names it.
    await assertRefusedUnsent('the recorded server, not named', ['apply', path.join(root, 'valid.json')]);
    assert.ok(!fs.existsSync(path.join(config, '.applemdm')), 'no embedded server was started either');
  });

  it('the server named with a key in its URL: the refusal does not print the key', async () => {
    const withKey = real.url.replace('http://', `http://kmfddm:${API_KEY}@`);
    const tampered = writePlan('to-evil-keyed.json', (p) => (p.backend.url = evilUrl));
    await assertRefusedUnsent('--server with a key in it', ['apply', tampered, '--server', withKey]);
  });

  it('a plan moved to another embedded data directory is refused before that directory is created', async () => {
    const elsewhere = path.join(root, 'elsewhere');
    const tampered = writePlan('to-embedded.json', (p) => {
      p.backend = { kind: 'embedded', url: `embedded:${elsewhere}` };
    });
    await assertRefusedUnsent('embedded elsewhere', ['apply', tampered, '--server', real.url]);
    await assertRefusedUnsent('embedded elsewhere, nothing named', ['apply', tampered]);
    assert.ok(!fs.existsSync(elsewhere), 'the other data directory was not created');
  });

  it('control: the plan applies to the server it was made for when the apply names it (a trailing slash is the same URL)', async () => {
    const mark = real.log.length;
    const applied = await cli(['apply', path.join(root, 'valid.json'), '--server', `${real.url}/`]);
    assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
    assert.ok(real.log.slice(mark).some(isWrite), 'the plan was written to the named server');
    assert.deepEqual(evilSeen, [], 'the other host never heard from applemdm');
  });

  it('control: a plan made on the embedded default applies with nothing named', async () => {
    const dir = path.join(root, 'embedded-config');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    const planFile = path.join(root, 'embedded.json');
    const planned = await cli(['plan', dir, '--out', planFile]);
    assert.equal(planned.code, 0, planned.stderr);
    assert.match((JSON.parse(fs.readFileSync(planFile, 'utf8')) as Plan).backend.url, /^embedded:/);
    const applied = await cli(['apply', planFile]);
    assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
    assert.match(applied.stdout, /Apply complete: \d+ created/);
    await assertRefusedUnsent('the embedded plan sent to a named server', ['apply', planFile, '--server', real.url]);
  });
});
