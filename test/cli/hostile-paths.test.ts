import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseConfig, STACK } from '../engine/support/harness';
import { freshCompiledCli } from '../reliability/support/cli-process';
import { startLoggedServer, type LoggedServer } from '../reliability/support/logged-server';

/**
 * The hostile-path corpus (issue 18): a pull request controls every path its configuration names — the catalog, the
 * assets directory, the resource files themselves, the paths in a synthesized CDKTF stack. Each case goes through the
 * real CLI (the compiled bin/applemdm.js when dist is fresh) as validate, plan and apply, and must give exit 1 with
 * exactly one error, print nothing of any file outside the configuration (canaries: a file beside the root, the
 * environment, /etc/passwd), contact no server, and write nothing: neither inside the root (no .applemdm data) nor
 * outside it (no assets directory).
 */
const REPO = path.join(__dirname, '..', '..');
const CANARY = 'CANARY-f1l3-0utside';
const ENV_CANARY = 'CANARYENV';
const ASSETS = 'assets:\n  base_url: https://assets.example.com/p\n';

interface Case {
  name: string;
  /** Builds the case inside `root` (the configuration directory) with `outside` beside it; returns the CLI's path argument. */
  build(root: string, outside: string): string;
  /** What the one error must say. */
  expect: RegExp;
}

function yaml(name: string, stackExtra: string, expect: RegExp, setup: (root: string, outside: string) => void = () => {}): Case {
  return {
    name,
    expect,
    build(root, outside) {
      fs.writeFileSync(path.join(root, 'applemdm.yaml'), STACK + stackExtra.replaceAll('$OUTSIDE', outside));
      fs.writeFileSync(path.join(root, 'resources.yaml'), baseConfig());
      setup(root, outside);
      return root;
    },
  };
}

/** A resource file that is not an ordinary file in the root: `make` creates it under the name `evil.yaml` (or its own). */
function resourceFile(name: string, expect: RegExp, make: (file: string, root: string, outside: string) => void): Case {
  return yaml(name, '', expect, (root, outside) => make(path.join(root, 'evil.yaml'), root, outside));
}

function synthesized(name: string, provider: Record<string, unknown>, expect: RegExp): Case {
  return {
    name,
    expect,
    build(root, outside) {
      const block = JSON.parse(JSON.stringify(provider).replaceAll('$OUTSIDE', outside.replace(/\\/g, '\\\\'))) as Record<string, unknown>;
      const stack = {
        provider: { applemdm: [{ stack: 'demo', identifier_prefix: 'com.example.mdm', targets: [{ ios: '18.0' }], ...block }] },
        resource: { applemdm_device_group: { sales: { name: 'sales', supervised: 'true' } } },
      };
      const file = path.join(root, 'cdk.tf.json');
      fs.writeFileSync(file, JSON.stringify(stack));
      return file;
    },
  };
}

const mkfifo = (file: string): void => void execFileSync('mkfifo', [file]);
const sparse = (file: string): void => {
  fs.writeFileSync(file, '');
  fs.truncateSync(file, 8 * 1024 * 1024 * 1024);
};
const OUT = /outside the configuration directory/;

