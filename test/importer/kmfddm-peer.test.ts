import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { requirePeer, startKmfddm } from '../peers/peers';
import { runCli } from '../cli/_run-cli';
import { assertPlansOnlyAppRecords, HAND_BUILT, HAND_BUILT_APP_RECORDS, populateByHand, serverState, stateChanges } from './support/hand-built';

/**
 * The round-trip guarantee on real KMFDDM (pinned, from the Go module proxy), populated by hand through its API:
 * import → plan "No changes" → apply writes nothing. KMFDDM cannot list enrollments, so static members are not
 * imported (the group then leaves membership alone, which is also no change).
 */
const skip = requirePeer('kmfddm').skip;

test('import of a hand-built real KMFDDM: the first apply adds only the app records it lacks', { skip }, async () => {
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

    // KMFDDM holds no app records: the first apply adds them and writes nothing else.
    const plan = await runCli(['plan', out, '--detailed-exitcode']);
    assertPlansOnlyAppRecords(plan.code, plan.stdout, plan.stderr);
    const apply = await runCli(['apply', out, '--auto-approve']);
    assert.equal(apply.code, 0, apply.stderr);
    const changes = stateChanges(before, await serverState(kmfddm.url, kmfddm.apiKey));
    assert.deepEqual({ added: changes.added.map((l) => l.split(' ')[0]), removed: changes.removed }, { added: HAND_BUILT_APP_RECORDS, removed: [] }, 'only the app records were written to KMFDDM');
    const again = await runCli(['plan', out, '--detailed-exitcode']);
    assert.equal(again.code, 0, again.stdout + again.stderr);
  } finally {
    if (saved === undefined) delete process.env.APPLEMDM_API_KEY;
    else process.env.APPLEMDM_API_KEY = saved;
    await kmfddm.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
