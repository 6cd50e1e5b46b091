import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deterministicUuid, isOwnedIdentifier, resourceIdentifier } from '../../provider/core/identity';
import { appleKeyToAttribute } from '../../provider/core/naming';
import { canonicalJson } from '../../provider/core/canonical-json';
import { restrictionKeys } from '../../provider/apple/schema';
import { Diagnostics, NO_SOURCE } from '../../provider/core/diagnostics';

test('identifiers are derived from prefix, stack, kind and name', () => {
  assert.equal(
    resourceIdentifier('com.example.mdm', 'prod', 'applemdm_app_assignment', 'slack_sales'),
    'com.example.mdm.prod.app-assignment.slack-sales',
  );
});

test('ownership is recognised by the stack prefix only', () => {
  assert.equal(isOwnedIdentifier('com.example.mdm.prod.app.slack', 'com.example.mdm', 'prod'), true);
  assert.equal(isOwnedIdentifier('com.example.mdm.production.app.slack', 'com.example.mdm', 'prod'), false);
  assert.equal(isOwnedIdentifier('com.other.app.slack', 'com.example.mdm', 'prod'), false);
});

test('UUIDv5 is stable and uppercase', () => {
  const a = deterministicUuid('com.example.mdm.prod.restrictions.baseline');
  assert.equal(a, deterministicUuid('com.example.mdm.prod.restrictions.baseline'));
  assert.match(a, /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  assert.notEqual(a, deterministicUuid('com.example.mdm.prod.restrictions.other'));
});

test('Apple keys map mechanically to snake_case attributes', () => {
  const cases: [string, string][] = [
    ['allowCloudBackup', 'allow_cloud_backup'],
    ['allowUIAppInstallation', 'allow_ui_app_installation'],
    ['enforcedSoftwareUpdateMajorOSDeferredInstallDelay', 'enforced_software_update_major_os_deferred_install_delay'],
    ['allowOpenFromManagedToUnmanaged', 'allow_open_from_managed_to_unmanaged'],
    ['forceAirDropUnmanaged', 'force_air_drop_unmanaged'],
    ['allowAirPrintiBeaconDiscovery', 'allow_air_print_ibeacon_discovery'],
    ['allowiPhoneMirroring', 'allow_iphone_mirroring'],
    ['forceITunesStorePasswordEntry', 'force_itunes_store_password_entry'],
    ['allowListedAppBundleIDs', 'allow_listed_app_bundle_ids'],
    ['allowOTAPKIUpdates', 'allow_otapki_updates'],
    ['ratingTVShows', 'rating_tv_shows'],
    ['safariAcceptCookies', 'safari_accept_cookies'],
    ['allowiTunes', 'allow_itunes'],
    ['whitelistedAppBundleIDs', 'whitelisted_app_bundle_ids'],
  ];
  for (const [key, attr] of cases) assert.equal(appleKeyToAttribute(key), attr, key);
});

test('canonical JSON sorts keys at every depth and drops undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
});

test('no restriction attribute name has a one-letter word (a sign of a bad split)', () => {
  const bad = restrictionKeys().map((k) => appleKeyToAttribute(k.key)).filter((a) => a.split('_').some((w) => w.length === 1));
  assert.deepEqual(bad, []);
});

test('canonical JSON keeps a "__proto__" key as data', () => {
  const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
  assert.equal(canonicalJson(parsed), '{"__proto__":{"polluted":true},"b":1}');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('a later layer adds no second warning for an attribute already warned about; errors always pass', () => {
  const first = new Diagnostics().warning('Deferral ignored', 'x', ['applemdm_software_update.ios', 'deferrals', 'major_days']);
  first.appendLayer([
    { severity: 'warning', summary: 'Setting not available', detail: 'y', path: ['applemdm_software_update.ios', 'deferrals', 'major_days'], source: NO_SOURCE },
    { severity: 'warning', summary: 'Other', detail: 'z', path: ['applemdm_software_update.ios', 'notifications'], source: NO_SOURCE },
    { severity: 'error', summary: 'Broken', detail: 'w', path: ['applemdm_software_update.ios', 'deferrals', 'major_days'], source: NO_SOURCE },
  ]);
  assert.deepEqual(first.toArray().map((d) => d.summary), ['Deferral ignored', 'Other', 'Broken']);
});
