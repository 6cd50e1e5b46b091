import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '../../provider/resources/validate';
import { makeDoc, summary } from './_document';

test('device group: a valid group with every member kind', () => {
  const doc = makeDoc([
    [
      'applemdm_device_group',
      'g',
      {
        supervised: 'true',
        members: {
          serial_numbers: ['F2LXK0AAHG7J'],
          udids: ['00008030-001A35E22E88802E', '0123456789abcdef0123456789abcdef01234567', '5B0F3C1E-7A52-4C8E-9F0D-6A1D2B3C4E5F'],
          enrollment_ids: ['ABCD1234:user@example.com'],
        },
      },
    ],
  ]);
  assert.deepEqual(summary(validateDocument(doc)), []);
});

test('device group: malformed members and supervision', () => {
  const doc = makeDoc([['applemdm_device_group', 'g', { supervised: 'yes', members: { serial_numbers: ['f2lxk0aahg7j'], udids: ['xyz'] } }]]);
  assert.deepEqual(summary(validateDocument(doc)), [
    'error enum applemdm_device_group.g.supervised',
    'error pattern applemdm_device_group.g.members.serial_numbers.0',
    'error pattern applemdm_device_group.g.members.udids.0',
  ]);
});

test('device group: one device declared supervised in one group and unsupervised in another', () => {
  const doc = makeDoc([
    ['applemdm_device_group', 'a', { supervised: 'true', members: { serial_numbers: ['F2LXK0AAHG7J'] } }],
    ['applemdm_device_group', 'b', { supervised: 'false', members: { serial_numbers: ['F2LXK0AAHG7J'] } }],
    ['applemdm_device_group', 'c', { supervised: 'mixed', members: { serial_numbers: ['F2LXK0AAHG7J'] } }],
  ]);
  assert.deepEqual(summary(validateDocument(doc)), ['warning supervision-contradiction applemdm_device_group.b.members.serial_numbers.0']);
});

test('device group: member lists of the wrong type are type errors, not a crash of the scope checks', () => {
  for (const wrong of [{ nested: { deep: 1 } }, -3.25, 'ENR-1', null]) {
    const doc = makeDoc([
      ['applemdm_device_group', 'bad', { supervised: 'true', members: { enrollment_ids: wrong, serial_numbers: wrong, udids: wrong } }],
      ['applemdm_device_group', 'good', { supervised: 'true', members: { enrollment_ids: ['ENR-1'] } }],
      // Two updates of one platform on these groups make the document-wide checks look for shared members.
      ['applemdm_software_update', 'a', { platform: 'iOS', scope: { groups: ['applemdm_device_group.bad'] }, deferrals: { combined_days: 7 } }],
      ['applemdm_software_update', 'b', { platform: 'iOS', scope: { groups: ['applemdm_device_group.good'] }, deferrals: { combined_days: 7 } }],
    ], { targets: { iOS: '18.0' } });
    const errors = summary(validateDocument(doc)).filter((l) => l.startsWith('error'));
    assert.deepEqual(
      errors.filter((l) => l.includes('applemdm_device_group.bad.members')),
      ['error type applemdm_device_group.bad.members.enrollment_ids', 'error type applemdm_device_group.bad.members.serial_numbers', 'error type applemdm_device_group.bad.members.udids'],
      JSON.stringify(wrong),
    );
  }
});
