import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startEmbeddedServer } from '../../provider/server/index';
import { GITHUB_WORKFLOWS, githubSteps, type ShellStep } from './support/pipelines';

/**
 * The GitHub workflows' applemdm steps, run as written (bash -eo pipefail, the runner's shell) on a temporary checkout
 * of a repository holding the quickstart under mdm/, against a real server: PR validate + plan → apply of the saved
 * plan on merge → the nightly drift job finds a change made on the server. (Each step spawns the CLI, so the file keeps
 * to one pass; the no-change paths of the same commands are covered in test/cli.)
 * Steps that only talk to GitHub (checkout, artifacts, comments, issues) are not run here.
 */
const ROOT = path.join(__dirname, '..', '..');
const TSX = pathToFileURL(require.resolve('tsx')).href;
const API_KEY = 'ci-steps-key';

function checkout(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-ci-checkout-'));
  fs.cpSync(path.join(ROOT, 'examples', 'quickstart'), path.join(dir, 'mdm'), { recursive: true, filter: (src) => !src.includes('.applemdm') });
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "mdm-config", "private": true }\n');
  // What `npm ci` leaves in a repository that depends on applemdm: its bin in node_modules/.bin.
  const bin = path.join(dir, 'node_modules', '.bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(bin, 'applemdm'), `#!/bin/sh\nexec "${process.execPath}" --import "${TSX}" "${path.join(ROOT, 'provider', 'cli', 'run.ts')}" "$@"\n`, { mode: 0o755 });
  return dir;
}

function step(file: string, name: string): ShellStep {
  const found = githubSteps(GITHUB_WORKFLOWS.find((f) => f.endsWith(file))!).find((s) => s.name === name);
  assert.ok(found, `${file} has no step "${name}"`);
  return found;
}

/**
 * Runs a step's script as GitHub does; `${{ … }}` env values are replaced by the test's own. Asynchronous, so the
 * in-process server keeps answering while the step runs.
 */
async function run(s: ShellStep, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string; outputs: Record<string, string> }> {
  const outputFile = path.join(cwd, `.github-output-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(outputFile, '');
  const stepEnv = Object.fromEntries(Object.entries(s.env).map(([k, v]) => [k, v.includes('${{') ? env[k] ?? '' : v]));
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.script], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? os.tmpdir(), ...stepEnv, ...env, GITHUB_OUTPUT: outputFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = Object.fromEntries(fs.readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => l.split('=') as [string, string]));
  fs.rmSync(outputFile);
  return { code, stdout, stderr, outputs };
}

test('PR plan → apply of the reviewed plan → nightly drift, as the workflows run them', async () => {
  const dir = checkout();
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'server-data'), port: 0, apiKey: API_KEY });
  const env = { APPLEMDM_SERVER: server.url, APPLEMDM_API_KEY: API_KEY };
  try {
    const validate = await run(step('applemdm-plan.yml', 'Validate'), dir, env);
    assert.equal(validate.code, 0, validate.stderr);
    const plan = await run(step('applemdm-plan.yml', 'Plan'), dir, env);
    assert.equal(plan.code, 0, plan.stderr);
    assert.deepEqual(plan.outputs, { changes: 'true' });
    assert.match(fs.readFileSync(path.join(dir, 'plan.md'), 'utf8'), /### applemdm plan — `quickstart`/);
    assert.ok(fs.existsSync(path.join(dir, 'plan.json')), 'the artifact the next step uploads');

    const apply = await run(step('applemdm-apply.yml', 'Apply the reviewed plan'), dir, env);
    assert.equal(apply.code, 0, apply.stderr);
    assert.match(apply.stdout, /Apply complete: 12 created/);

    const auth = `Basic ${Buffer.from(`kmfddm:${API_KEY}`).toString('base64')}`;
    const edit = await fetch(new URL('v1/declarations', server.url), {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ Type: 'com.apple.configuration.softwareupdate.settings', Identifier: 'com.example.mdm.quickstart.software-update.ios-sales.settings', Payload: { Deferrals: { CombinedPeriodInDays: 90 } } }),
    });
    assert.equal(edit.status, 204);
    const drift = await run(step('applemdm-drift.yml', 'Drift'), dir, env);
    assert.equal(drift.code, 0, drift.stderr);
    assert.deepEqual(drift.outputs, { drifted: 'true' });
    assert.match(fs.readFileSync(path.join(dir, 'drift.md'), 'utf8'), /Deferrals\.CombinedPeriodInDays/);
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
