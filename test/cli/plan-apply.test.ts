import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { baseConfig, STACK } from '../engine/support/harness';

const ROOT = path.join(__dirname, '..', '..');
/** tsx by absolute URL: the CLI runs with the configuration directory as its working directory. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'provider/cli/run.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: undefined },
    input: '',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function configDir(resources: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-'));
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), resources);
  return dir;
}

test('plan → apply → plan on the embedded default, with detailed exit codes', () => {
  const dir = configDir(baseConfig());
  try {
    const p1 = cli(['plan', '.', '--detailed-exitcode'], dir);
    assert.equal(p1.code, 2, p1.stderr);
    assert.match(p1.stdout, /\+ applemdm_restrictions\.baseline/);
    assert.match(p1.stdout, /Plan: 5 to create, 0 to update, 0 to replace, 0 to delete\./);

    const refused = cli(['apply', '.'], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Confirmation needed/);
    assert.doesNotMatch(refused.stderr, /\n\s+at .+\.(js|ts):\d+:\d+/, "no stack trace");

    const applied = cli(['apply', '.', '--auto-approve'], dir);
    assert.equal(applied.code, 0, applied.stderr);
    assert.match(applied.stdout, /Apply complete: 5 created, 0 updated, 0 replaced, 0 deleted, 0 failed\./);

    const p2 = cli(['plan', '.', '--detailed-exitcode'], dir);
    assert.equal(p2.code, 0, p2.stderr);
    assert.match(p2.stdout, /No changes\. The server matches the configuration\./);
    assert.ok(fs.existsSync(path.join(dir, '.applemdm')), 'embedded data lives beside the configuration');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a saved plan applies once; when the configuration or server changed it is refused and nothing is written', () => {
  const dir = configDir(baseConfig());
  try {
    assert.equal(cli(['apply', '.', '--auto-approve'], dir).code, 0);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig({ cloudBackup: true }));
    const saved = cli(['plan', '.', '--out', 'plan.json', '--format', 'json'], dir);
    assert.equal(saved.code, 0, saved.stderr);
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8'));
    assert.equal(plan.summary.update, 1);

    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig({ cloudBackup: true, preventBackup: false }));
    const changedConfig = cli(['apply', 'plan.json'], dir);
    assert.equal(changedConfig.code, 1);
    assert.match(changedConfig.stderr, /Configuration changed since the plan/);

    fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig({ cloudBackup: true }));
    const ok = cli(['apply', 'plan.json'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /1 updated/);

    const again = cli(['apply', 'plan.json'], dir);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Server changed since the plan/);
    assert.match(cli(['plan', '.'], dir).stdout, /No changes/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an invalid configuration exits 1 with diagnostics, touches no server and writes nothing', () => {
  const dir = configDir(baseConfig().replace('combined_days: 14', 'combined_days: 91'));
  try {
    const r = cli(['plan', '.', '--out', 'plan.json'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /resources\.yaml:\d+:\d+/);
    assert.doesNotMatch(r.stderr, /\n\s+at .+\.(js|ts):\d+:\d+/);
    assert.equal(fs.existsSync(path.join(dir, 'plan.json')), false);
    assert.equal(fs.existsSync(path.join(dir, '.applemdm')), false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreachable server is a diagnostic with exit 1, not a bug report', () => {
  const dir = configDir(baseConfig());
  try {
    const r = cli(['plan', '.', '--server', 'http://127.0.0.1:1'], dir);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Error: Server unreachable/);
    assert.doesNotMatch(r.stderr, /applemdm bug/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
