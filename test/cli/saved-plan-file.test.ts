import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './_run-cli';

/**
 * A saved plan file is read like any file a run names: a parse error gives a position, never the file's text (in CI the
 * output lands in a pull-request comment, so a "plan" that is really a copy of a secret file must not be echoed).
 */
const CANARY = 'root:x:0:0:canary-9f3kq:/root:/bin/bash';

test('a saved plan that is not JSON is refused by position, without echoing its text', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-saved-plan-file-'));
  try {
    const file = path.join(dir, 'plan.json');
    for (const body of [CANARY, `{"formatVersion": 1, "stack": "${CANARY}"`, `[${JSON.stringify(CANARY)}, ]`]) {
      fs.writeFileSync(file, body);
      const run = await runCli(['apply', file, '--auto-approve']);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /Unreadable plan/);
      assert.match(run.stderr, /line 1, column \d+|ends before/);
      for (const piece of ['canary-9f3kq', 'root:x:0', '/bin/bash']) assert.ok(!run.stderr.includes(piece) && !run.stdout.includes(piece), `the file text (${piece}) is not echoed`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
