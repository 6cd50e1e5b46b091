import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { schemasDir } from '../../provider/core/paths';
import { PROVIDER_SCHEMA_FILE, buildProviderSchema, providerSchemaText } from '../../provider/terraform/provider-schema';
import { PROVIDER_SOURCE, emitTerraformProviderSchema, type EmitterSchemaNode } from '../../provider/terraform/schema-emitter';

const GOLDEN = path.join(__dirname, '..', 'golden', 'terraform', 'emitter-output.json');

/** One small resource and config schema exercising every mapping rule of the emitter. */
const RESOURCE: EmitterSchemaNode = {
  description: 'A widget.',
  type: 'object',
  required: ['name', 'scope'],
  properties: {
    id: { type: 'string', description: 'Identifier.', 'x-computed': true },
    name: { type: 'string', description: 'Name.' },
    count: { type: 'integer' },
    ratio: { type: 'number' },
    enabled: { type: 'boolean' },
    token: { type: 'string', 'x-sensitive': true },
    tags: { type: 'array', items: { type: 'string' } },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    scope: {
      type: 'object',
      description: 'Scope.',
      'x-terraform': { nesting: 'block' },
      required: ['groups'],
      properties: { groups: { type: 'array', items: { type: 'string' } }, note: { type: 'string' } },
    },
    settings: {
      type: 'object',
      'x-terraform': { nesting: 'block' },
      properties: {
        flag: { type: 'boolean' },
        configuration: { type: 'object', additionalProperties: true, 'x-terraform': { encoding: 'json' } },
      },
    },
  },
};
const CONFIG: EmitterSchemaNode = {
  type: 'object',
  required: ['stack', 'targets'],
  properties: {
    stack: { type: 'string', description: 'Stack name.' },
    targets: { type: 'object', properties: { iOS: { $ref: '#/definitions/os' }, macOS: { $ref: '#/definitions/os' } } },
  },
  definitions: { os: { type: ['string', 'number'], description: 'OS version.' } },
};

function emitted() {
  return emitTerraformProviderSchema({ resources: { applemdm_widget: RESOURCE }, config: CONFIG, version: '1.2.3' });
}

test('the emitter output matches the golden document', () => {
  const text = JSON.stringify(emitted(), null, 2) + '\n';
  if (process.env.APPLEMDM_UPDATE_GOLDEN === '1') fs.writeFileSync(GOLDEN, text);
  assert.equal(text, fs.readFileSync(GOLDEN, 'utf8'));
});

test('each schema construct maps to its Terraform form', () => {
  const doc = emitted();
  const provider = doc.provider_schemas[PROVIDER_SOURCE];
  const block = provider.resource_schemas.applemdm_widget.block;
  const attrs = block.attributes!;
  const cases: [string, unknown, unknown][] = [
    ['computed id', attrs.id, { type: 'string', computed: true, description: 'Identifier.', description_kind: 'plain' }],
    ['required string', attrs.name, { type: 'string', required: true, description: 'Name.', description_kind: 'plain' }],
    ['integer', attrs.count, { type: 'number', optional: true }],
    ['number', attrs.ratio, { type: 'number', optional: true }],
    ['boolean', attrs.enabled, { type: 'bool', optional: true }],
    ['sensitive', attrs.token, { type: 'string', optional: true, sensitive: true }],
    ['list of strings', attrs.tags, { type: ['list', 'string'], optional: true }],
    ['map of strings', attrs.labels, { type: ['map', 'string'], optional: true }],
    ['json-encoded dictionary', block.block_types!.settings.block.attributes!.configuration, { type: 'string', optional: true }],
  ];
  for (const [what, actual, expected] of cases) assert.deepEqual(actual, expected, what);
  assert.deepEqual(Object.keys(attrs), [...Object.keys(attrs)].sort(), 'attributes are sorted');
});

test('nested objects are list blocks of at most one item; a required one needs exactly one', () => {
  const types = emitted().provider_schemas[PROVIDER_SOURCE].resource_schemas.applemdm_widget.block.block_types!;
  assert.equal(types.scope.nesting_mode, 'list');
  assert.equal(types.scope.max_items, 1);
  assert.equal(types.scope.min_items, 1);
  assert.equal(types.settings.max_items, 1);
  assert.equal(types.settings.min_items, undefined);
  assert.deepEqual(types.scope.block.attributes!.groups, { type: ['list', 'string'], required: true });
});

test('the provider block carries the stack settings with lower-case platform names, plus a sensitive api_key', () => {
  const provider = emitted().provider_schemas[PROVIDER_SOURCE].provider.block;
  assert.deepEqual(provider.attributes!.stack, { type: 'string', required: true, description: 'Stack name.', description_kind: 'plain' });
  assert.equal(provider.attributes!.api_key.sensitive, true);
  const targets = provider.block_types!.targets;
  assert.equal(targets.min_items, 1);
  assert.deepEqual(Object.keys(targets.block.attributes!), ['ios', 'macos']);
  assert.deepEqual(targets.block.attributes!.ios, { type: 'string', optional: true, description: 'OS version.', description_kind: 'plain' });
});

test('the document pins the package version and has no data sources', () => {
  const doc = emitted();
  assert.equal(doc.format_version, '1.0');
  assert.deepEqual(doc.provider_versions, { [PROVIDER_SOURCE]: '1.2.3' });
  assert.deepEqual(doc.provider_schemas[PROVIDER_SOURCE].data_source_schemas, {});
});

test('schemas the emitter cannot express are reported as bugs, not dropped', () => {
  const bad: [string, EmitterSchemaNode][] = [
    ['free-form object without encoding', { type: 'object', additionalProperties: true }],
    ['array without items', { type: 'array' }],
    ['unresolvable reference', { $ref: '#/definitions/missing' }],
  ];
  for (const [what, node] of bad) {
    const resource: EmitterSchemaNode = { type: 'object', properties: { broken: node } };
    assert.throws(() => emitTerraformProviderSchema({ resources: { applemdm_x: resource }, config: CONFIG, version: '0' }), /applemdm bug/, what);
  }
});

test('schemas/terraform-provider-schema.json is up to date (npm run gen:bindings)', () => {
  const committed = fs.readFileSync(path.join(schemasDir(), PROVIDER_SCHEMA_FILE), 'utf8');
  assert.equal(committed, providerSchemaText(buildProviderSchema()), 'stale: run npm run gen:bindings and commit the result');
});

test('every resource schema is in the provider document', () => {
  const resources = buildProviderSchema().provider_schemas[PROVIDER_SOURCE].resource_schemas;
  assert.deepEqual(Object.keys(resources), ['applemdm_app', 'applemdm_app_assignment', 'applemdm_device_group', 'applemdm_restrictions', 'applemdm_software_update']);
  assert.equal(resources.applemdm_app_assignment.block.block_types!.settings.block.attributes!.configuration.type, 'string');
});
