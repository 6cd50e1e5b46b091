import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileDocument } from '../../provider/apple/compile-document';
import type { Declaration } from '../../provider/apple/declaration';
import { desiredServerState } from '../../provider/apple/ddm-state';
import { MOBILECONFIG_CONTENT_TYPE } from '../../provider/apple/mobileconfig';
import { app, assertValidArtifacts, assignment, codes, doc, group, NOW, resource, restrictions, softwareUpdate } from './compile-helpers';

const STORE = { bundle_id: 'com.example.store', adam_id: '123456789', license: 'device', platforms: ['iOS'] };

function sample() {
  return doc([
    group('phones', { supervised: 'true', members: { enrollment_ids: ['enr-1'], udids: ['00008030-001A2B3C4D5E6F70'], serial_numbers: ['F2LXK0AAHG7J'] } }),
    group('macs', { supervised: 'mixed', members: { enrollment_ids: ['enr-1', 'enr-2'] } }),
    group('empty', { supervised: 'true' }),
    app('store', STORE),
    assignment('store_phones', { app: 'applemdm_app.store', intent: 'required', scope: { groups: ['applemdm_device_group.phones', 'applemdm_device_group.macs'] }, settings: { prevent_backup: true } }),
    restrictions('baseline', { scope: { groups: ['applemdm_device_group.phones'] }, allow_screen_shot: false }),
    restrictions('other', { scope: { groups: ['applemdm_device_group.phones'] }, allow_screen_shot: false }),
    softwareUpdate('ios', { scope: { groups: ['applemdm_device_group.phones'] }, platform: 'iOS', deferrals: { combined_days: 5 } }),
  ]);
}

test('compiling twice gives byte-identical artifacts, and every artifact validates against schemas/apple', () => {
  const a = compileDocument(sample(), { now: NOW });
  const b = compileDocument(sample(), { now: NOW });
  assert.equal(a.diagnostics.hasError(), false, JSON.stringify(a.diagnostics.toArray(), null, 1));
  assert.deepEqual(a.artifacts.map((x) => x.fileName), b.artifacts.map((x) => x.fileName));
  for (let i = 0; i < a.artifacts.length; i++) assert.ok(a.artifacts[i].bytes.equals(b.artifacts[i].bytes), a.artifacts[i].fileName);
  assertValidArtifacts(a.artifacts);
  const names = a.artifacts.map((x) => x.fileName);
  assert.deepEqual(names, [...names].sort(), 'artifacts are sorted by file name');
});

test('UUIDs differ between resources with identical content', () => {
  const r = compileDocument(sample(), { now: NOW });
  const uuids = r.artifacts
    .filter((a) => a.kind === 'profile')
    .flatMap((a) => {
      const p = a.content as { PayloadUUID: string; PayloadContent: { PayloadUUID: string }[] };
      return [p.PayloadUUID, ...p.PayloadContent.map((x) => x.PayloadUUID)];
    });
  assert.equal(uuids.length, 4);
  assert.equal(new Set(uuids).size, 4);
});

test('one activation per group with configurations, listing exactly that group\'s configurations', () => {
  const r = compileDocument(sample(), { now: NOW });
  const activations = r.artifacts.filter((a) => a.type === 'com.apple.activation.simple');
  assert.deepEqual(activations.map((a) => [a.address, a.identifier]), [
    ['applemdm_device_group.macs', 'com.example.mdm.test.device-group.macs.activation'],
    ['applemdm_device_group.phones', 'com.example.mdm.test.device-group.phones.activation'],
  ]);
  assert.deepEqual((activations[0].content as Declaration).Payload.StandardConfigurations, ['com.example.mdm.test.app-assignment.store-phones']);
  assert.deepEqual((activations[1].content as Declaration).Payload.StandardConfigurations, [
    'com.example.mdm.test.app-assignment.store-phones',
    'com.example.mdm.test.restrictions.baseline',
    'com.example.mdm.test.restrictions.other',
    'com.example.mdm.test.software-update.ios.settings',
  ]);
});

