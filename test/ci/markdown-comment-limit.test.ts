import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server/index';
import { STACK } from '../engine/support/harness';
import { runCli } from '../cli/_run-cli';

/**
 * The PR comment stays within GitHub's 65,536-character limit on a real 5,000-resource configuration planned through
 * the CLI: counts, the high-risk items, as many details as fit, and a pointer to the plan artifact for the rest.
 */
const GITHUB_COMMENT_LIMIT = 65_536;
const GROUPS = 50;
const APPS = 100;
const ASSIGNMENTS = 5000 - GROUPS - APPS;
const STALE = 30;

function writeConfig(dir: string): void {
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK.replace('stack: demo', 'stack: big'));
  const groups = Array.from({ length: GROUPS }, (_, g) => `  g${g}: {}`).join('\n');
  const apps = Array.from({ length: APPS }, (_, a) => `  app${a}:\n    bundle_id: com.example.app${a}\n    adam_id: "${100000 + a}"\n    license: device\n    platforms: [iOS]`).join('\n');
  fs.writeFileSync(path.join(dir, 'groups.yaml'), `device_groups:\n${groups}\n`);
  fs.writeFileSync(path.join(dir, 'apps.yaml'), `apps:\n${apps}\n`);
  const lines: string[] = [];
  for (let i = 0; i < ASSIGNMENTS; i++) {
    lines.push(`  a${i}:\n    app: app${i % APPS}\n    intent: available\n    scope: { groups: [g${Math.floor(i / APPS)}] }`);
  }
  fs.writeFileSync(path.join(dir, 'assignments.yaml'), `app_assignments:\n${lines.join('\n')}\n`);
}

test('plan --format markdown of 5,000 resources fits one GitHub comment, with counts, high-risk items and the artifact pointer', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-md-limit-'));
  try {
    writeConfig(dir);
    // Owned objects the configuration no longer declares: with --prune they are high-risk deletions.
    const server = await startEmbeddedServer({ dataDir: path.join(dir, '.applemdm'), port: 0 });
    const backend = await openKmfddmBackend({ url: server.url, env: {} });
    for (let i = 0; i < STALE; i++) {
      await backend.putDeclaration({ Type: 'com.apple.configuration.app.managed', Identifier: `com.example.mdm.big.app-assignment.old-${i}`, Payload: { AppStoreID: String(900 + i), InstallBehavior: { Install: 'Optional', License: { Assignment: 'Device' } } } });
    }
    backend.close();
    await server.close();

    const r = await runCli(['plan', dir, '--format', 'markdown', '--prune', '--out', path.join(dir, 'plan.json')]);
    assert.equal(r.code, 0, r.stderr.slice(0, 2000));
    const md = r.stdout;
    assert.ok(md.length <= GITHUB_COMMENT_LIMIT, `comment is ${md.length} characters`);
    // Every assignment is created, each group that delivers one gets its activation, and each app its record.
    const created = ASSIGNMENTS + Math.ceil(ASSIGNMENTS / APPS) + APPS;
    const has = (re: RegExp, what: string) => assert.ok(re.test(md), `${what}: ${re} not in the comment's first lines:\n${md.slice(0, 400)}`);
    has(new RegExp(`\\| ${created} \\| 0 \\| 0 \\| ${STALE} \\| 0 \\|`), 'counts');
    has(new RegExp(`#### ⚠️ High risk \\(${STALE}\\)`), 'high-risk section');
    has(/`applemdm_app_assignment\.old_0`/, 'a high-risk item');
    has(/resource detail section\(s\) omitted to fit the comment limit\. The full plan is in `.*plan\.json`/, 'artifact pointer');
    const plan = JSON.parse(fs.readFileSync(path.join(dir, 'plan.json'), 'utf8')) as { summary: { create: number; delete: number } };
    assert.deepEqual([plan.summary.create, plan.summary.delete], [created, STALE], 'the artifact holds every change');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
