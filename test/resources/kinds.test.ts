import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as bindings from '../../provider/cdktf/bindings';
import { resourceKind } from '../../provider/core/naming';
import { BUILT_IN_KINDS } from '../../provider/resources/kinds/list';
import { missingParts } from '../../provider/resources/kinds/missing-parts';
import { registerKind, resourceKinds } from '../../provider/resources/kinds/registry';
import type { ResourceKind } from '../../provider/resources/kinds/resource-kind';
import { loadResourceSchema } from '../../provider/resources/schema-registry';
import type { ResourceSchemaNode } from '../../provider/resources/schema-types';
import { applemdmProviderDefinition } from '../../provider/terraform/applemdm-provider';
import { noteKind } from './support/note-kind';

/**
 * The kinds list is the one place a resource kind is described. These tests fail when a kind misses a part: a module
 * field, a generated file (`npm run gen`), or a place that should have derived it from the list.
 */
const root = path.join(__dirname, '..', '..');
const json = (rel: string) => JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as Record<string, any>;

test('every kind module has every part', () => {
  for (const kind of BUILT_IN_KINDS) assert.deepEqual(missingParts(kind), [], kind.type);
});

test('a kind without a part is named with what it lacks, and cannot be registered', () => {
  const table: [string, Partial<ResourceKind>, string][] = [
    ['no decoder', { ...noteKind, decoder: undefined }, 'decoder'],
    ['no YAML key', { ...noteKind, yamlKey: '' }, 'yamlKey'],
    ['no writer', { ...noteKind, cdktf: undefined }, 'cdktf'],
    ['no compiler', { ...noteKind, compile: undefined }, 'compile'],
    ['no rules', { ...noteKind, rules: undefined }, 'rules'],
    ['no kept-from-state list', { ...noteKind, keptFromState: undefined }, 'keptFromState'],
  ];
  for (const [what, kind, part] of table) {
    const missing = missingParts(kind);
    assert.equal(missing.length, 1, what);
    assert.match(missing[0], new RegExp(`^${part} `), what);
    assert.throws(() => registerKind(kind as ResourceKind), new RegExp(`lacks ${part} `), what);
  }
  assert.equal(resourceKinds().length, BUILT_IN_KINDS.length, 'nothing was registered');
});

test('types, YAML keys, file stems and CDKTF names are unique across kinds', () => {
  for (const field of ['type', 'yamlKey', 'fileStem'] as const) {
    const values = BUILT_IN_KINDS.map((k) => k[field]);
    assert.equal(new Set(values).size, values.length, field);
  }
  for (const field of ['className', 'declare'] as const) {
    const values = BUILT_IN_KINDS.map((k) => k.cdktf[field]);
    assert.equal(new Set(values).size, values.length, field);
  }
});

test('every built-in kind has its hand-written and generated files (npm run gen)', () => {
  const yamlSchema = json('schemas/applemdm.resources.schema.json');
  const terraform = json('schemas/terraform-provider-schema.json').provider_schemas['registry.terraform.io/applemdm/applemdm'];
  const docs = fs.readFileSync(path.join(root, 'docs', 'resources.md'), 'utf8');
  for (const { type, yamlKey, cdktf } of BUILT_IN_KINDS) {
    assert.ok(fs.existsSync(path.join(root, 'schemas', 'resources', '_base', `${type}.json`)), `${type}: schemas/resources/_base/${type}.json`);
    assert.equal(loadResourceSchema(type).title, type);
    assert.ok(fs.existsSync(path.join(root, 'provider', 'resources', 'generated', `${resourceKind(type)}.ts`)), `${type}: generated attribute type`);
    assert.ok(yamlSchema.properties[yamlKey], `${type}: ${yamlKey} in the YAML resource-file schema`);
    assert.ok(terraform.resource_schemas[type], `${type}: in the Terraform provider schema`);
    assert.equal(typeof (bindings as Record<string, unknown>)[cdktf.className], 'function', `${type}: CDKTF binding ${cdktf.className}`);
    assert.ok(docs.includes(type), `${type}: in docs/resources.md`);
  }
});

test('the Terraform provider serves a resource for every kind', () => {
  const served = Object.keys(applemdmProviderDefinition().resources ?? {}).sort();
  assert.deepEqual(served, BUILT_IN_KINDS.map((k) => k.type).sort());
});

test('attributes kept from Terraform state exist in the schema, and every referenced kind is reachable in CDKTF', () => {
  for (const kind of BUILT_IN_KINDS) {
    const props = loadResourceSchema(kind.type).properties;
    for (const attr of kind.keptFromState) assert.ok(props[attr], `${kind.type}.keptFromState names ${attr}`);
    const refs = new Set<string>();
    const walk = (n: ResourceSchemaNode | undefined): void => {
      if (!n) return;
      if (n['x-reference']) refs.add(n['x-reference']);
      walk(n.items);
      Object.values(n.properties ?? {}).forEach(walk);
    };
    walk(loadResourceSchema(kind.type));
    for (const ref of refs) {
      const at = BUILT_IN_KINDS.findIndex((k) => k.type === ref);
      assert.ok(at >= 0 && at < BUILT_IN_KINDS.indexOf(kind), `${kind.type} refers to ${ref}, which must be listed before it`);
      assert.ok(BUILT_IN_KINDS[at].cdktf.handle, `${ref} is referred to, so it needs a cdktf handle`);
    }
  }
});

test('no hand-kept list of resource types is left outside the kinds list', () => {
  // A literal list of every type (or YAML key) outside the kinds folder is a list someone will forget to extend.
  // Intune's planner maps each kind to Graph objects itself; its capability check refuses a kind it does not map.
  const targetMappings = new Set(['graph-capabilities.ts', 'graph-desired.ts']);
  const types = BUILT_IN_KINDS.map((k) => k.type);
  const keys = BUILT_IN_KINDS.map((k) => k.yamlKey);
  const offenders: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['generated', 'bindings', 'kinds'].includes(entry.name)) visit(full);
      } else if (entry.name.endsWith('.ts') && !targetMappings.has(entry.name)) {
        const text = fs.readFileSync(full, 'utf8');
        if (types.every((t) => new RegExp(`['"\`]${t}['"\`]`).test(text)) || keys.every((k) => new RegExp(`\\b${k}\\s*:`).test(text))) offenders.push(path.relative(root, full));
      }
    }
  };
  visit(path.join(root, 'provider'));
  visit(path.join(root, 'scripts'));
  assert.deepEqual(offenders, []);
});
