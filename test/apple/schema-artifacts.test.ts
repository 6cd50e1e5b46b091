import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import plist from 'plist';
import { createAppleValidator, type AppleValidateFunction } from '../../provider/apple/schema';

function roundTrip(value: Record<string, unknown>): unknown {
  return plist.parse(plist.build(value as plist.PlistObject));
}

function paths(validate: AppleValidateFunction): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword}`);
}

const restrictionPayload = {
  PayloadType: 'com.apple.applicationaccess',
  PayloadIdentifier: 'com.example.acme.restrictions.baseline.p0',
  PayloadUUID: 'B8A1C3E2-0D4F-5A6B-8C7D-9E0F1A2B3C4D',
  PayloadVersion: 1,
  allowCloudDocumentSync: false,
  requireManagedPasteboard: true,
};

function profile(payloads: Record<string, unknown>[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    PayloadType: 'Configuration',
    PayloadIdentifier: 'com.example.acme.restrictions.baseline',
    PayloadUUID: '1F2E3D4C-5B6A-5978-8695-A4B3C2D1E0F9',
    PayloadVersion: 1,
    PayloadDisplayName: 'Baseline restrictions',
    PayloadContent: payloads,
    ...extra,
  };
}

describe('whole .mobileconfig (TopLevel)', () => {
  const validate = createAppleValidator('TopLevel');

  it('accepts a profile parsed back from an XML plist, Date and data values included', () => {
    const parsed = roundTrip(
      profile([restrictionPayload], { RemovalDate: new Date('2030-01-01T00:00:00Z'), HasRemovalPasscode: false }),
    );
    assert.equal(validate(parsed), true, JSON.stringify(validate.errors));
  });

  it('accepts payload types it does not cover when their common keys are present', () => {
    const wifi = { PayloadType: 'com.apple.wifi.managed', PayloadIdentifier: 'w', PayloadUUID: 'u', PayloadVersion: 1, SSID_STR: 'x' };
    assert.equal(validate(profile([wifi])), true, JSON.stringify(validate.errors));
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['a restriction of the wrong type', profile([{ ...restrictionPayload, allowCloudDocumentSync: 'no' }]), '/PayloadContent/0/allowCloudDocumentSync type'],
    ['an unknown restriction key', profile([{ ...restrictionPayload, allowWarpDrive: true }]), '/PayloadContent/0 additionalProperties'],
    ['a payload without a UUID', profile([{ ...restrictionPayload, PayloadUUID: undefined }]), '/PayloadContent/0 required'],
    ['a top-level type other than Configuration', { ...profile([restrictionPayload]), PayloadType: 'Profile' }, '/PayloadType enum'],
    ['a date that is not a date', profile([restrictionPayload], { RemovalDate: 5 }), '/RemovalDate type'],
    ['an unknown top-level key', profile([restrictionPayload], { Payloads: [] }), ' additionalProperties'],
  ];
  for (const [name, value, expected] of bad) {
    it(`rejects ${name}`, () => {
      assert.equal(validate(JSON.parse(JSON.stringify(value))), false);
      assert.ok(paths(validate).includes(expected), paths(validate).join('\n'));
    });
  }

  it('keeps a __proto__ key as data and rejects it as unknown', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(restrictionPayload).slice(1)}`) as unknown;
    const payloadValidator = createAppleValidator('com.apple.applicationaccess');
    assert.equal(payloadValidator(hostile), false);
    assert.ok(paths(payloadValidator).includes(' additionalProperties'));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('InstallApplication command plist', () => {
  const validate = createAppleValidator('InstallApplication');
  const command = {
    CommandUUID: 'c0ffee00-0000-5000-8000-000000000001',
    Command: {
      RequestType: 'InstallApplication',
      iTunesStoreID: 803453959,
      ManagementFlags: 5,
      Options: { PurchaseMethod: 1 },
      Attributes: { Removable: false, VPNUUID: 'vpn', AssociatedDomains: ['applinks:example.com'] },
      Configuration: { ServerURL: 'https://example.com', Nested: { Level: 2 } },
    },
  };

  it('accepts a command parsed back from a plist', () => {
    assert.equal(validate(roundTrip(command)), true, JSON.stringify(validate.errors));
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['ManagementFlags outside 1/4/5', { ManagementFlags: 2 }, '/Command/ManagementFlags enum'],
    ['another request type', { RequestType: 'RemoveApplication' }, '/Command/RequestType enum'],
    ['an unknown attribute', { Attributes: { Deletable: false } }, '/Command/Attributes additionalProperties'],
    ['a PurchaseMethod of 2', { Options: { PurchaseMethod: 2 } }, '/Command/Options/PurchaseMethod enum'],
  ];
  for (const [name, change, expected] of bad) {
    it(`rejects ${name}`, () => {
      assert.equal(validate({ ...command, Command: { ...command.Command, ...change } }), false);
      assert.ok(paths(validate).includes(expected), paths(validate).join('\n'));
    });
  }

  it('requires the envelope', () => {
    assert.equal(validate({ Command: command.Command }), false);
    assert.ok(paths(validate).includes(' required'));
  });
});

describe('declarations', () => {
  const envelope = { Identifier: 'com.example.acme.app.slack', ServerToken: 'token-1' };
  const cases: Array<[string, string, Record<string, unknown>, string | true]> = [
    ['activation', 'com.apple.activation.simple', { StandardConfigurations: ['a', 'b'] }, true],
    ['activation without configurations', 'com.apple.activation.simple', {}, '/Payload required'],
    ['legacy profile', 'com.apple.configuration.legacy', { ProfileURL: 'https://mdm.example.com/p.mobileconfig' }, true],
    [
      'App Store app with a licence',
      'com.apple.configuration.app.managed',
      { AppStoreID: '803453959', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } }, IncludeInBackup: false },
      true,
    ],
    [
      'App Store app with only the pre-18 VPPType',
      'com.apple.configuration.app.managed',
      { BundleID: 'com.tinyspeck.chatlyio', InstallBehavior: { License: { VPPType: 'User' } } },
      true,
    ],
    ['App Store app without a licence', 'com.apple.configuration.app.managed', { AppStoreID: '1' }, '/Payload required'],
    ['in-house app without a licence', 'com.apple.configuration.app.managed', { ManifestURL: 'https://example.com/m.plist' }, true],
    ['app with Removable', 'com.apple.configuration.app.managed', { ManifestURL: 'https://e/m', Attributes: { Removable: false } }, '/Payload/Attributes additionalProperties'],
    [
      'deferrals',
      'com.apple.configuration.softwareupdate.settings',
      { Deferrals: { CombinedPeriodInDays: 14 }, Notifications: true, AutomaticActions: { Download: 'AlwaysOn' } },
      true,
    ],
    ['deferral of 91 days', 'com.apple.configuration.softwareupdate.settings', { Deferrals: { MajorPeriodInDays: 91 } }, '/Payload/Deferrals/MajorPeriodInDays maximum'],
    [
      'enforcement',
      'com.apple.configuration.softwareupdate.enforcement.specific',
      { TargetOSVersion: '18.1', TargetLocalDateTime: '2024-11-15T18:00:00' },
      true,
    ],
    ['enforcement without a deadline', 'com.apple.configuration.softwareupdate.enforcement.specific', { TargetOSVersion: '18.1' }, '/Payload required'],
  ];
  for (const [name, type, payload, expected] of cases) {
    it(`${expected === true ? 'accepts' : 'rejects'} ${name}`, () => {
      const validate = createAppleValidator(type);
      const ok = validate({ Type: type, ...envelope, Payload: payload });
      if (expected === true) return assert.equal(ok, true, JSON.stringify(validate.errors));
      assert.equal(ok, false);
      assert.ok(paths(validate).includes(expected), paths(validate).join('\n'));
    });
  }

  it('rejects a declaration of another type and one without ServerToken', () => {
    const validate = createAppleValidator('com.apple.configuration.legacy');
    assert.equal(validate({ Type: 'com.apple.configuration.passcode.settings', Identifier: 'i', Payload: { ProfileURL: 'https://e' } }), false);
    assert.deepEqual(paths(validate).sort(), ['/Type enum', ' required'].sort());
  });

  it('validates any declaration envelope with DeclarationBase', () => {
    const validate = createAppleValidator('DeclarationBase');
    assert.equal(validate({ Type: 'com.apple.configuration.passcode.settings', ...envelope, Payload: { MinimumLength: 6 } }), true);
    assert.equal(validate({ Type: 'x', ...envelope, Payload: [] }), false);
  });
});
