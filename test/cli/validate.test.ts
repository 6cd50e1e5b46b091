import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic } from '../../provider/core/diagnostics';
import { MAX_FILE_BYTES } from '../../provider/frontends/yaml/limits';
import { runCli } from './_run-cli';

const root = path.join(__dirname, '..', '..');
const fixturesDir = path.join(root, 'test', 'fixtures', 'invalid');

interface Expected {
  description: string;
  diagnostics: { severity: 'error' | 'warning'; code: string; summary: string; file: string; line?: number }[];
  generate?: { kind: 'huge' | 'deep-block'; file: string };
}

/** Copies a fixture into a temp dir (tests never write into the repo) and adds any file it generates at test time. */
function prepare(name: string, expected: Expected): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `applemdm-invalid-${name}-`));
  for (const f of fs.readdirSync(path.join(fixturesDir, name))) {
    if (f !== 'expected.json') fs.copyFileSync(path.join(fixturesDir, name, f), path.join(dir, f));
  }
  const g = expected.generate;
  if (g?.kind === 'huge') {
    const line = `# ${'x'.repeat(1000)}\n`;
    fs.writeFileSync(path.join(dir, g.file), 'device_groups:\n' + line.repeat(Math.ceil((MAX_FILE_BYTES + 1024) / line.length)));
  } else if (g?.kind === 'deep-block') {
    let text = 'device_groups:\n  g:\n';
    for (let i = 0; i < 200; i++) text += `${'  '.repeat(i + 2)}k${i}:\n`;
    fs.writeFileSync(path.join(dir, g.file), text + `${'  '.repeat(202)}leaf: 1\n`);
  }
  return dir;
}

/** Names, sizes and mtimes of everything under a directory: validate must change none of it. */
function snapshot(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: false })
    .map(String)
    .sort()
    .map((f) => {
      const s = fs.statSync(path.join(dir, f));
      return `${f} ${s.size} ${s.mtimeMs}`;
    });
}

const fixtures = fs.readdirSync(fixturesDir).sort();

test('there are at least 45 invalid fixtures, each with expectations', () => {
  assert.ok(fixtures.length >= 45, `${fixtures.length} fixtures`);
  for (const name of fixtures) {
    const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as Expected;
    assert.ok(expected.diagnostics.some((d) => d.severity === 'error'), `${name} expects an error`);
  }
});

for (const name of fixtures) {
  const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, name, 'expected.json'), 'utf8')) as Expected;
  test(`invalid fixture ${name}: ${expected.description}`, async () => {
    const dir = prepare(name, expected);
    try {
      const before = snapshot(dir);
      const text = await runCli(['validate', dir]);
      assert.equal(text.code, 1, `exit code; stderr:\n${text.stderr}`);
      assert.equal(text.stdout, '', 'nothing on stdout when invalid');
      assert.doesNotMatch(text.stderr, /\n\s+at .+\(.+:\d+:\d+\)|applemdm bug|TypeError|ReferenceError/, 'no stack trace or bug report');
      const json = await runCli(['validate', dir, '--format', 'json']);
      assert.equal(json.code, 1);
      const report = JSON.parse(json.stdout) as { valid: boolean; diagnostics: Diagnostic[] };
      assert.equal(report.valid, false);
      for (const e of expected.diagnostics) {
        const file = path.join(dir, e.file);
        const match = report.diagnostics.find(
          (d) =>
            d.severity === e.severity &&
            d.code === e.code &&
            d.source.kind === 'file' &&
            d.source.file === file &&
            (e.line === undefined || d.source.line === e.line),
        );
        assert.ok(match, `expected ${e.severity} ${e.code} at ${e.file}:${e.line ?? '*'}; got:\n${JSON.stringify(report.diagnostics, null, 1)}`);
        assert.ok(match.summary.includes(e.summary), `summary "${match.summary}" contains "${e.summary}"`);
        assert.ok(match.source.kind === 'file' && match.source.line > 0 && match.source.col > 0);
        const where = `${file}:${match.source.line}:${match.source.col}`;
        assert.ok(text.stderr.includes(`${match.summary}`) && text.stderr.includes(`at ${where}\n`), `text output shows ${match.summary} at ${where}`);
      }
      assert.deepEqual(snapshot(dir), before, 'validate writes nothing');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('the quickstart validates with exit 0 and a summary line', async () => {
  const run = await runCli(['validate', path.join(root, 'examples', 'quickstart')]);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^Configuration is valid: 12 resources \(\d+ warnings?\)\n$/);
});

test('validate --format json reports the quickstart as valid data', async () => {
  const run = await runCli(['validate', 'examples/quickstart', '--format', 'json']);
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as { valid: boolean; resources: number; errors: number };
  assert.deepEqual([report.valid, report.resources, report.errors], [true, 12, 0]);
});

// One real process (start-up costs seconds, so only one): exit status and stderr as a shell sees them.
test('the spawned CLI exits 1 on a bad fixture, with a position and no stack trace', () => {
  const fixture = path.join('test', 'fixtures', 'invalid', fixtures.find((f) => f.endsWith('deferral-91'))!);
  const bad = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'provider', 'cli', 'run.ts'), 'validate', fixture], { cwd: root, encoding: 'utf8' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /Error: Value out of range \[applemdm_software_update\.u\.deferrals\.major_days\]\n  at test\/fixtures\/invalid\/.*updates\.yaml:9:7\n/);
  assert.doesNotMatch(bad.stderr, /\n\s+at .+\(.+:\d+:\d+\)/);
});
