import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResourceType } from '../../provider/core/document';
import { validateDocument } from '../../provider/resources/validate';
import { GROUPS, makeDoc, scope, summary, withCode } from './_document';

function restrictions(name: string, attrs: Record<string, unknown>): [ResourceType, string, Record<string, unknown>] {
  return ['applemdm_restrictions', name, { scope: scope('sup'), ...attrs }];
}

const cases: {
  name: string;
  resources: [ResourceType, string, Record<string, unknown>][];
  stack?: Parameters<typeof makeDoc>[1];
  expect: string[];
}[] = [
  { name: 'groups and direct keys', resources: [restrictions('r', { icloud: { backup: false }, open_in: { managed_pasteboard: true }, allow_screen_shot: false })], expect: [] },
  {
    name: 'the same Apple key through a group and directly',
    resources: [restrictions('r', { icloud: { backup: false }, allow_cloud_backup: true })],
    expect: ['error duplicate-restriction applemdm_restrictions.r.allow_cloud_backup'],
  },
  {
    name: 'key not on any targeted platform',
    resources: [restrictions('r', { allow_cloud_desktop_and_documents: false })],
    expect: ['warning os-support applemdm_restrictions.r.allow_cloud_desktop_and_documents'],
  },
  {
    name: 'key on another targeted platform is fine (macOS-only key, stack targets iOS and macOS)',
    resources: [restrictions('r', { allow_cloud_desktop_and_documents: false })],
    stack: { targets: { iOS: '17.0', macOS: '14.0' } },
    expect: [],
  },
  {
    name: 'key newer than the OS floor (managed pasteboard needs iOS 15)',
    resources: [restrictions('r', { open_in: { managed_pasteboard: true } })],
    stack: { targets: { iOS: '14.0' } },
    expect: ['warning os-support applemdm_restrictions.r.open_in.managed_pasteboard'],
  },
  {
    name: 'supervised-only key on a mixed group',
    resources: [restrictions('r', { scope: scope('sup', 'mixed'), allow_app_installation: false })],
    expect: ['warning supervised-only applemdm_restrictions.r.allow_app_installation'],
  },
  {
    name: 'supervised-only key on supervised groups',
    resources: [restrictions('r', { allow_app_installation: false })],
    expect: [],
  },
  {
    name: 'legacy software-update key below 26',
    resources: [restrictions('r', { force_delayed_software_updates: true })],
    expect: ['warning deprecated-key applemdm_restrictions.r.force_delayed_software_updates'],
  },
  {
    name: 'legacy software-update key with an OS floor of 27',
    resources: [restrictions('r', { enforced_software_update_delay: 10 })],
    stack: { targets: { iOS: '27.0' } },
    expect: ['error removed-key applemdm_restrictions.r.enforced_software_update_delay'],
  },
  {
    name: 'out-of-range integer from Apple’s range',
    resources: [restrictions('r', { enforced_software_update_delay: 91 })],
    expect: ['error range applemdm_restrictions.r.enforced_software_update_delay'],
  },
  {
    name: 'value outside Apple’s rangelist',
    resources: [restrictions('r', { rating_region: 'xx' })],
    expect: ['error enum applemdm_restrictions.r.rating_region'],
  },
  {
    name: 'unknown iCloud member',
    resources: [restrictions('r', { icloud: { drive: false } })],
    expect: ['error unknown-key applemdm_restrictions.r.icloud.drive'],
  },
  {
    name: 'two resources set one key differently on a shared group',
    resources: [restrictions('a', { icloud: { backup: false } }), restrictions('b', { allow_cloud_backup: true })],
    expect: ['error conflicting-restriction applemdm_restrictions.b.allow_cloud_backup'],
  },
  {
    name: 'conflict through a device that is a static member of two groups',
    resources: [
      ['applemdm_device_group', 'also_sup', { supervised: 'true', members: { serial_numbers: ['F2LXK0AAHG7J'] } }],
      restrictions('a', { allow_camera: false }),
      restrictions('b', { scope: scope('also_sup'), allow_camera: true }),
    ],
    expect: ['error conflicting-restriction applemdm_restrictions.b.allow_camera'],
  },
  {
    name: 'same key, same value, overlapping scopes',
    resources: [restrictions('a', { allow_camera: false }), restrictions('b', { allow_camera: false })],
    expect: [],
  },
  {
    name: 'same key, different values, disjoint scopes',
    resources: [restrictions('a', { allow_camera: false }), restrictions('b', { scope: scope('unsup'), allow_camera: true })],
    expect: [],
  },
];

for (const c of cases) {
  test(`restrictions rules: ${c.name}`, () => {
    assert.deepEqual(summary(validateDocument(makeDoc([...GROUPS, ...c.resources], c.stack))), c.expect);
  });
}

test('restriction warnings name the key, the platform and the version', () => {
  const diags = validateDocument(makeDoc([...GROUPS, restrictions('r', { open_in: { managed_pasteboard: true } })], { targets: { iOS: '14.0' } }));
  const [d] = withCode(diags, 'os-support');
  assert.match(d.detail, /requireManagedPasteboard needs iOS 15\.0 \(this stack targets iOS 14\.0 and later\)/);
  const legacy = withCode(validateDocument(makeDoc([...GROUPS, restrictions('r', { force_delayed_software_updates: true })])), 'deprecated-key')[0];
  assert.match(legacy.detail, /deprecated in iOS 26\.0 and removed in 27\.0/);
  assert.match(legacy.detail, /softwareupdate\.settings/);
  const conflict = withCode(
    validateDocument(makeDoc([...GROUPS, restrictions('a', { icloud: { backup: false } }), restrictions('b', { allow_cloud_backup: true })])),
    'conflicting-restriction',
  )[0];
  assert.match(conflict.detail, /applemdm_restrictions\.a .*applemdm_restrictions\.b/);
});
