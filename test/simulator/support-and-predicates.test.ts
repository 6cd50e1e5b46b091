import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDeclaration } from '../../provider/simulator/declaration-support';
import { makeFleet, type SimDeviceIdentity } from '../../provider/simulator/device-identity';
import { evaluatePredicate } from '../../provider/simulator/predicate';
import { checkProfile } from '../../provider/simulator/profile-fetch';

function device(platform: 'iOS' | 'macOS', osVersion: string, supervised: boolean): SimDeviceIdentity {
  return { ...makeFleet({ count: 1, platform, osVersion, supervised, seed: 't' })[0]! };
}

const APP = { BundleID: 'com.example.app', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } };

const cases: { name: string; type: string; payload: Record<string, unknown>; device: SimDeviceIdentity; valid: string; codes: string[] }[] = [
  { name: 'app.managed on iOS 18.1', type: 'com.apple.configuration.app.managed', payload: APP, device: device('iOS', '18.1', false), valid: 'valid', codes: [] },
  { name: 'app.managed on macOS 14 is not supported', type: 'com.apple.configuration.app.managed', payload: APP, device: device('macOS', '14.0', true), valid: 'invalid', codes: ['Error.ConfigurationNotSupported'] },
  { name: 'app.managed before iOS 17.2', type: 'com.apple.configuration.app.managed', payload: APP, device: device('iOS', '17.1', true), valid: 'invalid', codes: ['Error.ConfigurationNotSupported'] },
  { name: 'unknown payload key', type: 'com.apple.configuration.app.managed', payload: { ...APP, Removable: false }, device: device('iOS', '18.1', true), valid: 'invalid', codes: ['Error.UnknownPayloadKeys'] },
  { name: 'App Store app without a licence fails the schema', type: 'com.apple.configuration.app.managed', payload: { BundleID: 'com.example.app' }, device: device('iOS', '18.1', true), valid: 'invalid', codes: ['Error.ConfigurationCannotBeDeserialized'] },
  { name: 'supervised-only deferral on an unsupervised iPhone', type: 'com.apple.configuration.softwareupdate.settings', payload: { Deferrals: { CombinedPeriodInDays: 30 } }, device: device('iOS', '18.1', false), valid: 'invalid', codes: ['Error.ConfigurationCannotBeApplied'] },
  { name: 'deferral on a supervised iPhone', type: 'com.apple.configuration.softwareupdate.settings', payload: { Deferrals: { CombinedPeriodInDays: 30 } }, device: device('iOS', '18.1', true), valid: 'valid', codes: [] },
  { name: 'iOS-only key on macOS', type: 'com.apple.configuration.softwareupdate.settings', payload: { Deferrals: { CombinedPeriodInDays: 30 } }, device: device('macOS', '15.1', true), valid: 'invalid', codes: ['Error.ConfigurationNotSupported'] },
  { name: 'settings declaration on an unsupervised Mac', type: 'com.apple.configuration.softwareupdate.settings', payload: { Notifications: false }, device: device('macOS', '15.1', false), valid: 'invalid', codes: ['Error.ConfigurationNotSupported'] },
  { name: 'enforcement on iOS 17', type: 'com.apple.configuration.softwareupdate.enforcement.specific', payload: { TargetOSVersion: '17.6', TargetLocalDateTime: '2025-01-01T10:00:00' }, device: device('iOS', '17.0', false), valid: 'valid', codes: [] },
  { name: 'unknown declaration type', type: 'com.apple.configuration.made.up', payload: {}, device: device('iOS', '18.1', true), valid: 'invalid', codes: ['Error.ConfigurationNotSupported'] },
  { name: 'management declarations are accepted', type: 'com.apple.management.properties', payload: { shard: 5 }, device: device('iOS', '18.1', true), valid: 'valid', codes: [] },
];

for (const c of cases) {
  test(`simulator support: ${c.name}`, () => {
    const verdict = checkDeclaration({ Type: c.type, Identifier: 'com.example.x', ServerToken: 't1', Payload: c.payload }, c.device);
    assert.equal(verdict.valid, c.valid, JSON.stringify(verdict.reasons));
    assert.deepEqual(verdict.reasons.map((r) => r.code), c.codes);
  });
}

test('simulator support: a supervised-only key is reported once, not with each subkey', () => {
  const verdict = checkDeclaration(
    { Type: 'com.apple.configuration.softwareupdate.settings', Identifier: 'x', ServerToken: 't', Payload: { Deferrals: { CombinedPeriodInDays: 30 } } },
    device('iOS', '18.1', false),
  );
  assert.deepEqual(verdict.reasons[0]?.details?.SupervisedOnlyPayloadKeys, ['Deferrals']);
});

const scope = {
  status: (item: string) => ({ 'device.operating-system.family': 'iOS', 'device.operating-system.version': '18.1', 'device.model.family': 'iPhone' })[item],
  property: (key: string) => ({ shard: 42, ring: 'beta' })[key],
};

const predicates: [string, boolean | 'error'][] = [
  ["@status(device.operating-system.family) == 'iOS'", true],
  ['@status(device.operating-system.family) == "macOS"', false],
  ['(@property(shard) <= 75)', true],
  ['@property(shard) > 50 OR @property(ring) == "beta"', true],
  ["@property(shard) > 50 AND @property(ring) == 'beta'", false],
  ["NOT (@status(device.model.family) == 'iPad')", true],
  ["@status(device.model.family) IN {'iPhone', 'iPad'}", true],
  ["@status(device.operating-system.version) BEGINSWITH '18.'", true],
  ['@property(missing) == 1', false],
  ['TRUEPREDICATE', true],
  ['FALSEPREDICATE || TRUEPREDICATE', true],
  ['@status(device.model.family) ==', 'error'],
  ['@status(x) LIKE "a*"', 'error'],
  ['(TRUEPREDICATE', 'error'],
];

for (const [text, expected] of predicates) {
  test(`simulator predicate: ${text}`, () => {
    const result = evaluatePredicate(text, scope);
    if (expected === 'error') assert.equal(result.ok, false);
    else assert.deepEqual(result, { ok: true, value: expected });
  });
}

test('simulator fleet: identities are fixed by the seed', () => {
  const spec = { count: 5, platform: 'iOS' as const, osVersion: '18.1', supervised: true, seed: 'alpha' };
  const a = makeFleet(spec);
  assert.deepEqual(makeFleet(spec), a);
  assert.equal(new Set(a.map((d) => d.enrollmentId)).size, 5);
  assert.equal(new Set(a.map((d) => d.serialNumber)).size, 5);
  assert.match(a[0]!.enrollmentId, /^00008[0-9A-F]{3}-[0-9A-F]{16}$/);
  assert.match(a[0]!.serialNumber, /^[0-9A-Z]{10}$/);
  assert.notDeepEqual(makeFleet({ ...spec, seed: 'beta' }).map((d) => d.enrollmentId), a.map((d) => d.enrollmentId));
  const mac = makeFleet({ ...spec, platform: 'macOS' })[0]!;
  assert.match(mac.enrollmentId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  assert.match(mac.modelIdentifier, /^Mac/);
});

test('simulator profile check: a configuration profile installs, anything else fails with a reason', () => {
  const ok = '<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadType</key><string>Configuration</string><key>PayloadIdentifier</key><string>a</string><key>PayloadUUID</key><string>B</string><key>PayloadContent</key><array/></dict></plist>';
  assert.equal(checkProfile(ok), undefined);
  assert.match(checkProfile('hello') ?? '', /not a property list/);
  assert.match(checkProfile(ok.replace('Configuration', 'Other')) ?? '', /PayloadType/);
});
