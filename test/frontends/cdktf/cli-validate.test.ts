import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { packageRoot } from '../../../provider/core/paths';

const ROOT = packageRoot();

function applemdm(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'provider', 'cli', 'run.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CHECKPOINT_DISABLE: '1' },
  });
}

test('applemdm validate examples/cdktf runs the cdktf app and exits 0', () => {
  const res = applemdm('validate', 'examples/cdktf');
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /Configuration is valid: 12 resources/);
});

test('applemdm validate on a synthesized stack with a foreign interpolation exits 1 naming the construct', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-cdktf-'));
  try {
    const file = path.join(dir, 'cdk.tf.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        provider: { applemdm: [{ stack: 'demo', identifier_prefix: 'com.example.mdm', targets: { ios: '17.0' } }] },
        resource: { applemdm_device_group: { phones: { '//': { metadata: { path: 'demo/phones' } }, description: '${var.text}' } } },
      }),
    );
    const res = applemdm('validate', file);
    assert.equal(res.status, 1, res.stdout);
    assert.match(res.stderr, /Unsupported Terraform expression/);
    assert.match(res.stderr, /demo\/phones/);
    assert.doesNotMatch(res.stderr, /\n\s+at .*\.ts:\d+/, 'no stack trace');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