const CASES: Case[] = [
  // catalog: in applemdm.yaml
  yaml('catalog: an absolute path outside', 'catalog: $OUTSIDE/secret.json\n', OUT),
  yaml('catalog: ../ out of the root', 'catalog: ../outside/secret.json\n', OUT),
  yaml('catalog: /etc/passwd', 'catalog: /etc/passwd\n', OUT),
  yaml('catalog: /proc/self/environ', 'catalog: /proc/self/environ\n', OUT),
  yaml('catalog: /proc/self/mem', 'catalog: /proc/self/mem\n', OUT),
  yaml('catalog: /dev/zero', 'catalog: /dev/zero\n', OUT),
  yaml('catalog: /dev/urandom', 'catalog: /dev/urandom\n', OUT),
  yaml('catalog: a link to a file outside', 'catalog: link.json\n', OUT, (root, outside) => fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'link.json'))),
  yaml('catalog: a chain of links out', 'catalog: a.json\n', OUT, (root, outside) => {
    fs.symlinkSync('b.json', path.join(root, 'a.json'));
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'b.json'));
  }),
  yaml('catalog: through a directory link out', 'catalog: d/secret.json\n', OUT, (root, outside) => fs.symlinkSync(outside, path.join(root, 'd'))),
  yaml('catalog: a named pipe', 'catalog: pipe.json\n', /named pipe/, (root) => mkfifo(path.join(root, 'pipe.json'))),
  yaml('catalog: a directory', 'catalog: sub\n', /is a directory/, (root) => fs.mkdirSync(path.join(root, 'sub'))),
  yaml('catalog: a dangling link', 'catalog: gone.json\n', /link to something that does not exist/, (root) => fs.symlinkSync('nowhere.json', path.join(root, 'gone.json'))),
  yaml('catalog: a huge sparse file', 'catalog: huge.json\n', /bytes; at most/, (root) => sparse(path.join(root, 'huge.json'))),
  yaml('catalog: a link to /proc/self/mem', 'catalog: mem.json\n', OUT, (root) => fs.symlinkSync('/proc/self/mem', path.join(root, 'mem.json'))),
  // assets.dir
  yaml('assets.dir: ../ out of the root', `${ASSETS}  dir: ../outside/assets\n`, OUT),
  yaml('assets.dir: an absolute path outside', `${ASSETS}  dir: $OUTSIDE/assets\n`, OUT),
  yaml('assets.dir: a link to a directory outside', `${ASSETS}  dir: out\n`, OUT, (root, outside) => fs.symlinkSync(outside, path.join(root, 'out'))),
  yaml('assets.dir: below a link out', `${ASSETS}  dir: out/assets\n`, OUT, (root, outside) => fs.symlinkSync(outside, path.join(root, 'out'))),
  yaml('assets.dir: a dangling link to a directory not made yet', `${ASSETS}  dir: out\n`, /link to something that does not exist/, (root, outside) =>
    fs.symlinkSync(path.join(outside, 'made-later'), path.join(root, 'out')),
  ),
  yaml('assets.dir: a file', `${ASSETS}  dir: resources.yaml\n`, /not a directory/),
  // resource files
  resourceFile('a resource file linked outside', OUT, (file, _root, outside) => fs.symlinkSync(path.join(outside, 'secret.json'), file)),
  resourceFile('a resource file linked to /etc/passwd', OUT, (file) => fs.symlinkSync('/etc/passwd', file)),
  resourceFile('a resource file linked to /proc/self/environ', OUT, (file) => fs.symlinkSync('/proc/self/environ', file)),
  resourceFile('a resource file linked to /proc/self/mem', OUT, (file) => fs.symlinkSync('/proc/self/mem', file)),
  resourceFile('a resource file linked to /dev/zero', OUT, (file) => fs.symlinkSync('/dev/zero', file)),
  resourceFile('a resource file through a chain of links out', OUT, (file, root, outside) => {
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'hop'));
    fs.symlinkSync('hop', file);
  }),
  resourceFile('a resource file that is a named pipe', /named pipe/, (file) => mkfifo(file)),
  resourceFile('a resource file that is a directory', /is a directory/, (file) => fs.mkdirSync(file)),
  resourceFile('a resource file that is a dangling link', /link to something that does not exist/, (file) => fs.symlinkSync('nowhere.yaml', file)),
  resourceFile('a resource file that is huge (sparse)', /bytes; at most/, (file) => sparse(file)),
  resourceFile('a resource file whose name is not UTF-8', /not valid UTF-8/, (_file, root) =>
    fs.writeFileSync(Buffer.concat([Buffer.from(root + path.sep), Buffer.from([0x65, 0xff, 0x2e, 0x79, 0x61, 0x6d, 0x6c])]), 'apps: {}\n'),
  ),
  {
    name: 'applemdm.yaml itself linked outside',
    expect: OUT,
    build(root, outside) {
      fs.symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'applemdm.yaml'));
      return root;
    },
  },
  // a synthesized CDKTF stack's provider block
  synthesized('cdk.tf.json: catalog /etc/passwd', { catalog: '/etc/passwd' }, OUT),
  synthesized('cdk.tf.json: catalog ../ out of the root', { catalog: '../outside/secret.json' }, OUT),
  synthesized('cdk.tf.json: assets.dir outside', { assets: [{ base_url: 'https://a.example.com', dir: '$OUTSIDE/assets' }] }, OUT),
];

