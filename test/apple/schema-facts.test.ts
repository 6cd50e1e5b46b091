import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import {
  appleSchemaAnnotation,
  appleSchemaIndex,
  compareVersions,
  keyFacts,
  payloadKeys,
  restrictionKeys,
  supportOn,
  type Platform,
  type PlatformSupport,
} from '../../provider/apple/schema';
import { parseAppleYaml } from '../../scripts/gen-apple/read-apple-yaml';
import { appleSchemaSourceDir } from '../../scripts/gen-apple/locations';

const RESTRICTIONS = 'com.apple.applicationaccess';

function platform(name: string, key: string, p: Platform): PlatformSupport {
  const facts = keyFacts(name, key);
  assert.ok(facts, `${name} has no key ${key}`);
  return facts.platforms[p] as PlatformSupport;
}

// Expected facts from ../shared/reference/apple-mdm.md §1.5 and §3.1 (inheritance rule applied to the 18.1 YAML).
type Expect = Partial<PlatformSupport> | 'n/a';
const SUPPORT_CASES: Array<[string, string, Platform, Expect]> = [
  [RESTRICTIONS, 'allowAppInstallation', 'iOS', { introduced: '4.0', supervised: true, userEnrollment: 'forbidden' }],
  [RESTRICTIONS, 'allowAppInstallation', 'watchOS', { introduced: '10.0', supervised: true }],
  [RESTRICTIONS, 'allowAppInstallation', 'macOS', 'n/a'],
  [RESTRICTIONS, 'requireManagedPasteboard', 'iOS', { introduced: '15.0', supervised: false, userEnrollment: 'allowed' }],
  [RESTRICTIONS, 'requireManagedPasteboard', 'tvOS', 'n/a'],
  [RESTRICTIONS, 'allowCloudDocumentSync', 'iOS', { introduced: '5.0', supervised: true, userEnrollment: 'forbidden' }],
  [RESTRICTIONS, 'allowCloudDocumentSync', 'macOS', { introduced: '10.11', supervised: false, userEnrollment: 'forbidden' }],
  [RESTRICTIONS, 'allowCloudBackup', 'iOS', { introduced: '5.0', supervised: false, userEnrollment: 'forbidden' }],
  [RESTRICTIONS, 'allowManagedAppsCloudSync', 'iOS', { introduced: '8.0', userEnrollment: 'allowed' }],
  [RESTRICTIONS, 'allowManagedToWriteUnmanagedContacts', 'iOS', { introduced: '12.0', allowManualInstall: false }],
  [RESTRICTIONS, 'enforcedSoftwareUpdateDelay', 'macOS', { introduced: '10.13.4', supervised: false, userEnrollment: 'forbidden' }],
  [RESTRICTIONS, 'enforcedSoftwareUpdateDelay', 'tvOS', { introduced: '12.2', supervised: true }],
  [RESTRICTIONS, 'enforcedSoftwareUpdateDelay', 'visionOS', 'n/a'],
  [RESTRICTIONS, 'forceDelayedMajorSoftwareUpdates', 'iOS', 'n/a'],
  [RESTRICTIONS, 'forceDelayedMajorSoftwareUpdates', 'macOS', { introduced: '11.3' }],
  ['InstallApplication', 'ManagementFlags', 'macOS', { introduced: '11.0', userEnrollment: 'forbidden' }],
  ['InstallApplication', 'Attributes.Removable', 'tvOS', { introduced: '14.0' }],
  ['InstallApplication', 'Attributes.Removable', 'macOS', 'n/a'],
  ['com.apple.configuration.softwareupdate.settings', 'Deferrals.CombinedPeriodInDays', 'iOS', { introduced: '18.0', supervised: true }],
  ['com.apple.configuration.softwareupdate.settings', 'Deferrals.CombinedPeriodInDays', 'macOS', 'n/a'],
  ['com.apple.configuration.softwareupdate.settings', 'Deferrals.MajorPeriodInDays', 'macOS', { introduced: '15.0', supervised: true }],
  ['com.apple.configuration.softwareupdate.settings', 'Notifications', 'iOS', { introduced: '18.0', supervised: false }],
  ['com.apple.configuration.app.managed', 'InstallBehavior.License.VPPType', 'iOS', { introduced: '17.2', removed: '18.0' }],
  ['com.apple.configuration.app.managed', 'BundleID', 'macOS', 'n/a'],
];

describe('supportedOS inheritance in the generated facts', () => {
  for (const [name, key, p, expected] of SUPPORT_CASES) {
    it(`${name} ${key} on ${p}`, () => {
      const actual = platform(name, key, p);
      if (expected === 'n/a') return assert.deepEqual(actual, { supported: false });
      assert.equal(actual.supported, true);
      for (const [field, value] of Object.entries(expected)) {
        assert.deepEqual(actual[field as keyof PlatformSupport], value, `${field}`);
      }
    });
  }
});

