import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ANYWHERE, checkConfinedFile, readConfinedFile, resolveConfinedDir } from '../../provider/core/confined-file';

const CANARY = 'CANARY-outside-the-root-7f3a';
const made: string[] = [];
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

/** A root with one good file, and beside it (outside the root) a canary file and directory. */
function layout(): { root: string; outside: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'confined-'));
  made.push(base);
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(root, 'good.json'), '{"ok":true}');
  fs.writeFileSync(path.join(root, 'sub', 'deep.json'), '{}');
  fs.writeFileSync(path.join(outside, 'secret.txt'), CANARY);
  return { root, outside };
}

const OPTS = { what: 'catalog', maxBytes: 1024 };

test('a regular file inside the root is read, through a relative path, an absolute path or a link that stays inside', () => {
  const { root } = layout();
  fs.symlinkSync('sub/deep.json', path.join(root, 'inside-link'));
  for (const name of ['good.json', path.join(root, 'good.json'), 'sub/../good.json', 'inside-link']) {
    const r = readConfinedFile(root, name, OPTS);
    assert.ok(r.ok, name);
    assert.ok(r.bytes.length > 0);
  }
});

/** Every way out of the root, or into something that is not a bounded regular file; each one diagnostic, no bytes. */
test('hostile paths give a diagnostic with the setting, the path and a code, never the content', () => {
  const { root, outside } = layout();
  fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link-out'));
  fs.symlinkSync('link-out', path.join(root, 'chain'));
  fs.symlinkSync(outside, path.join(root, 'dir-out'));
  fs.symlinkSync('nowhere', path.join(root, 'dangling'));
  fs.symlinkSync('loop-b', path.join(root, 'loop-a'));
  fs.symlinkSync('loop-a', path.join(root, 'loop-b'));
  fs.symlinkSync('/proc/self/mem', path.join(root, 'mem'));
  execFileSync('mkfifo', [path.join(root, 'fifo')]);
  fs.writeFileSync(path.join(root, 'huge'), '');
  fs.truncateSync(path.join(root, 'huge'), 10 * 1024 * 1024 * 1024);
  const cases: [string, string][] = [
    [path.join(outside, 'secret.txt'), 'path-outside-root'],
    ['../outside/secret.txt', 'path-outside-root'],
    ['/etc/passwd', 'path-outside-root'],
    ['/proc/self/environ', 'path-outside-root'],
    ['/dev/zero', 'path-outside-root'],
    ['link-out', 'path-outside-root'],
    ['chain', 'path-outside-root'],
    ['dir-out/secret.txt', 'path-outside-root'],
    ['mem', 'path-outside-root'],
    ['dangling', 'dangling-link'],
    ['loop-a', 'link-loop'],
    ['missing.json', 'not-found'],
    ['fifo', 'not-a-file'],
    ['sub', 'not-a-file'],
    ['huge', 'file-too-large'],
  ];
  for (const [name, code] of cases) {
    const r = readConfinedFile(root, name, { ...OPTS, path: ['catalog'] });
    assert.equal(r.ok, false, name);
    if (r.ok) continue;
    assert.equal(r.diagnostic.code, code, `${name}: ${r.diagnostic.detail}`);
    assert.match(r.diagnostic.detail, /^catalog "/, name);
    assert.ok(!r.diagnostic.detail.includes(CANARY) && !r.diagnostic.detail.includes('root:x'), name);
    assert.deepEqual(r.diagnostic.path, ['catalog']);
  }
});

test('a file over maxBytes is refused, by its size, before it is read', () => {
  const { root } = layout();
  fs.writeFileSync(path.join(root, 'big.json'), 'x'.repeat(2000));
  const r = readConfinedFile(root, 'big.json', OPTS);
  assert.ok(!r.ok && r.diagnostic.code === 'file-too-large');
});

test('an allowed directory (or ANYWHERE, for a path the operator typed) admits files outside the root; kind checks remain', () => {
  const { root, outside } = layout();
  assert.ok(readConfinedFile(root, path.join(outside, 'secret.txt'), { ...OPTS, allowedDirs: [outside] }).ok);
  assert.ok(readConfinedFile(root, path.join(outside, 'secret.txt'), { ...OPTS, allowedDirs: [...ANYWHERE] }).ok);
  const dev = readConfinedFile(root, '/dev/zero', { ...OPTS, allowedDirs: [...ANYWHERE] });
  assert.ok(!dev.ok && dev.diagnostic.code === 'not-a-file');
});

test('a control character in a path is shown escaped', () => {
  const { root } = layout();
  const r = readConfinedFile(root, 'a\u001b[31mb', OPTS);
  assert.ok(!r.ok);
  assert.ok(!r.diagnostic.detail.includes('\u001b'));
  assert.match(r.diagnostic.detail, /\\u\{1b\}/);
});

test('a directory to create resolves through its nearest existing ancestor and must stay inside', () => {
  const { root, outside } = layout();
  fs.symlinkSync(outside, path.join(root, 'dir-out'));
  fs.symlinkSync(path.join(outside, 'not-yet'), path.join(root, 'dangling-dir'));
  const realRoot = fs.realpathSync(root);
  const fresh = resolveConfinedDir(root, 'out/assets', { what: 'assets.dir' });
  assert.deepEqual(fresh, { ok: true, realPath: path.join(realRoot, 'out', 'assets'), exists: false });
  assert.deepEqual(resolveConfinedDir(root, 'sub', { what: 'assets.dir' }), { ok: true, realPath: path.join(realRoot, 'sub'), exists: true });
  const bad: [string, string][] = [
    ['../outside', 'path-outside-root'],
    ['/tmp', 'path-outside-root'],
    ['dir-out/assets', 'path-outside-root'],
    ['dangling-dir', 'dangling-link'],
    ['dangling-dir/deeper', 'dangling-link'],
    ['good.json', 'not-a-directory'],
    ['good.json/x', 'not-a-directory'],
  ];
  for (const [dir, code] of bad) {
    const r = resolveConfinedDir(root, dir, { what: 'assets.dir' });
    assert.ok(!r.ok, dir);
    assert.equal(r.diagnostic.code, code, `${dir}: ${r.diagnostic.detail}`);
  }
  assert.ok(!fs.existsSync(path.join(outside, 'not-yet')));
  assert.ok(resolveConfinedDir(root, '../outside', { what: 'assets.dir', allowedDirs: [outside] }).ok);
});

test('an allowed directory that does not exist yet admits the directory it will be', () => {
  const { root, outside } = layout();
  const future = path.join(outside, 'published', 'profiles');
  const r = resolveConfinedDir(root, future, { what: 'assets.dir', allowedDirs: [path.join(outside, 'published')] });
  assert.deepEqual(r, { ok: true, realPath: path.join(fs.realpathSync(outside), 'published', 'profiles'), exists: false });
  assert.ok(!resolveConfinedDir(root, path.join(outside, 'elsewhere'), { what: 'assets.dir', allowedDirs: [path.join(outside, 'published')] }).ok);
});

test('checkConfinedFile applies every check without reading', () => {
  const { root } = layout();
  assert.ok(checkConfinedFile(root, 'good.json', OPTS).ok);
  const r = checkConfinedFile(root, '/etc/passwd', OPTS);
  assert.ok(!r.ok && r.diagnostic.code === 'path-outside-root');
});