/** Every entry under `dir` with its mode and size, to prove nothing was created, changed or removed (names as bytes: one is not UTF-8). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: Buffer, rel: string): void => {
    for (const name of fs.readdirSync(d, { encoding: 'buffer' })) {
      const p = Buffer.concat([d, Buffer.from(path.sep), name]);
      const st = fs.lstatSync(p);
      const here = `${rel}/${name.toString('hex')}`;
      out.push(`${here} ${st.mode} ${st.isFile() ? st.size : ''}`);
      if (st.isDirectory()) walk(p, here);
    }
  };
  walk(Buffer.from(dir), '');
  return out.sort();
}

const BIN = freshCompiledCli();
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** The CLI as a child process; asynchronous, because the server it may talk to runs in this process. */
function cli(args: string[], cwd: string): Promise<{ code: number | null; out: string }> {
  const argv = BIN ? [BIN, ...args] : ['--import', TSX, path.join(REPO, 'provider', 'cli', 'run.ts'), ...args];
  // The canary variable first, so the first bytes of /proc/self/environ are the canary.
  const env = { [ENV_CANARY]: 'x', ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: undefined };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
    // A hang guard, not a timing assertion: a CLI blocked on a named pipe would otherwise stall the suite.
    const guard = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(guard);
      resolve({ code, out });
    });
  });
}

describe(`hostile paths (${BIN ? 'compiled bin/applemdm.js' : 'sources through tsx; build dist for speed'})`, () => {
  let base: string;
  let server: LoggedServer;
  before(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-paths-'));
    server = await startLoggedServer(base);
  });
  after(async () => {
    await server?.close();
    fs.rmSync(base, { recursive: true, force: true });
  });

  CASES.forEach((c, i) => {
    it(c.name, async () => {
      const dir = path.join(base, `case-${i}`);
      const root = path.join(dir, 'config');
      const outside = path.join(dir, 'outside');
      fs.mkdirSync(root, { recursive: true });
      fs.mkdirSync(outside);
      fs.writeFileSync(path.join(outside, 'secret.json'), `${CANARY} root:x:0:0\n`);
      const target = c.build(root, outside);
      const before = { root: snapshot(root), outside: snapshot(outside) };
      const mark = server.log.length;
      const commands = [['validate', target], ['plan', target, '--server', server.url], ['apply', target, '--auto-approve', '--server', server.url]];
      // The three at once: each must refuse before reading or writing anything, so they cannot disturb one another.
      const runs = await Promise.all(commands.map((args) => cli(args, dir)));
      for (const [k, r] of runs.entries()) {
        const what = `${c.name}: ${commands[k][0]}`;
        assert.equal(r.code, 1, `${what} exits 1\n${r.out}`);
        assert.equal(r.out.match(/^Error: /gm)?.length, 1, `${what} gives exactly one error\n${r.out}`);
        assert.match(r.out, c.expect, what);
        assert.doesNotMatch(r.out, /CANARY|root:x|applemdm bug/, `${what} echoes nothing read outside the root\n${r.out}`);
      }
      assert.deepEqual(server.log.slice(mark), [], 'no request reached the server');
      assert.deepEqual(snapshot(root), before.root, 'nothing written inside the root');
      assert.deepEqual(snapshot(outside), before.outside, 'nothing written outside the root');
    });
  });

  it('a directory given with --allow-dir admits an assets.dir outside the root', async () => {
    const dir = path.join(base, 'allowed');
    const root = path.join(dir, 'config');
    const outside = path.join(dir, 'outside');
    fs.mkdirSync(root, { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(root, 'applemdm.yaml'), `${STACK}${ASSETS}  dir: ../outside/assets\n`);
    fs.writeFileSync(path.join(root, 'resources.yaml'), baseConfig());
    assert.equal((await cli(['validate', root], dir)).code, 1);
    const ok = await cli(['validate', root, '--allow-dir', outside], dir);
    assert.equal(ok.code, 0, ok.out);
  });

  it('a --catalog typed on the command line may be anywhere, but must still be a bounded regular file', async () => {
    const dir = path.join(base, 'flag');
    const root = path.join(dir, 'config');
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(root, 'resources.yaml'), baseConfig());
    const catalog = path.join(REPO, 'examples', 'quickstart', 'gdmf-catalog.json');
    const ok = await cli(['plan', root, '--catalog', catalog, '--server', server.url], dir);
    assert.equal(ok.code, 0, ok.out);
    const device = await cli(['plan', root, '--catalog', '/dev/zero', '--server', server.url], dir);
    assert.equal(device.code, 1, device.out);
    assert.match(device.out, /is a device/);
  });
});
