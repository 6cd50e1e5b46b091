import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { requirePeer, startKmfddm } from '../peers/peers';
import { runCli } from '../cli/_run-cli';
import { HAND_BUILT, populateByHand, serverState } from './support/hand-built';

/**
 * The round-trip guarantee on real KMFDDM (pinned, from the Go module proxy), populated by hand through its API:
 * import → plan "No changes" → apply writes nothing. KMFDDM cannot list enrollments, so static members are not
 * imported (the group then leaves membership alone, which is also no change).
 */
const skip = requirePeer('kmfddm').skip;

test('import of a hand-built real KMFDDM plans as no change and applies nothing', { skip }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-import-kmfddm-'));
  const kmfddm = await startKmfddm({ dataDir: dir });
  const saved = process.env.APPLEMDM_API_KEY;
  process.env.APPLEMDM_API_KEY = kmfddm.apiKey;
  try {
    await populateByHand(kmfddm.url, kmfddm.apiKey);
    const before = await serverState(kmfddm.url, kmfddm.apiKey);
    const out = path.join(dir, 'imported');
    const imported = await runCli(['import', '--server', kmfddm.url, '--out', out, '--stack', 'acme', '--identifier-prefix', 'com.acme.mdm']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, new RegExp(`declaration:${HAND_BUILT.passcode}: no applemdm resource compiles to`));
    const groups = parse(fs.readFileSync(path.join(out, 'device-groups.yaml'), 'utf8')).device_groups;
    assert.deepEqual(groups.acme_phones, { identifier: HAND_BUILT.phonesSet, adopt: true, activation_identifier: HAND_BUILT.activation });
    const assignments = parse(fs.readFileSync(path.join(out, 'app-assignments.yaml'), 'utf8')).app_assignments;
    assert.deepEqual(Object.keys(assignments).sort(), ['fieldtool', 'slack']);

    const plan = await runCli(['plan', out, '--detailed-exitcode']);
    assert.equal(plan.code, 0, plan.stdout + plan.stderr);
    assert.match(plan.stdout, /No changes\./);
    const apply = await runCli(['apply', out, '--auto-approve']);
    assert.equal(apply.code, 0, apply.stderr);
    assert.equal(await serverState(kmfddm.url, kmfddm.apiKey), before, 'nothing was written to KMFDDM');
  } finally {
    if (saved === undefined) delete process.env.APPLEMDM_API_KEY;
    else process.env.APPLEMDM_API_KEY = saved;
    await kmfddm.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
