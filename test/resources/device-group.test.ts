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