test('a resource with an error compiles to nothing while the others still compile', () => {
  const d = sample();
  d.resources.push(restrictions('broken', { scope: { groups: ['applemdm_device_group.nope'] }, allow_screen_shot: false }));
  const r = compileDocument(d, { now: NOW });
  assert.deepEqual(codes(r.diagnostics, 'error'), ['dangling-reference']);
  assert.equal(r.artifacts.some((a) => a.address === 'applemdm_restrictions.broken'), false);
  assert.equal(r.artifacts.some((a) => a.address === 'applemdm_restrictions.baseline'), true);
});

test('two resources compiling to the same file are an error', () => {
  const d = doc([group('g'), restrictions('a_b', { allow_screen_shot: false }), resource('applemdm_restrictions', 'a-b', { scope: { groups: ['applemdm_device_group.g'] }, allow_camera: false })]);
  const r = compileDocument(d, { now: NOW });
  assert.ok(codes(r.diagnostics, 'error').includes('duplicate-identifier'));
});

test('desiredServerState maps groups to sets, members to enrollment sets, profiles to assets', () => {
  const d = sample();
  const { artifacts } = compileDocument(d, { now: NOW });
  const state = desiredServerState(d, artifacts);
  assert.equal(state.diagnostics.length, 0);
  const phones = 'com.example.mdm.test.device-group.phones';
  const macs = 'com.example.mdm.test.device-group.macs';
  assert.deepEqual(state.sets, {
    'com.example.mdm.test.device-group.empty': [],
    [macs]: ['com.example.mdm.test.app-assignment.store-phones', `${macs}.activation`],
    [phones]: [
      'com.example.mdm.test.app-assignment.store-phones',
      `${phones}.activation`,
      'com.example.mdm.test.restrictions.baseline',
      'com.example.mdm.test.restrictions.other',
      'com.example.mdm.test.software-update.ios.settings',
    ],
  });
  assert.deepEqual(state.enrollmentSets, {
    '00008030-001A2B3C4D5E6F70': [phones],
    'enr-1': [macs, phones],
    'enr-2': [macs],
  });
  assert.deepEqual(state.unresolvedSerialNumbers, { F2LXK0AAHG7J: [phones] });
  const ids = state.declarations.map((x) => x.Identifier);
  assert.deepEqual(ids, [...ids].sort());
  assert.equal(ids.length, artifacts.filter((a) => a.kind === 'declaration').length);
  for (const decl of state.declarations) assert.deepEqual(Object.keys(decl).sort(), ['Identifier', 'Payload', 'Type']);
  assert.equal(state.owners[phones], 'applemdm_device_group.phones');
  assert.equal(state.owners['com.example.mdm.test.restrictions.baseline'], 'applemdm_restrictions.baseline');

  assert.deepEqual(state.assets.map((a) => a.name), ['com.example.mdm.test.restrictions.baseline.mobileconfig', 'com.example.mdm.test.restrictions.other.mobileconfig']);
  for (const asset of state.assets) {
    const profile = artifacts.find((a) => a.kind === 'profile' && a.fileName.endsWith(asset.name));
    assert.ok(profile && profile.bytes.equals(asset.bytes));
    assert.equal(asset.contentType, MOBILECONFIG_CONTENT_TYPE);
    const legacy = state.declarations.find((x) => x.Type === 'com.apple.configuration.legacy' && x.Identifier === profile.identifier);
    assert.ok(String(legacy?.Payload.ProfileURL).includes(`/${asset.name}?sha256=${asset.sha256}`));
  }
});

test('exclude_groups cannot be expressed with KMFDDM sets: an error naming the backend and the setting', () => {
  const d = sample();
  const r = d.resources.find((x) => x.address === 'applemdm_restrictions.baseline');
  assert.ok(r);
  r.attributes.scope = { groups: ['applemdm_device_group.phones'], exclude_groups: ['applemdm_device_group.macs'] };
  const { artifacts } = compileDocument(d, { now: NOW });
  const state = desiredServerState(d, artifacts);
  const errors = state.diagnostics.toArray();
  assert.equal(errors.length, 1);
  assert.equal(errors[0].severity, 'error');
  assert.equal(errors[0].code, 'backend-capability');
  assert.deepEqual(errors[0].path, ['applemdm_restrictions.baseline', 'scope', 'exclude_groups']);
  assert.match(errors[0].detail, /kmfddm/);
});
