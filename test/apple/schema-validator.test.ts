import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createAppleValidator } from '../../provider/apple/schema';

const header = {
  PayloadType: 'com.apple.applicationaccess',
  PayloadIdentifier: 'com.example.acme.restrictions.baseline.payload',
  PayloadUUID: '4C4C7E6B-1C7A-5D0B-9F3B-2C1D0E9A8B7C',
  PayloadVersion: 1,
};
const restrictions = {
  ...header,
  allowCloudBackup: false,
  allowOpenFromManagedToUnmanaged: false,
  enforcedSoftwareUpdateDelay: 30,
  safariAcceptCookies: 1.5,
  ratingRegion: 'us',
  blockedAppBundleIDs: ['com.example.game'],
};

describe('Apple schema validation of a restrictions payload', () => {
  const validate = createAppleValidator('com.apple.applicationaccess');

  it('accepts a valid payload', () => {
    assert.equal(validate(restrictions), true, JSON.stringify(validate.errors));
  });

  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['wrong type', { allowCloudBackup: 'no' }, '/allowCloudBackup', 'type'],
    ['above range', { enforcedSoftwareUpdateDelay: 91 }, '/enforcedSoftwareUpdateDelay', 'maximum'],
    ['below range', { enforcedSoftwareUpdateDelay: 0 }, '/enforcedSoftwareUpdateDelay', 'minimum'],
    ['not an integer', { enforcedSoftwareUpdateDelay: 1.5 }, '/enforcedSoftwareUpdateDelay', 'type'],
    ['outside the rangelist', { ratingRegion: 'xx' }, '/ratingRegion', 'enum'],
    ['array item of the wrong type', { blockedAppBundleIDs: [42] }, '/blockedAppBundleIDs/0', 'type'],
    ['unknown key', { allowTimeTravel: true }, '', 'additionalProperties'],
    ['another payload type', { PayloadType: 'com.apple.wifi.managed' }, '/PayloadType', 'enum'],
  ];
  for (const [name, change, instancePath, keyword] of cases) {
    it(`rejects ${name}`, () => {
      assert.equal(validate({ ...restrictions, ...change }), false);
      assert.ok(
        validate.errors?.some((e) => e.instancePath === instancePath && e.keyword === keyword),
        JSON.stringify(validate.errors),
      );
    });
  }

  it('rejects a payload missing a required common key', () => {
    const { PayloadUUID: _dropped, ...rest } = restrictions;
    assert.equal(validate(rest), false);
    assert.ok(validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'PayloadUUID'));
  });

  it('reports every error at once', () => {
    assert.equal(validate({ ...restrictions, allowCloudBackup: 1, enforcedSoftwareUpdateDelay: 500 }), false);
    assert.equal(validate.errors?.length, 2);
  });
});
