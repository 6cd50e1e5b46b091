import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, decl } from './helpers';
import { runCli, startServe, type ServeProcess } from './serve-process';
import { runCli as runCliInProcess } from '../cli/_run-cli';

describe('applemdm serve', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-serve-'));
  const live: ServeProcess[] = [];
  after(() => {
    for (const p of live) p.child.kill('SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** Runs the CLI in-process (the refusals never start a server), capturing what it writes to stderr. */
  async function runInProcess(args: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
    const savedKey = process.env.APPLEMDM_API_KEY;
    delete process.env.APPLEMDM_API_KEY;
    try {
      // runCli lets the test runner's own reports through while capturing the CLI's output.
      return await runCliInProcess(['serve', ...args]);
    } finally {
      if (savedKey !== undefined) process.env.APPLEMDM_API_KEY = savedKey;
    }
  }

  const refusals: { name: string; args: string[]; stderr: RegExp }[] = [
    { name: 'a non-loopback address without an API key', args: ['--listen', '0.0.0.0:0'], stderr: /Refusing to listen on 0\.0\.0\.0 without an API key/ },
    { name: 'an IPv6 wildcard address without an API key', args: ['--listen', '[::]:0'], stderr: /Refusing to listen on :: without an API key/ },
    { name: 'a malformed --listen', args: ['--listen', 'localhost'], stderr: /Invalid --listen address/ },
    { name: 'both --api-key and --api-key-file', args: ['--api-key', 'a', '--api-key-file', 'b'], stderr: /either --api-key or --api-key-file/ },
    { name: 'an unreadable key file', args: ['--api-key-file', path.join(root, 'missing.key')], stderr: /Cannot read the API key file/ },
    { name: 'a bad --max-body-bytes', args: ['--max-body-bytes', 'lots'], stderr: /Invalid --max-body-bytes/ },
    { name: 'an unknown --log-level', args: ['--log-level', 'loud'], stderr: /Invalid --log-level/ },
  ];
  for (const r of refusals) {
    it(`refuses ${r.name} with exit 1 and a diagnostic`, async () => {
      const dataDir = path.join(root, 'refused');
      const run = await runInProcess(['--data', dataDir, ...r.args]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /^Error: /m);
      assert.match(run.stderr, r.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /); // no stack trace
      assert.equal(run.stdout, '');
      assert.ok(!fs.existsSync(path.join(dataDir, 'applemdm.sqlite')), 'nothing created');
    });
  }

  it('refuses a non-loopback address without an API key as a real process too (exit 1)', async () => {
    const run = runCli(['serve', '--data', path.join(root, 'refused'), '--listen', '0.0.0.0:0']);
    assert.equal(await run.exited, 1);
    assert.match(run.stderr(), /Refusing to listen/);
    assert.equal(run.stdout(), '');
  });

  it('takes the API key from APPLEMDM_API_KEY, requires it on /v1, and never logs it', async () => {
    const key = 'env-secret-5b1f0e';
    const proc = await startServe(['--data', path.join(root, 'env'), '--listen', '127.0.0.1:0', '--log-level', 'debug'], { APPLEMDM_API_KEY: key });
    live.push(proc);
    const client = new Client(proc.url, key);
    assert.equal((await client.get('/v1/declarations', { auth: false })).status, 401);
    assert.equal((await client.get('/v1/declarations', { auth: 'wrong' })).status, 401);
    assert.equal((await client.put('/v1/declarations', { json: decl('env.1') })).status, 204);
    assert.deepEqual(await client.getJson('/v1/declarations'), ['env.1']);
    proc.child.kill('SIGTERM');
    assert.equal(await proc.exited, 0);
    const output = proc.stdout() + proc.stderr();
    assert.match(proc.stderr(), /request method=PUT path=\/v1\/declarations status=204/);
    for (const secret of [key, Buffer.from(`kmfddm:${key}`).toString('base64'), 'Authorization', 'authorization']) {
      assert.ok(!output.includes(secret), `output contains ${secret === key ? 'the API key' : secret}`);
    }
  });

  it('listens on a non-loopback address when an API key is set', async () => {
    const keyFile = path.join(root, 'wide.key');
    fs.writeFileSync(keyFile, 'wide-key\n');
    const proc = await startServe(['--data', path.join(root, 'wide'), '--listen', '0.0.0.0:0', '--api-key-file', keyFile]);
    live.push(proc);
    const port = new URL(proc.url).port;
    const client = new Client(`http://127.0.0.1:${port}`, 'wide-key');
    assert.equal((await client.get('/v1/declarations', { auth: false })).status, 401);
    assert.equal((await client.get('/v1/declarations')).status, 200);
    proc.child.kill('SIGINT');
    assert.equal(await proc.exited, 0);
    assert.ok(!(proc.stdout() + proc.stderr()).includes('wide-key'));
  });
});
