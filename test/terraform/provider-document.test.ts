import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildProviderSchema, dataSourceSchemas } from '../../provider/terraform/provider-schema';
import { emitTerraformProviderSchema, PROVIDER_SOURCE, TERRAFORM_RESOURCE_ATTRIBUTES } from '../../provider/terraform/schema-emitter';

/** The applemdm document's Terraform-only parts: every resource's `name`, and the data sources from schemas/data-sources. */
const provider = buildProviderSchema().provider_schemas[PROVIDER_SOURCE];

test('every resource has the Terraform-only name attribute (optional: the provider asks for it, CDKTF fills it in)', () => {
  for (const [type, schema] of Object.entries(provider.resource_schemas)) {
    assert.deepEqual(schema.block.attributes?.name, TERRAFORM_RESOURCE_ATTRIBUTES.name, type);
  }
});

test('a resource attribute named like a Terraform-only one is a bug, not a silent overwrite', () => {
  assert.throws(
    () => emitTerraformProviderSchema({ resources: { applemdm_x: { type: 'object', properties: { name: { type: 'string' } } } }, resourceAttributes: TERRAFORM_RESOURCE_ATTRIBUTES, config: { type: 'object' }, version: '0' }),
    /applemdm bug: applemdm_x\.name collides/,
  );
});

test('the data sources are emitted from schemas/data-sources: inputs required or optional, results computed', () => {
  assert.deepEqual(Object.keys(provider.data_source_schemas), Object.keys(dataSourceSchemas()));
  assert.deepEqual(Object.keys(provider.data_source_schemas), ['applemdm_device_group', 'applemdm_gdmf_versions']);
  const shape = (type: string) =>
    Object.fromEntries(Object.entries(provider.data_source_schemas[type].block.attributes ?? {}).map(([k, a]) => [k, `${a.required ? 'required' : a.computed ? 'computed' : 'optional'} ${JSON.stringify(a.type)}`]));
  assert.deepEqual(shape('applemdm_device_group'), {
    configurations: 'computed ["list","string"]',
    enrollment_ids: 'computed ["list","string"]',
    id: 'computed "string"',
    identifier: 'optional "string"',
    name: 'required "string"',
  });
  assert.deepEqual(shape('applemdm_gdmf_versions'), {
    builds: 'computed ["list","string"]',
    catalog: 'optional "string"',
    date: 'optional "string"',
    latest: 'computed "string"',
    platform: 'required "string"',
    versions: 'computed ["list","string"]',
  });
});
