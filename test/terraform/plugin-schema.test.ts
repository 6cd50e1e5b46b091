import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { schemasDir } from '../../provider/core/paths';
import { loadApplemdmSchemaDocument } from '../../provider/terraform/applemdm-provider';
import { requiresReplaceFromResourceSchemas, requiresReplacePaths } from '../../provider/terraform/schema/requires-replace';
import { checkSchemaDocument, soleProvider } from '../../provider/terraform/schema/schema-document';
import { toProtoSchema } from '../../provider/terraform/schema/to-proto-schema';

/** The committed `providers schema -json` document as the plugin serves it, and the replacement rules. */
describe('serving the committed provider schema document', () => {
  const doc = loadApplemdmSchemaDocument();
  const provider = soleProvider(doc);

  it('is one provider at the address the mirror and the bindings use', () => {
    assert.equal(provider.address, 'registry.terraform.io/applemdm/applemdm');
    assert.match(provider.version ?? '', /^\d+\.\d+\.\d+/);
  });

  it('converts every resource to a protobuf Schema with the same attributes and blocks, in sorted order', () => {
    for (const [type, entry] of Object.entries(provider.schemas.resource_schemas ?? {})) {
      const proto = toProtoSchema(entry);
      const names = proto.block.attributes.map((a) => a.name);
      assert.deepEqual(names, Object.keys(entry.block.attributes ?? {}).sort(), type);
      assert.deepEqual(proto.block.block_types.map((b) => b.type_name), Object.keys(entry.block.block_types ?? {}).sort(), type);
      for (const a of proto.block.attributes) {
        assert.ok(a.type && JSON.parse(a.type.toString()), `${type}.${a.name} has a type`);
        assert.ok(a.required || a.optional || a.computed, `${type}.${a.name} is required, optional or computed`);
      }
      const id = proto.block.attributes.find((a) => a.name === 'id');
      assert.equal(id?.computed, true, `${type}.id is computed`);
    }
  });

  it('keeps sensitive provider settings sensitive', () => {
    const proto = toProtoSchema(provider.schemas.provider);
    assert.equal(proto.block.attributes.find((a) => a.name === 'api_key')?.sensitive, true);
  });

  it('rejects malformed documents at load time', () => {
    const bad = (x: unknown) => () => checkSchemaDocument(x);
    assert.throws(bad({}), /provider_schemas/);
    assert.throws(bad({ provider_schemas: { p: { provider: { block: { attributes: { a: { type: 'strin', optional: true } } } } } } }), /not a cty type/);
    assert.throws(bad({ provider_schemas: { p: { provider: { block: { attributes: { a: { type: 'string' } } } } } } }), /required, optional or computed/);
    assert.throws(bad({ provider_schemas: { p: { provider: { block: { block_types: { b: { nesting_mode: 'nested', block: {} } } } } } } }), /nesting_mode/);
  });
});

describe('requires-replace rules from x-requiresReplace', () => {
  it('reads them from schemas/resources', () => {
    const rules = requiresReplaceFromResourceSchemas(path.join(schemasDir(), 'resources'));
    assert.deepEqual(Object.keys(rules).sort(), Object.keys(soleProvider(loadApplemdmSchemaDocument()).schemas.resource_schemas ?? {}).sort());
    assert.deepEqual(rules.applemdm_app?.filter((p) => ['bundle_id', 'adam_id', 'manifest_url'].includes(String(p[0]))), [['bundle_id'], ['adam_id'], ['manifest_url']]);
    assert.ok(rules.applemdm_app_assignment?.some((p) => p.join('.') === 'app'));
    assert.ok(!rules.applemdm_app_assignment?.some((p) => p[0] === 'intent'), 'intent changes in place');
    const schema = loadApplemdmSchemaDocument();
    for (const [type, paths] of Object.entries(rules)) {
      const block = soleProvider(schema).schemas.resource_schemas?.[type]?.block;
      for (const p of paths) assert.ok(block?.attributes?.[String(p[0])] || block?.block_types?.[String(p[0])], `${type}: ${p.join('.')} names a schema attribute`);
    }
  });

  it('follows nested objects, and marks a whole array when something inside its items is annotated', () => {
    const paths = requiresReplacePaths({
      properties: {
        a: { 'x-requiresReplace': true },
        b: { properties: { c: { 'x-requiresReplace': true }, d: {} } },
        e: { items: { properties: { f: { 'x-requiresReplace': true } } } },
        g: { items: {} },
      },
    });
    assert.deepEqual(paths, [['a'], ['b', 'c'], ['e']]);
  });
});
