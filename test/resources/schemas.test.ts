import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { restrictionKeys } from '../../provider/apple/schema';
import { resourceSchemas, resourceTypes } from '../../provider/resources/kinds/registry';
import { appleKeyToAttribute } from '../../provider/core/naming';
import { createAjv } from '../../provider/resources/ajv-instance';
import { loadResourceSchema } from '../../provider/resources/schema-registry';
import type { ResourceSchemaNode } from '../../provider/resources/schema-types';
import { generateResourceArtifacts } from '../../scripts/gen-resources/index';

const root = path.join(__dirname, '..', '..');

test('generated resource schemas, types, YAML schema and docs are up to date (npm run gen:resources)', async () => {
  const files = await generateResourceArtifacts(root);
  assert.ok(files.size >= 13);
  for (const [rel, text] of files) {
    const committed = fs.readFileSync(path.join(root, rel), 'utf8');
    assert.equal(committed, text, `${rel} is stale: run npm run gen:resources and commit the result`);
  }
});

test('every resource schema compiles in strict mode and closes every object except configuration and typed maps (secrets)', () => {
  for (const type of resourceTypes()) {
    const schema = loadResourceSchema(type);
    createAjv().compile(schema as object);
    assert.equal(schema.title, type);
    assert.equal(schema.properties.id?.['x-computed'], true, `${type} has a computed id`);
    walk(schema, type, (node, where) => {
      assert.ok(node.description, `${where} has a description`);
      if (node.type === 'object') {
        const free = node['x-terraform']?.encoding === 'json';
        // A map (settings.secrets) types its values, so it is closed to anything else.
        if (typeof node.additionalProperties === 'object') assert.ok(node.additionalProperties.type, `${where}: a map types its values`);
        else assert.equal(node.additionalProperties, free ? true : false, `${where}: additionalProperties`);
      }
    });
  }
});

test('restrictions: one attribute per Apple key, named mechanically, and typed groups', () => {
  const schema = loadResourceSchema('applemdm_restrictions');
  const keys = restrictionKeys();
  assert.ok(keys.length >= 188);
  for (const k of keys) {
    const node = schema.properties[appleKeyToAttribute(k.key)];
    assert.ok(node, `attribute for ${k.key}`);
    assert.equal(node['x-apple-key'], k.key);
    assert.deepEqual(node.enum, k.enum);
    assert.equal(node.default, k.default);
    assert.ok(node['x-apple']?.platforms, `${k.key} carries platform facts`);
  }
  const known = new Set(keys.map((k) => k.key));
  for (const group of ['icloud', 'open_in']) {
    for (const [name, member] of Object.entries(schema.properties[group].properties ?? {})) {
      assert.ok(known.has(member['x-apple-key'] ?? ''), `${group}.${name} names an Apple key`);
      assert.equal(member.type, 'boolean');
    }
  }
  assert.equal(schema.properties.icloud.properties?.backup['x-apple-key'], 'allowCloudBackup');
  assert.equal(schema.properties.open_in.properties?.managed_pasteboard['x-apple-key'], 'requireManagedPasteboard');
});

test('the published YAML schemas accept the quickstart files', () => {
  const dir = path.join(root, 'examples', 'quickstart');
  const ajv = createAjv();
  const config = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'applemdm.config.schema.json'), 'utf8')));
  const resources = ajv.compile(JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'applemdm.resources.schema.json'), 'utf8')));
  assert.ok(config(parse(fs.readFileSync(path.join(dir, 'applemdm.yaml'), 'utf8'))), JSON.stringify(config.errors));
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml') && f !== 'applemdm.yaml')) {
    const ok = resources(parse(fs.readFileSync(path.join(dir, file), 'utf8')));
    assert.ok(ok, `${file}: ${JSON.stringify(resources.errors)}`);
  }
  assert.equal(resources({ apps: { x: { bundle_id: 'com.a.b', platforms: ['iOS'], bogus: 1 } } }), false, 'unknown keys are flagged in editors too');
  // A secret written in place is flagged while it is typed; references are fine.
  const secrets = (value: string) => resources({ app_assignments: { x: { app: 'a', intent: 'required', scope: { groups: ['g'] }, settings: { secrets: { K: value } } } } });
  assert.equal(secrets('${env:TOOL_TOKEN}'), true, JSON.stringify(resources.errors));
  assert.equal(secrets('${file:secrets/sso.key}'), true);
  assert.equal(secrets('hunter2-literal-password'), false);
});

test('resourceSchemas() lists every type', () => {
  assert.deepEqual(Object.keys(resourceSchemas()), resourceTypes());
});

function walk(node: ResourceSchemaNode, where: string, visit: (n: ResourceSchemaNode, where: string) => void): void {
  visit(node, where);
  for (const [k, child] of Object.entries(node.properties ?? {})) walk(child, `${where}.${k}`, visit);
  if (node.items) walk(node.items, `${where}[]`, () => undefined);
}
