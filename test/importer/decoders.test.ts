import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as plist from 'plist';
import { appRecordPayload } from '../../provider/apple/app-record';
import { decodeAppManaged } from '../../provider/resources/kinds/app-assignment/decode-app-managed';
import { decodeAppRecord } from '../../provider/resources/kinds/app/decode-app-record';
import { decodeRestrictionsProfile } from '../../provider/resources/kinds/restrictions/decode-restrictions';
import { decodeSoftwareUpdate } from '../../provider/resources/kinds/software-update/decode-software-update';
import { activationPayloadMatches, connectedUnits, groupIntoUnits } from '../../provider/importer/server-units';
import { stacksIn } from '../../provider/importer/stack-identity';
import type { Inventory } from '../../provider/importer/inventory';

function profile(payload: Record<string, unknown>, top: Record<string, unknown> = {}): Buffer {
  return Buffer.from(
    plist.build({
      PayloadType: 'Configuration',
      PayloadVersion: 1,
      PayloadIdentifier: 'com.acme.r',
      PayloadUUID: 'A',
      PayloadDisplayName: 'R',
      PayloadContent: [{ PayloadType: 'com.apple.applicationaccess', PayloadVersion: 1, PayloadIdentifier: 'com.acme.r.p', PayloadUUID: 'B', ...payload }],
      ...top,
    } as plist.PlistValue),
  );
}

test('restriction profiles: modeled keys become typed attributes (groups first), unknown keys go to extra, the rest is refused', () => {
  const ok = decodeRestrictionsProfile(profile({ allowCloudBackup: false, allowCamera: true, allowOpenFromManagedToUnmanaged: false, futureKey: 3, futureDict: { a: ['x'] } }));
  assert.deepEqual(ok.value?.attributes, {
    icloud: { backup: false },
    allow_camera: true,
    open_in: { managed_to_unmanaged: false },
    extra: { futureKey: 3, futureDict: { a: ['x'] } },
  });
  assert.deepEqual(ok.value?.extraKeys, ['futureDict', 'futureKey']);

  const cases: [string, Buffer, RegExp][] = [
    ['a wrong type for a modeled key', profile({ allowCamera: 'yes' }), /allowCamera \("yes" is not a boolean value\)/],
    ['a date', profile({ futureDate: new Date(0) }), /futureDate \(a date or data value\)/],
    ['profile keys applemdm does not write', profile({}, { PayloadRemovalDisallowed: true }), /profile key PayloadRemovalDisallowed/],
    ['a second payload type', Buffer.from(plist.build({ PayloadType: 'Configuration', PayloadContent: [{ PayloadType: 'com.apple.wifi.managed' }] } as plist.PlistValue)), /payloads other than exactly one/],
    ['not a plist', Buffer.from('not xml'), /not a readable property list/],
  ];
  for (const [name, bytes, why] of cases) {
    const r = decodeRestrictionsProfile(bytes);
    assert.equal(r.value, undefined, name);
    assert.match(r.lost?.join('; ') ?? '', why, name);
  }
});

test('app.managed: identity, intent, licence and attributes decode; keys applemdm cannot write are named', () => {
  assert.deepEqual(decodeAppManaged({ AppStoreID: '1', InstallBehavior: { Install: 'Required', License: { Assignment: 'User' } }, IncludeInBackup: false, Attributes: { VPNUUID: 'U' } }).value, {
    app: { adam_id: '1', license: 'user' },
    intent: 'required',
    settings: { prevent_backup: true, vpn_uuid: 'U' },
  });
  assert.deepEqual(decodeAppManaged({ AppStoreID: '1', InstallBehavior: { Install: 'Optional' } }).lost, ['InstallBehavior.License (an App Store app without a licence)']);
  assert.deepEqual(decodeAppManaged({ BundleID: 'com.x', UpdateBehavior: {}, InstallBehavior: { Install: 'Optional', Version: 3 } }).lost, [
    'BundleID',
    'UpdateBehavior',
    'InstallBehavior.Version',
    'an AppStoreID or ManifestURL (applemdm_app needs one)',
  ]);
});

test('software update: settings and enforcement decode, the platform follows the keys, unknown keys are named', () => {
  assert.deepEqual(decodeSoftwareUpdate({ Deferrals: { MajorPeriodInDays: 5 }, AllowStandardUserOSUpdates: false }, undefined).value, {
    platform: 'macOS',
    attributes: { deferrals: { major_days: 5 }, allow_standard_user_os_updates: false },
  });
  assert.deepEqual(decodeSoftwareUpdate({ Beta: { ProgramEnrollment: 'AlwaysOff' } }, { TargetOSVersion: '18.1', Foo: 1 }).lost, ['Beta', 'enforcement Foo']);
});

