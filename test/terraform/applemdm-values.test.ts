import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Diagnostics } from '../../provider/core/diagnostics';
import type { ResourceType } from '../../provider/core/document';
import { loadApplemdmSchemaDocument } from '../../provider/terraform/applemdm-provider';
import { terraformPath } from '../../provider/terraform/applemdm/diagnostic-paths';
import { KeyedMutex } from '../../provider/terraform/applemdm/keyed-mutex';
import { documentAttributes, terraformAttributes } from '../../provider/terraform/applemdm/terraform-values';
import { soleProvider } from '../../provider/terraform/schema/schema-document';

/** Terraform values ↔ document attributes, diagnostic paths, and the per-set queue of the provider's handlers. */
const schemas = soleProvider(loadApplemdmSchemaDocument()).schemas;
const block = (type: string) => schemas.resource_schemas![type]!.block;

test('document attributes → Terraform → document gives them back (blocks as lists, JSON text, nulls for unset)', () => {
  const cases: [ResourceType, Record<string, unknown>][] = [
    ['applemdm_app_assignment', { app: 'com.example.mdm.s.app.slack', intent: 'required', scope: { groups: ['g1', 'g2'] }, settings: { prevent_backup: true, associated_domains: ['applinks:x.example'], configuration: { b: 1, a: { list: [true, 'x'] } } } }],
    ['applemdm_restrictions', { scope: { groups: ['g'] }, allow_camera: false, icloud: { backup: false }, extra: { futureKey: 3 } }],
    ['applemdm_software_update', { platform: 'macOS', scope: { groups: ['g'] }, deferrals: { major_days: 30 }, enforcement: { latest: true, days_after_release: 7, local_time: '18:00' } }],
    ['applemdm_device_group', { description: 'Text with ${literal} and %{directive}', members: { enrollment_ids: ['E1'] } }],
    ['applemdm_app', { bundle_id: 'com.example.a', platforms: ['iOS', 'macOS'], license: 'none' }],
  ];
  for (const [type, attributes] of cases) {
    const value = terraformAttributes(type, attributes, block(type));
    assert.deepEqual(Object.keys(value).sort(), [...Object.keys(block(type).attributes ?? {}), ...Object.keys(block(type).block_types ?? {})].sort(), `${type}: every attribute present`);
    const diags = new Diagnostics();
    assert.deepEqual(documentAttributes(type, { ...value, id: 'x', name: 'n' }, `${type}.n`, diags), attributes, type);
    assert.equal(diags.length, 0, JSON.stringify([...diags]));
  }
  const assignment = terraformAttributes('applemdm_app_assignment', cases[0][1], block('applemdm_app_assignment'));
  assert.equal((assignment.settings as Record<string, unknown>[])[0].configuration, '{"a":{"list":[true,"x"]},"b":1}', 'canonical JSON, sorted keys');
  assert.deepEqual(terraformAttributes('applemdm_app_assignment', { app: 'a', intent: 'required' }, block('applemdm_app_assignment')).settings, [], 'an unset block is an empty list, as Terraform has it');
});

test('document paths become Terraform attribute paths', () => {
  const cases: [string, (string | number)[], (string | number)[]][] = [
    ['applemdm_app_assignment', ['scope', 'groups', 1], ['scope', 0, 'groups', 1]],
    ['applemdm_app_assignment', ['settings', 'configuration', 'team'], ['settings', 0, 'configuration']],
    ['applemdm_app_assignment', ['intent'], ['intent']],
    ['applemdm_software_update', ['enforcement', 'target_os_version'], ['enforcement', 0, 'target_os_version']],
    ['applemdm_restrictions', ['icloud'], ['icloud', 0]],
    ['applemdm_restrictions', ['no_such_attribute', 'x'], []],
  ];
  for (const [type, path, want] of cases) assert.deepEqual(terraformPath(path, block(type)), want, `${type} ${path.join('.')}`);
  assert.deepEqual(terraformPath(['targets', 'iOS'], schemas.provider.block), ['targets', 0, 'ios'], 'provider settings use lower-case platform names');
});

test('the per-set queue runs work for one key in order and other keys side by side, past failures', async () => {
  const mutex = new KeyedMutex();
  const events: string[] = [];
  const step = (key: string, id: string, ms: number, fail = false) =>
    mutex.run(key, async () => {
      events.push(`start ${id}`);
      await new Promise((r) => setTimeout(r, ms));
      events.push(`end ${id}`);
      if (fail) throw new Error(id);
      return id;
    });
  const results = await Promise.allSettled([step('a', 'a1', 30, true), step('a', 'a2', 1), step('b', 'b1', 5)]);
  assert.deepEqual(results.map((r) => r.status), ['rejected', 'fulfilled', 'fulfilled']);
  assert.ok(events.indexOf('end a1') < events.indexOf('start a2'), `a2 waits for a1: ${events.join(', ')}`);
  assert.ok(events.indexOf('end b1') < events.indexOf('end a1'), `b1 does not wait for a1: ${events.join(', ')}`);
});
