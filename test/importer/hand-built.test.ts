import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { startEmbeddedServer } from '../../provider/server/index';
import { runCli } from '../cli/_run-cli';
import { assertPlansOnlyAppRecords, HAND_BUILT, HAND_BUILT_APP_RECORDS, populateByHand, serverState, stateChanges } from './support/hand-built';

/**
 * Import of a server populated by hand through the KMFDDM API (the embedded server here; real KMFDDM in
 * kmfddm-peer.test.ts): every object another tool created is adopted explicitly, what applemdm cannot express is left
 * alone with a reason, and the imported configuration plans as no change and applies as nothing.
 */
const API_KEY = 'hand-built-key';

async function withServer(fn: (url: string, dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-import-hand-'));
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, apiKey: API_KEY });
  const saved = process.env.APPLEMDM_API_KEY;
  process.env.APPLEMDM_API_KEY = API_KEY;
  try {
    await fn(server.url, dir);
  } finally {
    if (saved === undefined) delete process.env.APPLEMDM_API_KEY;
    else process.env.APPLEMDM_API_KEY = saved;
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('a hand-built server imports with adopt: true on every foreign object; the first apply adds only the app records it lacks', async () => {
  await withServer(async (url, dir) => {
    await populateByHand(url, API_KEY);
    const before = await serverState(url, API_KEY);
    const out = path.join(dir, 'imported');
    const imported = await runCli(['import', '--server', url, '--out', out, '--stack', 'acme', '--identifier-prefix', 'com.acme.mdm']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /Round trip verified/);
    assert.match(imported.stdout, new RegExp(`declaration:${HAND_BUILT.passcode}: no applemdm resource compiles to com.apple.configuration.passcode.settings`));
    assert.match(imported.stdout, new RegExp(`set:${HAND_BUILT.kioskSet}: its set also delivers ${HAND_BUILT.passcode}, which applemdm cannot import`));

    const groups = parse(fs.readFileSync(path.join(out, 'device-groups.yaml'), 'utf8')).device_groups;
    assert.deepEqual(groups, {
      acme_phones: { identifier: HAND_BUILT.phonesSet, adopt: true, activation_identifier: HAND_BUILT.activation, members: { enrollment_ids: [HAND_BUILT.enrollment] } },
    });
    const assignments = parse(fs.readFileSync(path.join(out, 'app-assignments.yaml'), 'utf8')).app_assignments;
    assert.deepEqual(assignments.slack, {
      identifier: HAND_BUILT.app,
      adopt: true,
      app: 'slack',
      intent: 'required',
      scope: { groups: ['acme_phones'] },
      settings: { prevent_backup: true, associated_domains: ['applinks:slack.com'] },
    });
    const updates = parse(fs.readFileSync(path.join(out, 'software-updates.yaml'), 'utf8')).software_updates;
    assert.deepEqual(updates.swupdate, {
      identifier: HAND_BUILT.softwareUpdate,
      adopt: true,
      platform: 'iOS',
      scope: { groups: ['acme_phones'] },
      deferrals: { combined_days: 30 },
      enforcement: { target_os_version: '18.1', target_local_datetime: '2027-03-01T20:00:00' },
      notifications: false,
    });
    assert.match(fs.readFileSync(path.join(out, 'apps.yaml'), 'utf8'), /# review: not stored on the server/);

    // The server holds no app records (another tool filled it): the first apply adds them and writes nothing else.
    assert.match(imported.stdout, /except the record of 2 app\(s\)/);
    const plan = await runCli(['plan', out, '--detailed-exitcode']);
    assertPlansOnlyAppRecords(plan.code, plan.stdout, plan.stderr);
    const apply = await runCli(['apply', out, '--auto-approve']);
    assert.equal(apply.code, 0, apply.stderr);
    const changes = stateChanges(before, await serverState(url, API_KEY));
    assert.deepEqual({ added: changes.added.map((l) => l.split(' ')[0]), removed: changes.removed }, { added: HAND_BUILT_APP_RECORDS, removed: [] }, 'import, plan and apply wrote only the app records');
    const again = await runCli(['plan', out, '--detailed-exitcode']);
    assert.equal(again.code, 0, again.stdout + again.stderr);

    // The stack now owns the adopted objects: a change in Git reaches the foreign identifier in place.
    fs.writeFileSync(path.join(out, 'software-updates.yaml'), fs.readFileSync(path.join(out, 'software-updates.yaml'), 'utf8').replace('combined_days: 30', 'combined_days: 45'));
    const changed = await runCli(['plan', out, '--format', 'json']);
    const body = JSON.parse(changed.stdout) as { operations: { op: string; declaration?: { Identifier: string } }[] };
    assert.deepEqual(body.operations.map((o) => `${o.op} ${o.declaration?.Identifier}`), [`put-declaration ${HAND_BUILT.softwareUpdate}.settings`]);
  });
});

test('--select imports one kind with what it is delivered with; a non-empty --out and a missing server are refused', async () => {
  await withServer(async (url, dir) => {
    await populateByHand(url, API_KEY);
    const out = path.join(dir, 'selected');
    const r = await runCli(['import', '--server', url, '--out', out, '--stack', 'acme', '--identifier-prefix', 'com.acme.mdm', '--select', 'software_updates']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(fs.readdirSync(out).sort(), ['app-assignments.yaml', 'applemdm.yaml', 'apps.yaml', 'device-groups.yaml', 'software-updates.yaml']);
    assert.match(r.stdout, /1 group\(s\) of connected objects were outside --select/);

    const again = await runCli(['import', '--server', url, '--out', out, '--stack', 'acme', '--identifier-prefix', 'com.acme.mdm']);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Output directory not empty/);
    const nowhere = await runCli(['import', '--server', `embedded:${path.join(dir, 'missing')}`, '--out', path.join(dir, 'x')]);
    assert.equal(nowhere.code, 1);
    assert.match(nowhere.stderr, /Nothing to import/);
    assert.equal(fs.existsSync(path.join(dir, 'x')), false);
    const unnamed = await runCli(['import', '--server', url, '--out', path.join(dir, 'y')]);
    assert.equal(unnamed.code, 1);
    assert.match(unnamed.stderr, /No stack to import into/);
  });
});