describe('value facts', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    [RESTRICTIONS, 'enforcedSoftwareUpdateDelay', { type: 'integer', minimum: 1, maximum: 90, default: 30 }],
    [RESTRICTIONS, 'allowManagedToWriteUnmanagedContacts', { type: 'boolean', default: false }],
    [RESTRICTIONS, 'allowUnmanagedToReadManagedContacts', { type: 'boolean', default: false }],
    [RESTRICTIONS, 'allowCloudBackup', { type: 'boolean', default: true }],
    [RESTRICTIONS, 'safariAcceptCookies', { type: 'real', enum: [0, 1, 1.5, 2], default: 2 }],
    [RESTRICTIONS, 'blockedAppBundleIDs', { type: 'array', itemsType: 'string' }],
    ['InstallApplication', 'ManagementFlags', { type: 'integer', enum: [1, 4, 5] }],
    ['InstallApplication', 'Options.PurchaseMethod', { type: 'integer', enum: [0, 1], default: 0 }],
    ['com.apple.configuration.softwareupdate.settings', 'Deferrals.CombinedPeriodInDays', { minimum: 1, maximum: 90, combineType: 'number-max' }],
    ['com.apple.configuration.softwareupdate.settings', 'Notifications', { default: true, combineType: 'boolean-and' }],
    ['com.apple.configuration.softwareupdate.enforcement.specific', 'TargetOSVersion', { type: 'string', presence: 'required' }],
    ['com.apple.activation.simple', 'StandardConfigurations', { type: 'array', presence: 'required', itemsType: 'string' }],
    ['com.apple.configuration.legacy', 'ProfileURL', { type: 'string', presence: 'required' }],
    ['com.apple.configuration.app.managed', 'IncludeInBackup', { type: 'boolean', default: true }],
    ['com.apple.configuration.app.managed', 'InstallBehavior.Install', { enum: ['Optional', 'Required'] }],
  ];
  for (const [name, key, expected] of cases) {
    it(`${name} ${key}`, () => {
      const facts = keyFacts(name, key) as unknown as Record<string, unknown>;
      assert.ok(facts, `no key ${key}`);
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(facts[field], value, field);
    });
  }

  it('unknown keys have no facts', () => {
    assert.equal(keyFacts(RESTRICTIONS, 'allowTimeTravel'), undefined);
    assert.equal(keyFacts(RESTRICTIONS, '__proto__'), undefined);
  });
});

describe('restriction key inventory', () => {
  const keys = restrictionKeys();

  it('has the 188 keys of the 18.1 release and no common payload keys', () => {
    assert.equal(keys.length, 188);
    assert.equal(new Set(keys.map((k) => k.key)).size, keys.length);
    assert.ok(!keys.some((k) => k.key.startsWith('Payload')));
  });

  it('matches the key count of Apple\'s YAML', (t) => {
    const file = path.join(appleSchemaSourceDir(path.join(__dirname, '..', '..')), 'mdm/profiles/com.apple.applicationaccess.yaml');
    if (!fs.existsSync(file)) return t.skip(`Apple's YAML not found at ${file}`);
    const doc = parseAppleYaml(fs.readFileSync(file, 'utf8'), file) as { payloadkeys: Array<{ key: string }> };
    assert.deepEqual(keys.map((k) => k.key), doc.payloadkeys.map((k) => k.key));
  });

  it('counts 104 keys supervised-only on iOS and 29 on macOS but not iOS (apple-mdm.md §3)', () => {
    assert.equal(keys.filter((k) => k.platforms.iOS?.supervised === true).length, 104);
    assert.equal(keys.filter((k) => k.platforms.macOS?.supported && !k.platforms.iOS?.supported).length, 29);
  });
});