test('activations: exactly the set\'s configurations, in applemdm\'s (sorted) order, no predicate', () => {
  const inv = (payload: Record<string, unknown>): Inventory => ({
    declarations: new Map([['act', { Type: 'com.apple.activation.simple', Identifier: 'act', ServerToken: 't', Payload: payload }]]),
    sets: new Map(),
    setEnrollments: new Map(),
    assets: new Map(),
  });
  const group = { key: 'set:s', kind: 'group' as const, identifier: 's', declarations: [], sets: [], activation: 'act' };
  assert.equal(activationPayloadMatches(inv({ StandardConfigurations: ['a', 'b'] }), group, ['b', 'a']), undefined);
  assert.match(activationPayloadMatches(inv({ StandardConfigurations: ['b', 'a'] }), group, ['a', 'b']) ?? '', /another order/);
  assert.match(activationPayloadMatches(inv({ StandardConfigurations: ['a'], Predicate: 'x' }), group, ['a']) ?? '', /uses Predicate/);
  assert.match(activationPayloadMatches(inv({ StandardConfigurations: ['a'] }), group, ['a', 'b']) ?? '', /not exactly the set's configurations/);
  assert.match(activationPayloadMatches(inv({}), { ...group, activation: undefined }, ['a']) ?? '', /no activation/);
});

test('the stack is read from identifiers applemdm created, whatever else the server holds', () => {
  assert.deepEqual(stacksIn(['com.example.mdm.prod.device-group.sales', 'com.example.mdm.prod.device-group.sales.activation', 'com.acme.slack', 'default', 'com.example.mdm.prod.lock']), [
    { identifierPrefix: 'com.example.mdm', stack: 'prod' },
  ]);
  assert.equal(stacksIn(['a.b.c.restrictions.x', 'a.b.d.restrictions.x']).length, 2);
  assert.deepEqual(stacksIn(['com.acme.restrictions']), []);
});

test('app records: the configured attributes come back as they were compiled; anything else is refused', () => {
  const attributes = { bundle_id: 'com.tinyspeck.chatlyio', adam_id: '618783545', license: 'device', platforms: ['iOS', 'macOS'], display_name: 'Slack' };
  assert.deepEqual(decodeAppRecord(appRecordPayload(attributes)).value, attributes);
  assert.deepEqual(decodeAppRecord(appRecordPayload({ bundle_id: 'com.example.a', manifest_url: 'https://x.example/m.plist', platforms: ['iOS'] })).value, {
    bundle_id: 'com.example.a',
    manifest_url: 'https://x.example/m.plist',
    platforms: ['iOS'],
  });
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['no marker', { other: {} }, /applemdm-app \(not a dictionary\)/],
    ['a key beside the marker', { ...appRecordPayload({ bundle_id: 'a.b' }), extra: 1 }, /^extra$/],
    ['an unknown attribute', { 'applemdm-app': { bundle_id: 'a.b', color: 'red' } }, /applemdm-app\.color/],
    ['a platform that does not exist', { 'applemdm-app': { bundle_id: 'a.b', platforms: ['Android'] } }, /applemdm-app\.platforms/],
    ['no bundle ID', { 'applemdm-app': { platforms: ['iOS'] } }, /bundle_id \(missing\)/],
  ];
  for (const [what, payload, want] of cases) {
    const d = decodeAppRecord(payload);
    assert.ok(d.lost?.some((l) => want.test(l)), `${what}: ${JSON.stringify(d)}`);
  }
});

test('an assignment is linked to the app record with its App Store ID or manifest URL and its licence', () => {
  const record = (name: string, app: Record<string, unknown>) => ({ Type: 'com.apple.management.properties', Identifier: `com.acme.s.app.${name}`, ServerToken: 't', Payload: appRecordPayload(app) });
  const assignment = (name: string, payload: Record<string, unknown>) => ({ Type: 'com.apple.configuration.app.managed', Identifier: `com.acme.s.app-assignment.${name}`, ServerToken: 't', Payload: payload });
  const declarations = [
    record('slack_user', { bundle_id: 'com.slack', adam_id: '1', license: 'user', platforms: ['iOS'] }),
    record('slack_device', { bundle_id: 'com.slack', adam_id: '1', license: 'device', platforms: ['iOS'] }),
    record('tool', { bundle_id: 'com.tool', manifest_url: 'https://x.example/m.plist', platforms: ['iOS'] }),
    assignment('a', { AppStoreID: '1', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } }),
    assignment('b', { ManifestURL: 'https://x.example/m.plist', InstallBehavior: { Install: 'Optional' } }),
    assignment('c', { AppStoreID: '2', InstallBehavior: { Install: 'Required', License: { Assignment: 'User' } } }),
  ];
  const inv: Inventory = { declarations: new Map(declarations.map((d) => [d.Identifier, d])), sets: new Map(), setEnrollments: new Map(), assets: new Map() };
  const { units, skipped } = groupIntoUnits(inv);
  assert.deepEqual(skipped, []);
  const appOf = (name: string) => units.get(`declaration:com.acme.s.app-assignment.${name}`)?.app;
  assert.equal(appOf('a'), 'declaration:com.acme.s.app.slack_device');
  assert.equal(appOf('b'), 'declaration:com.acme.s.app.tool');
  assert.equal(appOf('c'), undefined, 'no record for App Store ID 2: the importer makes the app up');
  assert.ok(connectedUnits(units).some((c) => c.includes('declaration:com.acme.s.app-assignment.a') && c.includes('declaration:com.acme.s.app.slack_device')));
});
