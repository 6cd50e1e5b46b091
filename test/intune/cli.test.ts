import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../cli/_run-cli';
import { fixtureCopy } from './support/fixture';
import { CLIENT_SECRET, startTenant, type Tenant } from './support/tenant';

/**
 * `applemdm plan` / `apply` with --server intune://… against the Graph behaviour SIMULATOR (test infrastructure standing
 * in for Intune; credentials and endpoints come from the environment, as documented in docs/intune.md).
 */
let t: Tenant;
const saved: Record<string, string | undefined> = {};
let fixture: ReturnType<typeof fixtureCopy>;

before(async () => {
  t = await startTenant({ consistencyLag: 0, pageSize: 3 });
  for (const [k, v] of Object.entries({ ...t.env, APPLEMDM_SERVER: '', NO_COLOR: '1' })) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  fixture = fixtureCopy();
});
after(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  fixture.cleanup();
  await t.close();
});

/** No output may carry the client secret or any token the simulator issued. */
function assertNoSecrets(out: string): void {
  assert.ok(!out.includes(CLIENT_SECRET), 'client secret printed');
  for (const token of t.sim.log.map((l) => l.authorization?.replace('Bearer ', '')).filter((x): x is string => Boolean(x))) assert.ok(!out.includes(token), 'token printed');
}

test('plan shows the assignment settings mapped to Graph, apply makes it so, and the next plan is empty', async () => {
  const p1 = await runCli(['plan', fixture.dir, '--server', t.server, '--detailed-exitcode']);
  assert.equal(p1.code, 2, p1.stderr);
  assert.match(p1.stdout, /^Stack "quickstart" on intune \(intune:\/\/8f9a4c1e-3b2d-4e5f-a6b7-c8d9e0f1a2b3\?group\.sales_iphones=Sales%20iPhones\)/);
  for (const line of [
    '+ sales_iphones.settings.preventManagedAppBackup = true',
    '+ sales_iphones.settings.uninstallOnDeviceRemoval = true',
    '+ sales_iphones.settings.isRemovable = false',
    '+ sales_iphones.settings.vpnConfigurationId = "9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab"',
    '+ sales_iphones.settings.useDeviceLicensing = true',
    '+ iOS.iCloudBlockBackup = true',
    '+ softwareupdate_deferrals_combinedperiodindays = 14',
  ]) {
    assert.ok(p1.stdout.includes(line), `missing: ${line}`);
  }
  assert.match(p1.stdout, /Plan: 7 to create, 0 to update, 0 to replace, 0 to delete\./);

  const applied = await runCli(['apply', fixture.dir, '--server', t.server, '--auto-approve']);
  assert.equal(applied.code, 0, applied.stderr);
  assert.match(applied.stdout, /Apply complete: 7 created, 0 updated, 0 replaced, 0 deleted, 0 failed\./);

  const p2 = await runCli(['plan', fixture.dir, '--server', t.server, '--detailed-exitcode']);
  assert.equal(p2.code, 0, p2.stderr);
  assert.match(p2.stdout, /No changes\. The server matches the configuration\./);
  assertNoSecrets(p1.stdout + p1.stderr + applied.stdout + applied.stderr + p2.stdout + p2.stderr);
});

test('a saved plan applies once; after the tenant changed it is refused and nothing is written', async () => {
  fs.writeFileSync(path.join(fixture.dir, 'restrictions.yaml'), fs.readFileSync(path.join(fixture.dir, 'restrictions.yaml'), 'utf8').replace('backup: false', 'backup: true'));
  const planFile = path.join(fixture.dir, 'plan.json');
  const saved1 = await runCli(['plan', fixture.dir, '--server', t.server, '--out', planFile, '--format', 'json']);
  assert.equal(saved1.code, 0, saved1.stderr);
  const json = JSON.parse(fs.readFileSync(planFile, 'utf8'));
  assert.equal(json.backend.kind, 'intune');
  assert.deepEqual(json.operations.map((o: { op: string }) => o.op), ['graph-put-configuration']);
  assertNoSecrets(fs.readFileSync(planFile, 'utf8'));

  // The file's tenant and group map never choose the target: an edited one is refused before anything is sent.
  for (const url of ['intune://00000000-0000-4000-8000-000000000000?group.sales_iphones=Sales%20iPhones', json.backend.url.replace('Sales%20iPhones', 'Everyone')]) {
    const tampered = path.join(fixture.dir, 'tampered-plan.json');
    fs.writeFileSync(tampered, JSON.stringify({ ...json, backend: { ...json.backend, url } }));
    const logged = t.sim.log.length;
    const other = await runCli(['apply', tampered, '--server', t.server]);
    assert.equal(other.code, 1, other.stderr);
    assert.match(other.stderr, /Plan made for another server/);
    assert.equal(t.sim.log.length, logged, 'no request sent');
  }

  const ios = [...t.sim.deviceConfigurations.values()].find((s) => String(s.obj.displayName).endsWith('(iOS)'))!;
  ios.obj.cameraBlocked = true;
  const writesBefore = t.sim.graphRequests().filter((l) => l.method !== 'GET' && !l.path.endsWith('$batch')).length;
  const refused = await runCli(['apply', planFile, '--server', t.server]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /Server changed since the plan/);
  assert.match(refused.stderr, /intune-configuration:com\.example\.mdm\.quickstart\.restrictions\.baseline\.ios/);
  assert.equal(t.sim.graphRequests().filter((l) => l.method !== 'GET' && !l.path.endsWith('$batch')).length, writesBefore, 'nothing written');

  delete ios.obj.cameraBlocked;
  const again = await runCli(['plan', fixture.dir, '--server', t.server, '--out', planFile, '--format', 'json']);
  assert.equal(again.code, 0, again.stderr);
  const ok = await runCli(['apply', planFile, '--server', t.server]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /1 updated/);
  assert.equal(ios.obj.iCloudBlockBackup, false);
});

