import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { packageVersion } from '../../provider/core/paths';
import type { ResourceSchemaNode } from '../../provider/resources/schema-types';
import { loadResourceSchema } from '../../provider/resources/schema-registry';
import {
  App,
  AppAssignment,
  ApplemdmProvider,
  AutomaticAction,
  DeviceGroup,
  Intent,
  License,
  Platform,
  RecommendedCadence,
  Supervision,
  appConfiguration,
  cdk,
} from '../../provider/cdktf';
import { parseSynthesizedStack } from '../../provider/frontends/cdktf';
import { PROVIDER_SOURCE } from '../../provider/terraform/schema-emitter';

function demoStack(): cdk.TerraformStack {
  const stack = new cdk.TerraformStack(cdk.Testing.app(), 'demo');
  new ApplemdmProvider(stack, 'applemdm', { stack: 'demo', identifierPrefix: 'com.example.mdm', targets: { ios: '17.0', macos: '14.0' } });
  const phones = new DeviceGroup(stack, 'phones', { supervised: Supervision.SUPERVISED, members: { serialNumbers: ['F2LXK0AAHG7J'] } });
  const slack = new App(stack, 'slack', { bundleId: 'com.tinyspeck.chatlyio', adamId: '618783545', license: License.DEVICE, platforms: [Platform.IOS] });
  new AppAssignment(stack, 'slack_phones', {
    app: slack.id,
    intent: Intent.REQUIRED,
    scope: { groups: [phones.id] },
    settings: { preventBackup: true, configuration: appConfiguration({ b: 1, a: { d: 'x', c: [true] } }) },
  });
  return stack;
}

test('a stack synthesizes the applemdm resources with snake_case attributes, blocks as objects and ids as references', () => {
  const json = cdk.Testing.synth(demoStack());
  assert.ok(
    cdk.Testing.toHaveResourceWithProperties(json, AppAssignment.tfResourceType, {
      app: '${applemdm_app.slack.id}',
      intent: 'required',
      scope: { groups: ['${applemdm_device_group.phones.id}'] },
      settings: { prevent_backup: true, configuration: '{"a":{"c":[true],"d":"x"},"b":1}' },
    }),
  );
  const parsed = JSON.parse(json) as { resource: Record<string, Record<string, Record<string, unknown>>> };
  // Each resource carries its name (the construct's), which Terraform does not tell the provider.
  assert.deepEqual(parsed.resource.applemdm_device_group.phones, { name: 'phones', supervised: 'true', members: { serial_numbers: ['F2LXK0AAHG7J'] } });
  assert.deepEqual(parsed.resource.applemdm_app.slack, { name: 'slack', bundle_id: 'com.tinyspeck.chatlyio', adam_id: '618783545', license: 'device', platforms: ['iOS'] });
});

test('the stack requires the applemdm provider from its registry source, pinned to the package version', () => {
  const parsed = JSON.parse(cdk.Testing.synth(demoStack())) as {
    terraform: { required_providers: Record<string, unknown> };
    provider: Record<string, Record<string, unknown>[]>;
  };
  assert.deepEqual(parsed.terraform.required_providers.applemdm, { source: PROVIDER_SOURCE, version: packageVersion() });
  assert.ok(cdk.Testing.toHaveProvider(JSON.stringify(parsed), ApplemdmProvider.tfResourceType));
  // Lower-case platform names survive CDKTF's snake-casing of provider keys (iOS would become i_os).
  assert.deepEqual(parsed.provider.applemdm[0], { stack: 'demo', identifier_prefix: 'com.example.mdm', targets: { ios: '17.0', macos: '14.0' } });
});

test('what a stack synthesizes reads back into the desired-state document', () => {
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-synth-'));
  try {
    const read = parseSynthesizedStack(cdk.Testing.synth(demoStack()), 'cdk.tf.json', baseDir);
    assert.equal(read.diagnostics.hasError(), false, JSON.stringify([...read.diagnostics]));
    const doc = read.document!;
    assert.deepEqual(doc.stack, { name: 'demo', identifierPrefix: 'com.example.mdm', targets: { iOS: '17.0', macOS: '14.0' }, externalUuids: [] });
    const assignment = doc.resources.find((r) => r.address === 'applemdm_app_assignment.slack_phones')!;
    assert.deepEqual(assignment.attributes, {
      app: 'applemdm_app.slack',
      intent: 'required',
      scope: { groups: ['applemdm_device_group.phones'] },
      settings: { prevent_backup: true, configuration: { a: { c: [true], d: 'x' }, b: 1 } },
    });
  } finally {
    fs.rmSync(baseDir, { recursive: true, force: true });
  }
});

test('the helper enums hold exactly the values the resource schemas allow', () => {
  const enumOf = (type: Parameters<typeof loadResourceSchema>[0], ...keys: string[]): unknown[] => {
    let node: ResourceSchemaNode = loadResourceSchema(type);
    for (const key of keys) node = key === '[]' ? node.items! : node.properties![key];
    return node.enum!;
  };
  const cases: [string, object, unknown[]][] = [
    ['Intent', Intent, enumOf('applemdm_app_assignment', 'intent')],
    ['License', License, enumOf('applemdm_app', 'license')],
    ['Supervision', Supervision, enumOf('applemdm_device_group', 'supervised')],
    ['Platform', Platform, enumOf('applemdm_app', 'platforms', '[]')],
    ['AutomaticAction', AutomaticAction, enumOf('applemdm_software_update', 'automatic_actions', 'download')],
    ['RecommendedCadence', RecommendedCadence, enumOf('applemdm_software_update', 'recommended_cadence')],
  ];
  for (const [name, values, allowed] of cases) assert.deepEqual(Object.values(values).sort(), [...allowed].sort(), name);
});

test('appConfiguration writes sorted JSON and keeps odd keys as data', () => {
  assert.equal(appConfiguration({ z: 1, a: [{ y: false, b: 'x' }] }), '{"a":[{"b":"x","y":false}],"z":1}');
  const tricky = JSON.parse(appConfiguration(JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, string>)) as object;
  assert.deepEqual(Object.keys(tricky), ['__proto__']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
