import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { scriptedServer, silent, type Step } from '../backends/support/scripted-server';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli, type CliRun } from './_run-cli';

/**
 * What the CLI prints about the server: a credential put in --server's query string never appears (plan header,
 * saved plan), a key a server echoes JSON-escaped is scrubbed, and a server that never answers fails the command
 * within APPLEMDM_TIMEOUT with a diagnostic saying so.
 */
const QUERY_KEY = 'q"uery\\key+/%-canary-91';
const API_KEY = 'Kq"b\\sQ+/% key-canary-92';

async function cli(args: string[], env: Record<string, string | undefined>): Promise<CliRun> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await runCli(args);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

function spellings(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret), new URLSearchParams({ k: secret }).toString().slice(2), secret.slice(0, 10)];
}

describe('the CLI and the server: secrets in the URL and in answers, and an overall deadline', () => {
  let root: string;
  let dir: string;
  let server: EmbeddedServer;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-secrets-'));
    dir = path.join(root, 'config');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
    server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  });
  after(async () => {
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("a key in --server's query string is never printed in the plan header nor saved in the plan", async () => {
    const url = `${server.url}/?api_key=${encodeURIComponent(QUERY_KEY)}`;
    const out = path.join(root, 'plan.json');
    const run = await cli(['plan', dir, '--server', url, '--out', out], { NO_COLOR: '1', APPLEMDM_API_KEY: undefined, APPLEMDM_SERVER: undefined });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /\?api_key=\[redacted\]\)/, 'the header says a query was there without showing it');
    const saved = fs.readFileSync(out, 'utf8');
    for (const s of spellings(QUERY_KEY)) {
      assert.ok(!run.stdout.includes(s) && !run.stderr.includes(s), `printed ${s}`);
      assert.ok(!saved.includes(s), `saved ${s}`);
    }
    assert.ok(!saved.includes('canary-91'));
  });

  it('a key with " and \\ that a server echoes inside JSON is scrubbed from the diagnostic', async () => {
    const echo: Step = (_req, res) => res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: `bad ${API_KEY}` }));
    const mirror = await scriptedServer([echo]);
    try {
      const run = await cli(['plan', dir, '--server', mirror.url], { NO_COLOR: '1', APPLEMDM_API_KEY: API_KEY, APPLEMDM_SERVER: undefined });
      assert.equal(run.code, 1);
      assert.match(run.stderr, /answered HTTP 400: \{"error":"bad \[redacted\]"\}/);
      for (const s of spellings(API_KEY)) assert.ok(!run.stdout.includes(s) && !run.stderr.includes(s), `printed ${s}: ${run.stderr}`);
    } finally {
      await mirror.close();
    }
  });

  it('a server that accepts connections and never answers fails plan within APPLEMDM_TIMEOUT, after one attempt', async () => {
    const hung = await scriptedServer([silent]);
    try {
      const run = await cli(['plan', dir, '--server', hung.url], { NO_COLOR: '1', APPLEMDM_TIMEOUT: '400ms', APPLEMDM_API_KEY: undefined, APPLEMDM_SERVER: undefined });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^Error: Server did not answer in time$/m);
      assert.match(run.stderr, /no answer within 400ms \(APPLEMDM_TIMEOUT\); 1 attempt/);
      assert.equal(hung.hits(), 1);
    } finally {
      await hung.close();
    }
  });

  for (const url of ['not a url?api_key=QK', 'http://[bad?api_key=QK', 'ftp://127.0.0.1:1/?api_key=QK', 'http://user:QK@127.0.0.1:1/']) {
    it(`an unusable server URL (${url.replace('QK', 'key')}) is a user error that does not quote the key, not an applemdm bug`, async () => {
      const run = await cli(['plan', dir, '--server', url.replace('QK', encodeURIComponent(QUERY_KEY))], { NO_COLOR: '1', APPLEMDM_SERVER: undefined });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^Error: (Invalid server URL|Cannot use the API key)$/m);
      assert.doesNotMatch(run.stderr, /applemdm bug/);
      for (const s of spellings(QUERY_KEY)) assert.ok(!run.stderr.includes(s), `printed ${s}: ${run.stderr}`);
    });
  }

  it('an unreadable APPLEMDM_TIMEOUT is a user error naming the variable', async () => {
    const run = await cli(['plan', dir, '--server', server.url], { NO_COLOR: '1', APPLEMDM_TIMEOUT: 'forever', APPLEMDM_SERVER: undefined });
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^Error: Invalid timeout$/m);
    assert.match(run.stderr, /APPLEMDM_TIMEOUT must be a duration/);
  });
});
