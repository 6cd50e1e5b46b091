import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { currentPlatform, wrapperScript, writeProviderMirror } from '../../provider/terraform/package-mirror';
import { REPO } from './support/plugin-process';

/** The filesystem mirror for `terraform init -plugin-dir` (the engines' use of it is in e2e-*.test.ts). */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-plugin-package-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Reads a zip's central directory: entry names and unix modes (no unzip binary needed). */
function zipEntries(file: string): { name: string; mode: number; size: number }[] {
  const buf = fs.readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out: { name: string; mode: number; size: number }[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(at), 0x02014b50);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const mode = buf.readUInt32LE(at + 38) >>> 16;
    out.push({ name: buf.subarray(at + 46, at + 46 + nameLength).toString(), mode, size });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

describe('provider filesystem mirror', () => {
  it('writes the packed layout with one executable, byte-stable', async () => {
    const options = { outDir: path.join(tmp, 'm1'), providerAddress: 'registry.terraform.io/applemdm/applemdm', version: '0.1.0', command: ['/usr/bin/node', '/opt/x/bin/p'], platform: 'linux_amd64' };
    const result = await writeProviderMirror(options);
    assert.equal(path.relative(tmp, result.zipPath), 'm1/registry.terraform.io/applemdm/applemdm/terraform-provider-applemdm_0.1.0_linux_amd64.zip');
    const entries = zipEntries(result.zipPath);
    assert.deepEqual(entries.map((e) => [e.name, (e.mode & 0o777).toString(8), e.mode & 0o170000]), [['terraform-provider-applemdm_v0.1.0', '755', 0o100000]]);
    const again = await writeProviderMirror({ ...options, outDir: path.join(tmp, 'm2') });
    assert.ok(fs.readFileSync(result.zipPath).equals(fs.readFileSync(again.zipPath)), 'same inputs, same bytes (same lock-file hash)');
  });

  it('wraps the command in a POSIX shell script that passes arguments through and quotes safely', () => {
    const script = wrapperScript({ providerAddress: 'registry.terraform.io/a/b', version: '1.0.0', command: ['/n o/node', "/it's/bin"], env: { STORE: '/tmp/s' } });
    assert.match(script, /^#!\/bin\/sh\n/);
    assert.match(script, /^export STORE='\/tmp\/s'$/m);
    assert.match(script, /^exec '\/n o\/node' '\/it'\\''s\/bin' "\$@"$/m);
    const run = spawnSync('sh', ['-c', `${script.split('\n').filter((l) => !l.startsWith('exec')).join('\n')}\nprintf %s "$STORE"`], { encoding: 'utf8' });
    assert.equal(run.stdout, '/tmp/s');
    assert.throws(() => wrapperScript({ providerAddress: 'a/b/c', version: '1', command: ['x'], env: { 'BAD NAME': 'x' } }), /invalid environment variable/);
  });

  it('names this machine\'s platform as Terraform does, and refuses a malformed address', async () => {
    assert.match(currentPlatform(), /^(linux|darwin|windows|freebsd)_(amd64|arm64|386|arm)$/);
    await assert.rejects(writeProviderMirror({ outDir: tmp, providerAddress: 'applemdm/applemdm', version: '1', command: ['x'] }), /hostname\/namespace\/type/);
  });

  it('npm run package:provider writes the mirror pointing at this checkout\'s launcher', () => {
    const out = path.join(tmp, 'script');
    const run = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), path.join(REPO, 'scripts', 'package-provider.ts'), '--out', out], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /terraform init -plugin-dir/);
    const dir = path.join(out, 'registry.terraform.io', 'applemdm', 'applemdm');
    const [zip] = fs.readdirSync(dir);
    assert.match(zip ?? '', /^terraform-provider-applemdm_\d+\.\d+\.\d+_[a-z]+_[a-z0-9]+\.zip$/);
    const unzip = spawnSync('unzip', ['-p', path.join(dir, zip as string)], { encoding: 'utf8' });
    if (unzip.status === 0) assert.match(unzip.stdout, new RegExp(`exec '${process.execPath.replace(/[/.]/g, '\\$&')}' '${path.join(REPO, 'bin', 'terraform-provider-applemdm').replace(/[/.-]/g, '\\$&')}' "\\$@"`));
  });
});
