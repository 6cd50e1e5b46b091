import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileDocument } from '../../provider/apple/compile-document';
import type { Declaration } from '../../provider/apple/declaration';
import { app, assertValidArtifacts, assignment, byType, codes, group, NOW, only, withGroup } from './compile-helpers';

const APP_MANAGED = 'com.apple.configuration.app.managed';
const STORE = { bundle_id: 'com.example.store', adam_id: '123456789', license: 'device', platforms: ['iOS'] };
const INHOUSE = { bundle_id: 'com.example.inhouse', manifest_url: 'https://apps.example.com/m.plist', platforms: ['iOS'] };

function compile(appAttrs: Record<string, unknown>, assignmentAttrs: Record<string, unknown>, stack = {}, groups = [group('g')]) {
  const result = compileDocument(withGroup([...groups, app('a', appAttrs), assignment('x', { app: 'applemdm_app.a', intent: 'required', ...assignmentAttrs })], stack), { now: NOW });
  assertValidArtifacts(result.artifacts);
  const found = result.artifacts.filter(byType(APP_MANAGED));
  return { result, payload: found.length ? (found[0].content as Declaration).Payload : undefined };
}

test('identity: AppStoreID (string) for store apps with an ID, ManifestURL for in-house apps, BundleID otherwise', () => {
  const cases: [Record<string, unknown>, Record<string, unknown>][] = [
    [STORE, { AppStoreID: '123456789' }],
    [INHOUSE, { ManifestURL: 'https://apps.example.com/m.plist' }],
    [{ bundle_id: 'com.example.x', license: 'user', platforms: ['iOS'] }, { BundleID: 'com.example.x' }],
  ];
  for (const [appAttrs, want] of cases) {
    const { payload } = compile(appAttrs, {});
    assert.ok(payload);
    const identity = Object.fromEntries(Object.entries(payload).filter(([k]) => ['AppStoreID', 'BundleID', 'ManifestURL'].includes(k)));
    assert.deepEqual(identity, want);
  }
});

test('InstallBehavior: intent → Install, licence → License.Assignment (store apps only)', () => {
  const cases: [Record<string, unknown>, string, unknown][] = [
    [{ ...STORE, license: 'device' }, 'required', { Install: 'Required', License: { Assignment: 'Device' } }],
    [{ ...STORE, license: 'user' }, 'available', { Install: 'Optional', License: { Assignment: 'User' } }],
    [INHOUSE, 'required', { Install: 'Required' }],
    [INHOUSE, 'available', { Install: 'Optional' }],
  ];
  for (const [appAttrs, intent, want] of cases) {
    assert.deepEqual(compile(appAttrs, { intent }).payload?.InstallBehavior, want, `${JSON.stringify(appAttrs)} ${intent}`);
  }
});

test('IncludeInBackup is false only when prevent_backup is set; Attributes carry everything but Removable', () => {
  assert.equal(compile(STORE, { settings: { prevent_backup: true } }).payload?.IncludeInBackup, false);
  assert.equal(compile(STORE, { settings: { prevent_backup: false } }).payload?.IncludeInBackup, undefined);
  assert.equal(compile(STORE, {}).payload?.IncludeInBackup, undefined);
  const { payload } = compile(STORE, {
    settings: {
      vpn_uuid: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
      associated_domains: ['applinks:example.com'],
      enable_direct_downloads: true,
      removable: false,
      tap_to_pay_screen_lock: true,
    },
  });
  assert.deepEqual(payload?.Attributes, {
    VPNUUID: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
    AssociatedDomains: ['applinks:example.com'],
    AssociatedDomainsEnableDirectDownloads: true,
    TapToPayScreenLock: true,
  });
});

test('settings app.managed cannot express are reported with the setting and the target', () => {
  const cases: { name: string; intent: string; settings: Record<string, unknown>; want: string[]; setting?: string }[] = [
    { name: 'removable=false with available', intent: 'available', settings: { removable: false }, want: ['ddm-capability'], setting: 'removable' },
    { name: 'removable=false with required is what Required means', intent: 'required', settings: { removable: false }, want: [] },
    { name: 'remove_on_unenroll', intent: 'required', settings: { remove_on_unenroll: true }, want: ['ddm-capability'], setting: 'remove_on_unenroll' },
    { name: 'configuration needs an asset', intent: 'required', settings: { configuration: { A: 1 } }, want: ['ddm-capability'], setting: 'configuration' },
    { name: 'prevent_backup is expressible', intent: 'required', settings: { prevent_backup: true }, want: [] },
  ];
  for (const c of cases) {
    const { result, payload } = compile(STORE, { intent: c.intent, settings: c.settings });
    assert.ok(payload, c.name);
    const found = result.diagnostics.toArray().filter((d) => d.code === 'ddm-capability');
    assert.deepEqual(found.map((d) => d.code), c.want, c.name);
    if (c.setting) {
      assert.deepEqual(found[0].path, ['applemdm_app_assignment.x', 'settings', c.setting], c.name);
      assert.match(found[0].detail, new RegExp(`settings\\.${c.setting}.*app\\.managed`), c.name);
    }
  }
});

test('a store app without a licence gets no app.managed declaration, and the user is told why', () => {
  const { result, payload } = compile({ ...STORE, license: 'none' }, {});
  assert.equal(payload, undefined);
  assert.equal(result.artifacts.filter(byType('InstallApplication')).length, 1);
  const d = result.diagnostics.toArray().find((x) => x.code === 'ddm-capability');
  assert.ok(d);
  assert.deepEqual(d.path, ['applemdm_app.a', 'license']);
});

test('platforms app.managed does not exist on are reported; the iOS 18 licence key change is reported below 18', () => {
  const mac = compile({ ...STORE, platforms: ['iOS', 'macOS'] }, {});
  const unsupported = mac.result.diagnostics.toArray().find((d) => d.code === 'platform-unsupported' && d.detail.includes(APP_MANAGED));
  assert.ok(unsupported);
  assert.match(unsupported.detail, /macOS/);

  const old = compile(STORE, {}, { targets: { iOS: '17.2' } });
  assert.ok(codes(old.result.diagnostics).includes('os-floor'));
  const current = compile(STORE, {}, { targets: { iOS: '18.0' } });
  assert.ok(!codes(current.result.diagnostics).includes('os-floor'));
  const older = compile(STORE, {}, { targets: { iOS: '17.0' } });
  assert.ok(older.result.diagnostics.toArray().some((d) => d.code === 'os-floor' && /needs iOS 17\.2/.test(d.detail)));
});

test('the declaration is identified by the assignment and its ServerToken follows the content', () => {
  const a = compile(STORE, { settings: { prevent_backup: true } });
  const b = compile(STORE, { settings: { prevent_backup: true } });
  const c = compile(STORE, {});
  const decl = (r: typeof a) => only(r.result.artifacts, byType(APP_MANAGED)).content as Declaration;
  assert.equal(decl(a).Identifier, 'com.example.mdm.test.app-assignment.x');
  assert.equal(decl(a).ServerToken, decl(b).ServerToken);
  assert.notEqual(decl(a).ServerToken, decl(c).ServerToken);
  assert.match(decl(a).ServerToken, /^[0-9a-f]{40}$/);
});
