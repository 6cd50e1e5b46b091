import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { baseConfig, STACK } from '../engine/support/harness';
import { runCli } from './_run-cli';

/**
 * Issue 13: a CI job whose server variable is unset must not plan or apply against a throwaway embedded server in its
 * own directory unnoticed. In CI an embedded default nobody named is warned about (and every rendering names the server);
 * an empty APPLEMDM_SERVER is an error everywhere.
 */
function configDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-server-choice-'));
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
  return dir;
}

/** Runs the CLI with CI and APPLEMDM_SERVER as given (undefined: unset), restoring both afterwards. */
async function withEnv(env: { CI?: string; APPLEMDM_SERVER?: string }, args: string[]) {
  const saved = { CI: process.env.CI, APPLEMDM_SERVER: process.env.APPLEMDM_SERVER };
  for (const k of ['CI', 'APPLEMDM_SERVER'] as const) {
    if (env[k] === undefined) delete process.env[k];
    else process.env[k] = env[k];
  }
  try {
    return await runCli(args);
  } finally {
    for (const k of ['CI', 'APPLEMDM_SERVER'] as const) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

const refusals: { name: string; env: { CI?: string; APPLEMDM_SERVER?: string }; command: string; summary: RegExp }[] = [
  { name: 'empty APPLEMDM_SERVER, not in CI', env: { APPLEMDM_SERVER: '' }, command: 'plan', summary: /APPLEMDM_SERVER is set but empty/ },
  { name: 'empty APPLEMDM_SERVER in CI', env: { CI: '1', APPLEMDM_SERVER: ' ' }, command: 'plan', summary: /APPLEMDM_SERVER is set but empty/ },
];

for (const r of refusals) {
  test(`refused with a diagnostic, nothing created: ${r.name}`, async () => {
    const dir = configDir();
    try {
      const args = r.command === 'apply' ? ['apply', dir, '--auto-approve'] : [r.command, dir];
      const out = await withEnv(r.env, args);
      assert.equal(out.code, 1, out.stderr);
      assert.match(out.stderr, r.summary);
      assert.match(out.stderr, /--server embedded:DIR/, 'says how to choose the embedded server on purpose');
      assert.doesNotMatch(out.stderr, /applemdm bug|\n\s+at /);
      assert.equal(fs.existsSync(path.join(dir, '.applemdm')), false, 'no embedded server was started');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('in CI the embedded server works when named, and the Markdown comment names it', async () => {
  const dir = configDir();
  try {
    const data = path.join(dir, 'state');
    const named = await withEnv({ CI: 'true' }, ['plan', dir, '--server', `embedded:${data}`, '--format', 'markdown']);
    assert.equal(named.code, 0, named.stderr);
    assert.match(named.stdout, /^Server: embedded `embedded:[^`]*state`$/m);
    fs.appendFileSync(path.join(dir, 'applemdm.yaml'), `server: embedded:${data}\n`);
    const configured = await withEnv({ CI: 'true' }, ['plan', dir]);
    assert.equal(configured.code, 0, configured.stderr);
    assert.match(configured.stdout, /on embedded \(embedded:[^)]*state\)/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  // In CI with no server named, the embedded default is used with a warning naming it; CI=false is a developer's shell.
  const ci = configDir();
  try {
    const out = await withEnv({ CI: 'true' }, ['plan', ci]);
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stderr, /Warning: CI is set and no server was named/);
  } finally {
    fs.rmSync(ci, { recursive: true, force: true });
  }
  const local = configDir();
  try {
    const out = await withEnv({ CI: 'false' }, ['plan', local]);
    assert.equal(out.code, 0, out.stderr);
    assert.ok(fs.existsSync(path.join(local, '.applemdm')));
  } finally {
    fs.rmSync(local, { recursive: true, force: true });
  }
});
