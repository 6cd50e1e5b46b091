import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DirectoryAssetStore } from '../../provider/backends/kmfddm/assets';
import { ConfinedPathError } from '../../provider/core/confined-file';

/**
 * The published assets directory may sit in a checkout a pull request controls: an entry under an asset's name that
 * is a link out, a named pipe or a device must be refused (not read for ever, not a crash, never printed), and a link
 * planted under the temporary name must not be written through.
 */
const NAME = 'com.example.mdm.demo.restrictions.baseline.mobileconfig';

function store(): { dir: string; outside: string; assets: DirectoryAssetStore } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-assets-'));
  const dir = path.join(base, 'published');
  const outside = path.join(base, 'outside');
  fs.mkdirSync(dir);
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outside, 'secret'), 'CANARY');
  return { dir, outside, assets: new DirectoryAssetStore(dir, 'https://mdm.example.com/p') };
}

test('an asset entry that is not a regular file inside the directory is refused by get, list and put', async () => {
  const planted: [string, (file: string, outside: string) => void, RegExp][] = [
    ['a named pipe', (f) => void execFileSync('mkfifo', [f]), /named pipe/],
    ['a link to /dev/zero', (f) => fs.symlinkSync('/dev/zero', f), /outside/],
    ['a link to /proc/self/mem', (f) => fs.symlinkSync('/proc/self/mem', f), /outside/],
    ['a link to a file outside', (f, outside) => fs.symlinkSync(path.join(outside, 'secret'), f), /outside/],
  ];
  for (const [what, plant, message] of planted) {
    const { dir, outside, assets } = store();
    plant(path.join(dir, NAME), outside);
    for (const [op, run] of [['get', () => assets.get(NAME)], ['list', () => assets.list('com.example')], ['put', () => assets.put(NAME, Buffer.from('new'), 'application/x-apple-aspen-config')]] as const) {
      await assert.rejects(run, (err: unknown) => {
        assert.ok(err instanceof ConfinedPathError, `${what}: ${op} throws ConfinedPathError, got ${String(err)}`);
        assert.match(err.diagnostic.detail, message, `${what}: ${op}`);
        assert.doesNotMatch(err.message, /CANARY/);
        return true;
      });
    }
    assert.equal(fs.readFileSync(path.join(outside, 'secret'), 'utf8'), 'CANARY', `${what}: nothing outside changed`);
  }
});

test('a link planted under the temporary name is replaced, not written through', async () => {
  const { dir, outside, assets } = store();
  fs.symlinkSync(path.join(outside, 'secret'), path.join(dir, `.${NAME}.${process.pid}.tmp`));
  const ref = await assets.put(NAME, Buffer.from('profile'), 'application/x-apple-aspen-config');
  assert.equal(ref.result, 'changed');
  assert.equal(fs.readFileSync(path.join(outside, 'secret'), 'utf8'), 'CANARY');
  assert.equal(fs.readFileSync(path.join(dir, NAME), 'utf8'), 'profile');
  assert.deepEqual(await assets.get(NAME), Buffer.from('profile'));
});
