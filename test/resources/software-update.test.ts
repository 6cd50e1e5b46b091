import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResourceType } from '../../provider/core/document';
import { validateDocument } from '../../provider/resources/validate';
import { GROUPS, makeDoc, scope, summary, withCode } from './_document';

function update(name: string, attrs: Record<string, unknown>): [ResourceType, string, Record<string, unknown>] {
  return ['applemdm_software_update', name, { platform: 'iOS', scope: scope('sup'), ...attrs }];
}

const IOS18 = { targets: { iOS: '18.0' } };
const VERSION = { target_os_version: '18.1', target_local_datetime: '2027-01-15T18:00:00' };

const cases: {
  name: string;
  resources: [ResourceType, string, Record<string, unknown>][];
  stack?: Parameters<typeof makeDoc>[1];
  expect: string[];
}[] = [
  { name: 'deferral and a specific version', resources: [update('u', { deferrals: { combined_days: 14 }, enforcement: VERSION })], stack: IOS18, expect: [] },
  {
    name: 'latest version N days after release',
    resources: [update('u', { enforcement: { latest: true, days_after_release: 7, local_time: '18:30' } })],
    stack: IOS18,
    expect: [],
  },
  { name: 'deferral of 0 days', resources: [update('u', { deferrals: { combined_days: 0 } })], stack: IOS18, expect: ['error range applemdm_software_update.u.deferrals.combined_days'] },
  { name: 'deferral of 91 days', resources: [update('u', { deferrals: { combined_days: 91 } })], stack: IOS18, expect: ['error range applemdm_software_update.u.deferrals.combined_days'] },
  { name: 'deferrals of 1 and 90 days', resources: [update('u', { platform: 'macOS', deferrals: { major_days: 1, minor_days: 90 } })], stack: { targets: { macOS: '15.0' } }, expect: [] },
  {
    name: 'macOS deferral on an iOS policy',
    resources: [update('u', { deferrals: { major_days: 30 } })],
    stack: IOS18,
    expect: ['warning platform-mismatch applemdm_software_update.u.deferrals.major_days'],
  },
  {
    name: 'both enforcement modes',
    resources: [update('u', { enforcement: { ...VERSION, latest: true, days_after_release: 3, local_time: '09:00' } })],
    stack: IOS18,
    expect: ['error enforcement-mode applemdm_software_update.u.enforcement.latest'],
  },
  {
    name: 'specific version without a deadline',
    resources: [update('u', { enforcement: { target_os_version: '18.1' } })],
    stack: IOS18,
    expect: ['error required applemdm_software_update.u.enforcement'],
  },
  {
    name: 'latest without its timing',
    resources: [update('u', { enforcement: { latest: true } })],
    stack: IOS18,
    expect: ['error required applemdm_software_update.u.enforcement', 'error required applemdm_software_update.u.enforcement'],
  },
  {
    name: 'days_after_release without latest',
    resources: [update('u', { enforcement: { ...VERSION, days_after_release: 3 } })],
    stack: IOS18,
    expect: ['error enforcement-mode applemdm_software_update.u.enforcement.days_after_release'],
  },
  {
    name: 'impossible deadline date',
    resources: [update('u', { enforcement: { ...VERSION, target_local_datetime: '2027-02-30T10:00:00' } })],
    stack: IOS18,
    expect: ['error invalid-date applemdm_software_update.u.enforcement.target_local_datetime'],
  },
  {
    name: 'deadline with a UTC offset',
    resources: [update('u', { enforcement: { ...VERSION, target_local_datetime: '2027-01-15T18:00:00Z' } })],
    stack: IOS18,
    expect: ['error pattern applemdm_software_update.u.enforcement.target_local_datetime'],
  },
  {
    name: 'details page over http',
    resources: [update('u', { enforcement: { ...VERSION, details_url: 'http://intranet.example/update' } })],
    stack: IOS18,
    expect: ['error https-required applemdm_software_update.u.enforcement.details_url'],
  },
  {
    name: 'OS floor below the settings declaration',
    resources: [update('u', { deferrals: { combined_days: 14 } })],
    stack: { targets: { iOS: '17.2' } },
    expect: ['warning os-support applemdm_software_update.u.deferrals'],
  },
  {
    name: 'platform the stack does not target',
    resources: [update('u', { platform: 'tvOS', notifications: false })],
    stack: IOS18,
    expect: ['warning platform-mismatch applemdm_software_update.u.platform'],
  },
  {
    name: 'supervised-only settings for a mixed scope',
    resources: [update('u', { scope: scope('mixed'), automatic_actions: { download: 'AlwaysOn' } })],
    stack: IOS18,
    expect: ['warning supervised-only applemdm_software_update.u.automatic_actions'],
  },
  {
    name: 'legacy profile below 27 and at 27',
    resources: [update('u', { deferrals: { combined_days: 5 }, legacy_profile: true })],
    stack: IOS18,
    expect: ['warning deprecated-key applemdm_software_update.u.legacy_profile'],
  },
  {
    name: 'legacy profile with an OS floor of 27',
    resources: [update('u', { deferrals: { combined_days: 5 }, legacy_profile: true })],
    stack: { targets: { iOS: '27.0' } },
    expect: ['error removed-key applemdm_software_update.u.legacy_profile'],
  },
  {
    name: 'two enforced updates for overlapping scopes',
    resources: [update('a', { enforcement: VERSION }), update('b', { scope: scope('sup', 'unsup'), enforcement: VERSION })],
    stack: IOS18,
    expect: ['error conflicting-enforcement applemdm_software_update.b.enforcement'],
  },
];

for (const c of cases) {
  test(`software update rules: ${c.name}`, () => {
    assert.deepEqual(summary(validateDocument(makeDoc([...GROUPS, ...c.resources], c.stack))), c.expect);
  });
}

test('deferral range errors say what was received and what is allowed', () => {
  const [d] = withCode(validateDocument(makeDoc([...GROUPS, update('u', { deferrals: { combined_days: 91 } })], IOS18)), 'range');
  assert.equal(d.detail, 'deferrals.combined_days is the number 91; expected a value from 1 to 90.');
});
