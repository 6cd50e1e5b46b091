import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ResourceType } from '../../provider/core/document';
import { validateDocument } from '../../provider/resources/validate';
import { GROUPS, makeDoc, scope, summary } from './_document';

const STORE_APP: [ResourceType, string, Record<string, unknown>] = ['applemdm_app', 'store', { bundle_id: 'com.a.store', adam_id: '1', platforms: ['iOS'] }];
const MAC_INHOUSE: [ResourceType, string, Record<string, unknown>] = [
  'applemdm_app',
  'mac_tool',
  { bundle_id: 'com.a.tool', manifest_url: 'https://x.example/m.plist', platforms: ['macOS'] },
];
const MAC_STORE: [ResourceType, string, Record<string, unknown>] = ['applemdm_app', 'mac_store', { bundle_id: 'com.a.mac', adam_id: '2', platforms: ['macOS'] }];

function assign(name: string, attrs: Record<string, unknown>): [ResourceType, string, Record<string, unknown>] {
  return ['applemdm_app_assignment', name, { app: 'applemdm_app.store', intent: 'required', scope: scope('sup'), ...attrs }];
}

const cases: {
  name: string;
  resources: [ResourceType, string, Record<string, unknown>][];
  stack?: Parameters<typeof makeDoc>[1];
  expect: string[];
}[] = [
  { name: 'a plain assignment', resources: [assign('x', {})], expect: [] },
  {
    name: 'undefined app',
    resources: [assign('x', { app: 'applemdm_app.nope' })],
    expect: ['error dangling-reference applemdm_app_assignment.x.app'],
  },
  {
    name: 'undefined group and excluded group',
    resources: [assign('x', { scope: { groups: ['applemdm_device_group.nope'], exclude_groups: ['applemdm_device_group.gone'] } })],
    expect: ['error dangling-reference applemdm_app_assignment.x.scope.exclude_groups.0', 'error dangling-reference applemdm_app_assignment.x.scope.groups.0'],
  },
  {
    name: 'a group that is both included and excluded',
    resources: [assign('x', { scope: { groups: ['applemdm_device_group.sup'], exclude_groups: ['applemdm_device_group.sup'] } })],
    expect: ['warning scope-self-exclusion applemdm_app_assignment.x.scope.groups.0'],
  },
  {
    name: 'macOS in-house app cannot prevent backup',
    resources: [MAC_INHOUSE, assign('x', { app: 'applemdm_app.mac_tool', settings: { prevent_backup: true } })],
    stack: { targets: { macOS: '14.0' } },
    expect: ['error macos-inhouse-backup applemdm_app_assignment.x.settings.prevent_backup'],
  },
  {
    name: 'macOS App Store app may prevent backup',
    resources: [MAC_STORE, assign('x', { app: 'applemdm_app.mac_store', settings: { prevent_backup: true } })],
    stack: { targets: { macOS: '14.0' } },
    expect: [],
  },
  {
    name: 'uninstall with settings',
    resources: [assign('x', { intent: 'uninstall', settings: { removable: false } })],
    expect: ['warning uninstall-with-settings applemdm_app_assignment.x.settings'],
  },
  {
    name: 'per-app VPN not declared external',
    resources: [assign('x', { settings: { vpn_uuid: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB' } })],
    expect: ['warning dangling-payload-uuid applemdm_app_assignment.x.settings.vpn_uuid'],
  },
  {
    name: 'per-app VPN declared external (case-insensitive)',
    resources: [assign('x', { settings: { vpn_uuid: '9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab' } })],
    stack: { externalUuids: ['9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB'] },
    expect: [],
  },
  {
    name: 'content filter, DNS proxy and relay UUIDs not declared',
    resources: [
      assign('x', {
        settings: {
          content_filter_uuid: '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9',
          dns_proxy_uuid: '1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9',
          relay_uuid: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A',
        },
      }),
    ],
    expect: [
      'warning dangling-payload-uuid applemdm_app_assignment.x.settings.content_filter_uuid',
      'warning dangling-payload-uuid applemdm_app_assignment.x.settings.dns_proxy_uuid',
      'warning dangling-payload-uuid applemdm_app_assignment.x.settings.relay_uuid',
    ],
  },
  {
    name: 'malformed UUID',
    resources: [assign('x', { settings: { vpn_uuid: 'not-a-uuid' } })],
    expect: ['error pattern applemdm_app_assignment.x.settings.vpn_uuid'],
  },
  {
    name: 'app platform not targeted by the stack',
    resources: [MAC_STORE, assign('x', { app: 'applemdm_app.mac_store' })],
    expect: ['warning platform-mismatch applemdm_app_assignment.x.app'],
  },
  {
    name: 'setting newer than the OS floor (relay needs iOS 17)',
    resources: [assign('x', { settings: { relay_uuid: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A' } })],
    stack: { targets: { iOS: '16.0' }, externalUuids: ['2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A'] },
    expect: ['warning os-support applemdm_app_assignment.x.settings.relay_uuid'],
  },
  {
    name: 'iOS-only attribute on a macOS app; default values are not reported',
    resources: [MAC_STORE, assign('x', { app: 'applemdm_app.mac_store', settings: { associated_domains: ['applinks:a.example'], tap_to_pay_screen_lock: false } })],
    stack: { targets: { macOS: '14.0' } },
    expect: ['warning os-support applemdm_app_assignment.x.settings.associated_domains'],
  },
  {
    name: 'configuration with null and nested values',
    resources: [assign('x', { settings: { configuration: { Ok: [1, 'a', { b: true }], Bad: null, Deep: { Worse: [null] } } } })],
    expect: [
      'error plist-null applemdm_app_assignment.x.settings.configuration.Bad',
      'error plist-null applemdm_app_assignment.x.settings.configuration.Deep.Worse.0',
    ],
  },
  {
    name: 'two assignments of one app to overlapping scopes with different intents',
    resources: [assign('a', {}), assign('b', { intent: 'available', scope: scope('sup', 'unsup') })],
    expect: ['error conflicting-assignment applemdm_app_assignment.b.app'],
  },
  {
    name: 'identical assignments on overlapping scopes are redundant',
    resources: [assign('a', {}), assign('b', {})],
    expect: ['warning redundant-assignment applemdm_app_assignment.b.app'],
  },
  {
    name: 'assignments of one app to disjoint scopes',
    resources: [assign('a', {}), assign('b', { intent: 'available', scope: scope('unsup') })],
    expect: [],
  },
];

for (const c of cases) {
  test(`app assignment rules: ${c.name}`, () => {
    assert.deepEqual(summary(validateDocument(makeDoc([...GROUPS, STORE_APP, ...c.resources], c.stack))), c.expect);
  });
}