describe('release-26 overlay', () => {
  const LEGACY = [
    'forceDelayedSoftwareUpdates',
    'enforcedSoftwareUpdateDelay',
    'forceDelayedMajorSoftwareUpdates',
    'enforcedSoftwareUpdateMajorOSDeferredInstallDelay',
    'enforcedSoftwareUpdateMinorOSDeferredInstallDelay',
    'forceDelayedAppSoftwareUpdates',
    'enforcedSoftwareUpdateNonOSDeferredInstallDelay',
  ];

  for (const key of LEGACY) {
    it(`${key}: deprecated in 26, removed in 27 wherever supported, with a DDM replacement`, () => {
      const facts = keyFacts(RESTRICTIONS, key);
      assert.ok(facts);
      const supported = Object.entries(facts.platforms).filter(([, s]) => s?.supported);
      assert.ok(supported.length > 0);
      for (const [p, s] of supported) {
        assert.equal(s?.deprecated, '26.0', p);
        assert.equal(s?.removed, '27.0', p);
        assert.deepEqual(s?.sources, { deprecated: 'overlay:release-26', removed: 'overlay:release-26' });
      }
      assert.equal(facts.replacement?.declaration, 'com.apple.configuration.softwareupdate.settings');
      assert.equal(facts.sources?.replacement, 'overlay:release-26');
      for (const paths of Object.values(facts.replacement?.keys ?? {})) {
        for (const p of paths ?? []) assert.ok(keyFacts('com.apple.configuration.softwareupdate.settings', p), p);
      }
    });
  }

  it('forceDelayedSoftwareUpdates maps to CombinedPeriodInDays on iOS and leaves visionOS unsupported', () => {
    const facts = keyFacts(RESTRICTIONS, 'forceDelayedSoftwareUpdates');
    assert.deepEqual(facts?.replacement?.keys.iOS, ['Deferrals.CombinedPeriodInDays']);
    assert.deepEqual(facts?.platforms.visionOS, { supported: false });
  });

  it('leaves other restriction keys without deprecation', () => {
    const overlaid = restrictionKeys().filter((k) => Object.values(k.platforms).some((s) => s?.sources));
    assert.deepEqual(overlaid.map((k) => k.key).sort(), [...LEGACY].sort());
  });

  it('removes com.apple.SoftwareUpdate in macOS 27, payload and keys', () => {
    const root = appleSchemaAnnotation('com.apple.SoftwareUpdate');
    assert.equal(root.platforms.macOS?.removed, '27.0');
    assert.equal(root.platforms.macOS?.sources?.removed, 'overlay:release-26');
    const keys = payloadKeys('com.apple.SoftwareUpdate');
    assert.ok(keys.length >= 9);
    for (const k of keys) assert.equal(k.platforms.macOS?.removed, '27.0', k.key);
  });

  it('marks License.Assignment as required for App Store apps', () => {
    const facts = keyFacts('com.apple.configuration.app.managed', 'InstallBehavior.License.Assignment');
    assert.deepEqual(facts?.requiredWhen?.anyPresent, ['AppStoreID', 'BundleID']);
    assert.equal(facts?.sources?.requiredWhen, 'overlay:release-26');
  });
});

describe('supportOn', () => {
  const delay = keyFacts(RESTRICTIONS, 'forceDelayedSoftwareUpdates');
  assert.ok(delay);
  const cases: Array<[Platform, string | undefined, Record<string, unknown>]> = [
    ['iOS', undefined, { supported: true, supervisedOnly: true, deprecatedInEffect: true }],
    ['iOS', '11.2', { supported: false, reason: 'introduced in iOS 11.3' }],
    ['iOS', '18.1', { supported: true, deprecatedInEffect: false, deprecated: '26.0', removed: '27.0' }],
    ['iOS', '26.0', { supported: true, deprecatedInEffect: true, source: 'overlay:release-26' }],
    ['iOS', '27.0', { supported: false, reason: 'removed in iOS 27.0' }],
    ['macOS', '15.0', { supported: true, supervisedOnly: false, userEnrollment: 'forbidden' }],
    ['visionOS', '2.0', { supported: false, reason: 'not supported on visionOS' }],
  ];
  for (const [p, version, expected] of cases) {
    it(`forceDelayedSoftwareUpdates on ${p} ${version ?? '(any)'}`, () => {
      const verdict = supportOn(delay, p, version) as unknown as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(verdict[field], value, field);
    });
  }
});

describe('compareVersions', () => {
  const cases: Array<[string, string, number]> = [
    ['10.10', '10.9', 1],
    ['10.13.4', '10.13', 1],
    ['11', '11.0', 0],
    ['4.2.1', '4.2.6', -1],
    ['26.0', '27.0', -1],
  ];
  for (const [a, b, expected] of cases) it(`${a} vs ${b}`, () => assert.equal(compareVersions(a, b), expected));
});

describe('index', () => {
  it('lists every generated file with kind, source and release', () => {
    const index = appleSchemaIndex();
    assert.equal(index.release, 'Release_iOS-18-1_macOS-15-1');
    assert.deepEqual(index.overlays, ['overlay:release-26']);
    for (const entry of index.schemas) {
      assert.ok(['profile', 'command', 'declaration'].includes(entry.kind));
      assert.equal(entry.file, `${entry.kind}.${entry.name}.schema.json`);
      assert.equal(appleSchemaAnnotation(entry.name).release, index.release);
      assert.equal(appleSchemaAnnotation(entry.name).source, entry.source);
    }
  });
});
