import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileDocument } from '../../provider/apple/compile-document';
import { managementFlags, purchaseMethod } from '../../provider/apple/install-application';
import { app, assertValidArtifacts, assignment, byType, codes, NOW, only, withGroup } from './compile-helpers';

const STORE = { bundle_id: 'com.example.store', adam_id: '123456789', license: 'device', platforms: ['iOS'] };

function command(appAttrs: Record<string, unknown>, assignmentAttrs: Record<string, unknown>, stack = {}) {
  const result = compileDocument(withGroup([app('a', appAttrs), assignment('x', { app: 'applemdm_app.a', intent: 'required', ...assignmentAttrs })], stack), { now: NOW });
  const artifact = only(result.artifacts, byType('InstallApplication'));
  assertValidArtifacts(result.artifacts);
  return { artifact, command: (artifact.content as { Command: Record<string, unknown> }).Command, result };
}

test('ManagementFlags: remove_on_unenroll is bit 1, prevent_backup bit 4; 0 omits the key', () => {
  const cases: [Record<string, unknown>, number | undefined][] = [
    [{}, undefined],
    [{ remove_on_unenroll: false, prevent_backup: false }, undefined],
    [{ remove_on_unenroll: true }, 1],
    [{ prevent_backup: true }, 4],
    [{ remove_on_unenroll: true, prevent_backup: true }, 5],
  ];
  for (const [settings, want] of cases) {
    assert.equal(managementFlags(settings), want ?? 0);
    assert.equal(command(STORE, { settings }).command.ManagementFlags, want, JSON.stringify(settings));
  }
});

test('Options.PurchaseMethod is 1 for Apps and Books licences, 0 for free store apps, absent for in-house apps', () => {
  const cases: [Record<string, unknown>, number | undefined][] = [
    [{ ...STORE, license: 'device' }, 1],
    [{ ...STORE, license: 'user' }, 1],
    [{ ...STORE, license: 'none' }, 0],
    [{ bundle_id: 'com.example.store', platforms: ['iOS'] }, 0],
    [{ bundle_id: 'com.example.inhouse', manifest_url: 'https://apps.example.com/m.plist', platforms: ['iOS'] }, undefined],
  ];
  assert.equal(purchaseMethod('none'), 0);
  for (const [appAttrs, want] of cases) {
    const c = command(appAttrs, {}).command;
    assert.equal((c.Options as { PurchaseMethod?: number } | undefined)?.PurchaseMethod, want, JSON.stringify(appAttrs));
  }
});

test('identity: exactly one of iTunesStoreID (integer), ManifestURL, Identifier', () => {
  const cases: [Record<string, unknown>, Record<string, unknown>][] = [
    [STORE, { iTunesStoreID: 123456789 }],
    [{ bundle_id: 'com.example.x', manifest_url: 'https://apps.example.com/m.plist', platforms: ['iOS'] }, { ManifestURL: 'https://apps.example.com/m.plist' }],
    [{ bundle_id: 'com.example.x', platforms: ['iOS'] }, { Identifier: 'com.example.x' }],
  ];
  for (const [appAttrs, want] of cases) {
    const c = command(appAttrs, {}).command;
    const identity = Object.fromEntries(Object.entries(c).filter(([k]) => ['iTunesStoreID', 'ManifestURL', 'Identifier'].includes(k)));
    assert.deepEqual(identity, want);
  }
});

test('settings become Attributes and Configuration; the app is taken over as managed', () => {
  const { command: c } = command(STORE, {
    settings: {
      vpn_uuid: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
      content_filter_uuid: '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9',
      dns_proxy_uuid: '1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9',
      relay_uuid: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A',
      associated_domains: ['applinks:example.com'],
      enable_direct_downloads: true,
      removable: false,
      tap_to_pay_screen_lock: true,
      configuration: { Server: 'https://example.com', Retries: 3, Nested: { On: true } },
    },
  });
  assert.deepEqual(c.Attributes, {
    VPNUUID: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
    ContentFilterUUID: '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9',
    DNSProxyUUID: '1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9',
    RelayUUID: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A',
    AssociatedDomains: ['applinks:example.com'],
    AssociatedDomainsEnableDirectDownloads: true,
    Removable: false,
    TapToPayScreenLock: true,
  });
  assert.deepEqual(c.Configuration, { Server: 'https://example.com', Retries: 3, Nested: { On: true } });
  assert.equal(c.ChangeManagementState, 'Managed');
  assert.equal(c.RequestType, 'InstallApplication');
  assert.equal(c.InstallAsManaged, undefined, 'iOS-only apps do not get the macOS-only key');
  assert.equal(command(STORE, {}).command.Attributes, undefined, 'no settings, no Attributes');
});

test('Mac apps get InstallAsManaged; Attributes stay in the command (validation reports what macOS ignores)', () => {
  const { command: c, result } = command({ ...STORE, platforms: ['iOS', 'macOS'] }, { settings: { vpn_uuid: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB' } });
  assert.equal(c.InstallAsManaged, true);
  assert.deepEqual(c.Attributes, { VPNUUID: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB' });
  assert.equal(result.diagnostics.hasError(), false);
});

test('CommandUUID is deterministic, changes with the content, and differs between assignments', () => {
  const a1 = command(STORE, { settings: { prevent_backup: true } }).artifact;
  const a2 = command(STORE, { settings: { prevent_backup: true } }).artifact;
  const a3 = command(STORE, { settings: { prevent_backup: false } }).artifact;
  const uuid = (a: typeof a1) => (a.content as { CommandUUID: string }).CommandUUID;
  assert.equal(uuid(a1), uuid(a2));
  assert.ok(a1.bytes.equals(a2.bytes));
  assert.notEqual(uuid(a1), uuid(a3));
  assert.match(uuid(a1), /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  const twoAssignments = compileDocument(
    withGroup([app('a', STORE), assignment('x', { app: 'applemdm_app.a', intent: 'required' }), assignment('y', { app: 'applemdm_app.a', intent: 'required' })]),
    { now: NOW },
  );
  const uuids = twoAssignments.artifacts.filter(byType('InstallApplication')).map((a) => (a.content as { CommandUUID: string }).CommandUUID);
  assert.equal(new Set(uuids).size, 2);
});

test('intent available compiles the command with a note; uninstall compiles nothing', () => {
  const available = command(STORE, { intent: 'available' });
  assert.ok(codes(available.result.diagnostics, 'info').includes('command-capability'));
  const uninstall = compileDocument(withGroup([app('a', STORE), assignment('x', { app: 'applemdm_app.a', intent: 'uninstall' })]), { now: NOW });
  // Only the app's own record remains: the assignment compiles to nothing.
  assert.deepEqual(uninstall.artifacts.map((a) => a.address), ['applemdm_app.a']);
  assert.deepEqual(codes(uninstall.diagnostics), ['uninstall']);
});

test('an assignment of an undeclared app is an error and compiles nothing', () => {
  const r = compileDocument(withGroup([assignment('x', { app: 'applemdm_app.missing', intent: 'required' })]), { now: NOW });
  assert.deepEqual(r.artifacts, []);
  assert.deepEqual(codes(r.diagnostics, 'error'), ['dangling-reference']);
});
