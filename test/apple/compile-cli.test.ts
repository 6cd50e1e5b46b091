import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../cli/_run-cli';
import * as plist from 'plist';

// End to end through the real CLI entry point (TypeScript sources, no build needed).
const ROOT = path.join(__dirname, '..', '..');
const QUICKSTART = path.join(ROOT, 'examples', 'quickstart');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'provider', 'cli', 'run.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same CLI in process, for the cheap paths (argument errors, listings): spawning costs a second each. */
/** The real CLI in this process (see test/cli/_run-cli.ts: it lets the test runner's own reports through). */
function runInProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runCli(args);
}

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-'));
}

function copyQuickstart(): string {
  const dir = path.join(tmp(), 'config');
  fs.cpSync(QUICKSTART, dir, { recursive: true });
  return dir;
}

interface ManifestEntry {
  address: string;
  kind: string;
  type: string;
  identifier: string;
  file: string;
  sha256: string;
}

test('compile writes one parseable file per artifact plus a manifest, and prints warnings', () => {
  const outA = path.join(tmp(), 'out');
  // every-app-setting carries the settings only InstallApplication can express, so DDM warnings are printed.
  const a = run(['compile', path.join(QUICKSTART, '..', 'every-app-setting'), '--out', outA, '--date', '2024-11-01']);
  assert.equal(a.code, 0, a.stderr);
  assert.match(a.stdout, /Compiled 16 artifacts \(1 profiles, 4 commands, 11 declarations\)/);
  assert.match(a.stderr, /Warning: Setting cannot be expressed by DDM app\.managed/);
  assert.doesNotMatch(a.stderr, /at .*\.ts:\d+/, 'no stack traces');

  const manifest = JSON.parse(fs.readFileSync(path.join(outA, 'manifest.json'), 'utf8')) as ManifestEntry[];
  assert.equal(manifest.length, 16);
  assert.deepEqual(manifest.map((e) => e.file), [...manifest.map((e) => e.file)].sort());
  for (const entry of manifest) {
    const bytes = fs.readFileSync(path.join(outA, entry.file));
    assert.equal(createHash('sha256').update(bytes).digest('hex'), entry.sha256, entry.file);
    if (entry.file.endsWith('.json')) assert.equal((JSON.parse(bytes.toString('utf8')) as { Identifier: string }).Identifier, entry.identifier);
    else assert.ok(plist.parse(bytes.toString('utf8')), entry.file);
  }
});

test('any error writes nothing and exits 1: a bad configuration, an expired target version, an unreadable catalog', async () => {
  const broken = copyQuickstart();
  fs.writeFileSync(path.join(broken, 'apps.yaml'), fs.readFileSync(path.join(broken, 'apps.yaml'), 'utf8').replace('license: device', 'license: borrowed'));
  const expired = copyQuickstart();
  fs.writeFileSync(
    path.join(expired, 'software-updates.yaml'),
    fs.readFileSync(path.join(expired, 'software-updates.yaml'), 'utf8').replace('target_os_version: "18.1"', 'target_os_version: "18.0.1"'),
  );
  const cases: { name: string; args: (out: string) => string[]; stderr: RegExp; spawn: boolean }[] = [
    { name: 'bad configuration', args: (out) => ['compile', broken, '--out', out], stderr: /Error: .*\n.*apps\.yaml:\d+:\d+/, spawn: true },
    { name: 'expired version', args: (out) => ['compile', expired, '--out', out, '--date', '2024-12-01'], stderr: /Target version not offered[\s\S]*expired on 2024-11-18/, spawn: true },
    { name: 'missing catalog', args: (out) => ['compile', QUICKSTART, '--out', out, '--catalog', path.join(tmp(), 'none.json')], stderr: /Cannot read the software catalog/, spawn: false },
    { name: 'bad date', args: (out) => ['compile', QUICKSTART, '--out', out, '--date', '2024-02-30'], stderr: /Invalid date/, spawn: false },
  ];
  for (const c of cases) {
    const out = path.join(tmp(), 'out');
    const r = c.spawn ? run(c.args(out)) : await runInProcess(c.args(out));
    assert.equal(r.code, 1, `${c.name}: ${r.stderr}`);
    assert.match(r.stderr, c.stderr, c.name);
    assert.equal(fs.existsSync(out), false, `${c.name}: nothing may be written`);
    assert.doesNotMatch(r.stderr, /applemdm bug/, c.name);
  }
});

test('recompiling into the same directory removes artifacts of deleted resources and nothing else', () => {
  const config = copyQuickstart();
  const out = path.join(tmp(), 'out');
  assert.equal(run(['compile', config, '--out', out, '--date', '2024-11-01']).code, 0);
  const before = (JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as ManifestEntry[]).length;
  fs.writeFileSync(path.join(out, 'NOTES.txt'), 'mine');
  fs.rmSync(path.join(config, 'restrictions.yaml'));
  const r = run(['compile', config, '--out', out, '--date', '2024-11-01']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(fs.existsSync(path.join(out, 'profiles', 'com.example.mdm.quickstart.restrictions.baseline.mobileconfig')), false);
  assert.equal(fs.existsSync(path.join(out, 'declarations', 'com.example.mdm.quickstart.restrictions.baseline.json')), false);
  assert.equal(fs.readFileSync(path.join(out, 'NOTES.txt'), 'utf8'), 'mine');
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')) as ManifestEntry[];
  assert.equal(manifest.length, before - 2, 'the profile and its legacy declaration are gone');
});

test('updates lists offered versions with dates and device counts, as text or JSON', async () => {
  const catalog = path.join(QUICKSTART, 'gdmf-catalog.json');
  const text = await runInProcess(['updates', '--catalog', catalog, '--platform', 'iOS', '--date', '2024-12-01']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /iOS — offered on 2024-12-01/);
  assert.match(text.stdout, /18\.1\s+22B83\s+2024-10-28\s+-\s+7\s/);
  assert.doesNotMatch(text.stdout, /18\.0\.1/, 'expired on 2024-11-18');

  const json = run(['updates', '--catalog', catalog, '--date', '2024-11-01', '--format', 'json', '--all']);
  assert.equal(json.code, 0, json.stderr);
  const parsed = JSON.parse(json.stdout) as { date: string; platforms: string[]; releases: { platform: string; version: string; status: string; expirationDate: string | null; supportedDevices: number }[] };
  assert.equal(parsed.date, '2024-11-01');
  assert.deepEqual(parsed.platforms, ['iOS', 'macOS']);
  const r1801 = parsed.releases.find((r) => r.version === '18.0.1');
  assert.deepEqual(r1801 && { status: r1801.status, expirationDate: r1801.expirationDate, supportedDevices: r1801.supportedDevices }, { status: 'offered', expirationDate: '2024-11-18', supportedDevices: 4 });

  const bad = await runInProcess(['updates', '--catalog', catalog, '--platform', 'Android']);
  assert.equal(bad.code, 1);
  assert.match(bad.stderr, /Unknown platform/);
});
