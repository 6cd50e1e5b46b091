import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli as runCliInProcess } from './_run-cli';
import { runCli as spawnCli } from '../server/serve-process';
import { CredentialError, resolveApiKey } from '../../provider/backends/http/credentials';

/**
 * Issue 18: `serve --api-key ' '` started a server (and so "hung") instead of refusing, and a key with surrounding
 * spaces was accepted by serve (trimmed from a file or the environment) and refused by the client (not trimmed), or
 * the reverse. One rule now (core/api-key.ts): a key file loses one trailing newline, nothing is trimmed, and a key
 * that is empty, only whitespace, has whitespace around it or a control character in it is refused on both sides.
 */
const HANG_GUARD_MS = 30_000;

describe('API keys: serve and the client take the same keys', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-keys-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const file = (name: string, content: string): string => {
    const p = path.join(root, name);
    fs.writeFileSync(p, content);
    return p;
  };

  /** serve in-process with the key from `source`; a refusal never starts a server. */
  async function serveAccepts(source: 'flag' | 'file' | 'env', key: string): Promise<{ accepted: boolean; stderr: string }> {
    const dataDir = path.join(root, `data-${Math.random().toString(36).slice(2)}`);
    // A bad --log-level is checked right after the key: an accepted key ends there (exit 1), never serving forever.
    const args = ['serve', '--data', dataDir, '--listen', '127.0.0.1:0', '--log-level', 'loud'];
    if (source === 'flag') args.push('--api-key', key);
    if (source === 'file') args.push('--api-key-file', file(`k-${Math.random().toString(36).slice(2)}`, key));
    const saved = process.env.APPLEMDM_API_KEY;
    if (source === 'env') process.env.APPLEMDM_API_KEY = key;
    else delete process.env.APPLEMDM_API_KEY;
    try {
      const run = await runCliInProcess(args);
      assert.equal(run.code, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      const accepted = /Invalid --log-level/.test(run.stderr);
      assert.ok(accepted || /Unusable API key/.test(run.stderr), run.stderr);
      return { accepted, stderr: run.stderr };
    } finally {
      if (saved === undefined) delete process.env.APPLEMDM_API_KEY;
      else process.env.APPLEMDM_API_KEY = saved;
    }
  }

  function clientAccepts(source: 'flag' | 'file' | 'env', key: string): boolean {
    try {
      if (source === 'flag') resolveApiKey({ apiKey: key, env: {} });
      if (source === 'env') resolveApiKey({ env: { APPLEMDM_API_KEY: key } });
      if (source === 'file') resolveApiKey({ env: { APPLEMDM_API_KEY_FILE: file(`c-${Math.random().toString(36).slice(2)}`, key) } });
      return true;
    } catch (err) {
      assert.ok(err instanceof CredentialError, String(err));
      assert.ok(!err.message.includes(key.trim()) || key.trim() === '', 'the message never quotes the key');
      return false;
    }
  }

  const table: { key: string; flag: boolean; env: boolean; file: boolean }[] = [
    { key: 'k3y-Good_1', flag: true, env: true, file: true },
    { key: 'k3y-Good_1\n', flag: false, env: false, file: true }, // a file's one trailing newline is dropped
    { key: 'k3y-Good_1\r\n', flag: false, env: false, file: true },
    { key: ' ', flag: false, env: false, file: false },
    { key: '   \t ', flag: false, env: false, file: false },
    { key: ' k3y', flag: false, env: false, file: false },
    { key: 'k3y ', flag: false, env: false, file: false },
    { key: ' k3y \n', flag: false, env: false, file: false },
    { key: 'k3y\n\n', flag: false, env: false, file: false },
    { key: 'k\u0000y', flag: false, env: false, file: false },
    { key: 'two words', flag: true, env: true, file: true }, // inner spaces are part of the key, on both sides
  ];
  for (const row of table) {
    for (const source of ['flag', 'env', 'file'] as const) {
      // The environment cannot hold NUL; a flag cannot come empty from env either.
      if (source !== 'file' && row.key.includes('\u0000')) continue;
      it(`${JSON.stringify(row.key)} from ${source}: ${row[source] ? 'accepted' : 'refused'} by serve and by the client alike`, async () => {
        const serve = await serveAccepts(source, row.key);
        assert.equal(serve.accepted, row[source], serve.stderr);
        assert.equal(clientAccepts(source, row.key), row[source]);
      });
    }
  }

  it('`serve --api-key " "` exits 1 with a diagnostic at once instead of serving', async () => {
    const run = spawnCli(['serve', '--data', path.join(root, 'blank'), '--listen', '127.0.0.1:0', '--api-key', ' ']);
    const guard = setTimeout(() => run.child.kill('SIGKILL'), HANG_GUARD_MS);
    try {
      assert.equal(await run.exited, 1, `killed by the hang guard? stdout: ${run.stdout()}`);
    } finally {
      clearTimeout(guard);
    }
    assert.match(run.stderr(), /Unusable API key/);
    assert.match(run.stderr(), /only whitespace/);
    assert.equal(run.stdout(), '');
    assert.ok(!fs.existsSync(path.join(root, 'blank', 'applemdm.sqlite')), 'nothing created');
  });
});
