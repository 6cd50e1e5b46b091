import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { applemdmInvocations, GITHUB_WORKFLOWS, githubSteps, GITLAB_PIPELINE, gitlabScripts, undefinedFlags } from './support/pipelines';

/**
 * The example pipelines (examples/ci/) parse, use only commands and flags the CLI defines, and the GitHub workflows
 * pass actionlint (built from the Go module proxy at a pinned version; skipped without Go unless
 * APPLEMDM_REQUIRE_PEERS=1). Their applemdm steps are run for real in github-steps.test.ts.
 */
const ROOT = path.join(__dirname, '..', '..');

test('every applemdm invocation in the GitHub and GitLab pipelines uses a command and flags the CLI defines', () => {
  const steps = [...GITHUB_WORKFLOWS.flatMap(githubSteps), ...gitlabScripts(GITLAB_PIPELINE)];
  const invocations = steps.flatMap(applemdmInvocations);
  const used = new Set(invocations.map((i) => `${i.command} ${i.flags.join(' ')}`.trim()));
  // The flows the issue asks for are all there: validate + plan on PRs, apply of the saved plan, drift.
  for (const expected of ['validate', 'plan --out --format --detailed-exitcode', 'apply --lock-timeout', 'drift --format']) {
    assert.ok(used.has(expected), `no "applemdm ${expected}" in the pipelines (found: ${[...used].join('; ')})`);
  }
  assert.deepEqual(undefinedFlags(invocations), []);
  // The check itself can fail.
  const bogus = applemdmInvocations({ file: 'x.yml', job: 'j', name: 's', env: {}, script: 'npx applemdm plan . --no-such-flag > out.md\napplemdm frobnicate' });
  assert.deepEqual(undefinedFlags(bogus), ['x.yml j "s": applemdm plan has no option --no-such-flag', 'x.yml j "s": applemdm has no command "frobnicate"']);
});

test('the GitHub workflows have the triggers and permissions their jobs need', () => {
  const [plan, apply, drift] = GITHUB_WORKFLOWS.map((f) => parse(fs.readFileSync(f, 'utf8')) as { on: Record<string, unknown>; permissions: Record<string, string> });
  assert.ok('pull_request' in plan.on);
  assert.deepEqual(plan.permissions, { contents: 'read', 'pull-requests': 'write' });
  assert.deepEqual((apply.on.push as { branches: string[] }).branches, ['main']);
  assert.equal(apply.permissions.actions, 'read', 'apply downloads the plan artifact of the pull request run');
  assert.ok('schedule' in drift.on);
  assert.equal(drift.permissions.issues, 'write');
  const gitlab = parse(fs.readFileSync(GITLAB_PIPELINE, 'utf8')) as Record<string, { stage?: string; artifacts?: { paths: string[] } }>;
  assert.deepEqual(['plan', 'apply', 'drift'].map((j) => gitlab[j]?.stage), ['plan', 'apply', 'drift']);
  assert.ok(gitlab.plan.artifacts?.paths.includes('plan.json'));
});

test('the GitHub workflows pass actionlint', (t) => {
  const install = spawnSync('bash', [path.join(__dirname, 'install-actionlint.sh')], { encoding: 'utf8', timeout: 10 * 60_000 });
  const binary = path.join(process.env.APPLEMDM_PEERS_BIN ?? path.join(ROOT, '.cache', 'peers', 'bin'), 'actionlint');
  if (install.status !== 0 || !fs.existsSync(binary)) {
    const why = `actionlint: ${install.status === 2 ? 'go is not installed' : `install-actionlint.sh failed: ${(install.stderr ?? '').trim().split('\n').pop()}`}`;
    if (process.env.APPLEMDM_REQUIRE_PEERS === '1') assert.fail(`APPLEMDM_REQUIRE_PEERS=1 but ${why}`);
    t.skip(why);
    return;
  }
  const lint = spawnSync(binary, ['-no-color', ...GITHUB_WORKFLOWS], { encoding: 'utf8' });
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  // actionlint can fail: a workflow with an undefined step output reference is reported.
  const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-actionlint-')), 'broken.yml');
  fs.writeFileSync(broken, fs.readFileSync(GITHUB_WORKFLOWS[1], 'utf8').replace('steps.reviewed.outputs.run', 'steps.nowhere.outputs.run'));
  const failing = spawnSync(binary, ['-no-color', broken], { encoding: 'utf8' });
  assert.notEqual(failing.status, 0);
  fs.rmSync(path.dirname(broken), { recursive: true, force: true });
});