test('the quickstart itself: every DDM-only setting is a capability error naming the backend, before any request', async () => {
  const before = t.sim.log.length;
  const r = await runCli(['plan', path.join(__dirname, '..', '..', 'examples', 'quickstart'), '--server', t.server]);
  assert.equal(r.code, 1);
  for (const setting of ['settings.associated_domains', 'settings.enable_direct_downloads', 'settings.content_filter_uuid', 'settings.dns_proxy_uuid', 'settings.relay_uuid', 'settings.tap_to_pay_screen_lock']) {
    assert.ok(r.stderr.includes(`Not expressible on the intune backend: ${setting}`), `missing ${setting}`);
  }
  assert.doesNotMatch(r.stderr, /\n\s+at .+\.(js|ts):\d+:\d+/, 'no stack trace');
  assert.equal(t.sim.log.length, before, 'no request');
});

const MAC_TOOL = `apps:
  mac_tool:
    bundle_id: com.example.mactool
    manifest_url: https://apps.example.com/mactool/manifest.plist
    platforms: [macOS]
app_assignments:
  mac_tool_engineering:
    app: mac_tool
    intent: required
    scope:
      groups: [engineering_macs]
    settings:
      prevent_backup: true
`;

const REFUSED_SETTINGS: { name: string; edits: Parameters<typeof fixtureCopy>[0]; expected: RegExp[] }[] = [
  {
    name: 'a macOS in-house app with prevent_backup',
    edits: { 'mac.yaml': MAC_TOOL },
    expected: [/Cannot prevent backup of a macOS in-house app/, /where preventing backup is not supported/],
  },
  {
    name: 'removable on an app that is also a macOS VPP app (Intune has no isRemovable there)',
    edits: { 'apps.yaml': (text) => text.replace('      exclude_groups: [contractors]', '      exclude_groups: [contractors]\n    settings:\n      removable: false') },
    expected: [/Not expressible on the intune backend: settings\.removable/, /applemdm_app\.zoom is a macOS app that Intune holds as macOsVppApp, whose assignment settings have no isRemovable/],
  },
  {
    name: 'a restriction key Intune has no property for',
    edits: { 'restrictions.yaml': (text) => text.replace('    allowScreenShot: true', '    allowScreenShot: true\n    allowDefinitionLookup: false') },
    expected: [/Not expressible on the intune backend: allowDefinitionLookup/, /device restrictions have no property for allowDefinitionLookup/],
  },
];
for (const c of REFUSED_SETTINGS) {
  test(`refused at plan time with the reason, before any request: ${c.name}`, async () => {
    const f = fixtureCopy(c.edits);
    try {
      const before = t.sim.log.length;
      const r = await runCli(['plan', f.dir, '--server', t.server]);
      assert.equal(r.code, 1);
      for (const re of c.expected) assert.match(r.stderr, re);
      assert.equal(t.sim.log.length, before, 'no request');
    } finally {
      f.cleanup();
    }
  });
}

test('an app the tenant lacks is a plan error naming it; nothing is written', async () => {
  const f = fixtureCopy({ 'apps.yaml': (text) => text.replace('com.example.fieldtool', 'com.example.not-uploaded') });
  try {
    const r = await runCli(['plan', f.dir, '--server', t.server]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /App not found in Intune/);
    assert.match(r.stderr, /applemdm_app\.field_tool \(iOS\): the tenant has no iosLobApp with bundle ID com\.example\.not-uploaded/);
  } finally {
    f.cleanup();
  }
});

test('a refused secret or a missing credential is a diagnostic without the secret', async () => {
  const wrong = 'wrong~secret-value-that-must-not-leak-77';
  process.env.APPLEMDM_INTUNE_CLIENT_SECRET = wrong;
  try {
    const r = await runCli(['plan', fixture.dir, '--server', t.server]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /Intune sign-in failed/);
    assert.match(r.stderr, /AADSTS7000215/);
    assert.ok(!(r.stdout + r.stderr).includes(wrong));
    delete process.env.APPLEMDM_INTUNE_CLIENT_SECRET;
    const none = await runCli(['plan', fixture.dir, '--server', t.server]);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /Intune target not configured/);
  } finally {
    process.env.APPLEMDM_INTUNE_CLIENT_SECRET = CLIENT_SECRET;
  }
});

test('status, drift, destroy and import on intune:// are refused naming intune, before any Graph request and with no KMFDDM wording', async () => {
  const out = path.join(fixture.dir, 'imported');
  const args: Record<string, string[]> = { status: [fixture.dir], drift: [fixture.dir], destroy: [fixture.dir, '--auto-approve'], import: ['--out', out] };
  for (const [command, rest] of Object.entries(args)) {
    const requests = t.sim.log.length;
    const run = await runCli([command, ...rest, '--server', t.server]);
    assert.equal(run.code, 1, `${command}: ${run.stdout}`);
    assert.match(run.stderr, new RegExp(`${command} is not available on intune:// yet`));
    assert.doesNotMatch(run.stderr, /KMFDDM/i);
    assert.equal(t.sim.log.length, requests, `${command} sent a request to Graph`);
    assertNoSecrets(run.stdout + run.stderr);
  }
  assert.ok(!fs.existsSync(out), 'import wrote nothing');
});
