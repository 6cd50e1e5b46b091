import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { compileDocument } from '../../provider/apple/compile-document';
import { NO_SOURCE } from '../../provider/core/diagnostics';
import type { DesiredDocument } from '../../provider/core/document';
import { checkIntuneCapabilities } from '../../provider/targets/intune/graph-capabilities';
import { loadConfiguration } from '../../provider/frontends/load-config';
import { importServer } from '../../provider/importer/import-server';
import { writeTsFiles } from '../../provider/importer/write-ts';
import { writeYamlFiles } from '../../provider/importer/write-yaml';
import { registerKind } from '../../provider/resources/kinds/registry';
import { validateDocument } from '../../provider/resources/validate';
import { harness, STACK } from '../engine/support/harness';
import { NOTE_DECLARATION, noteKind, noteSchema } from './support/note-kind';

/**
 * A resource kind defined in the test folder only (support/note-kind.ts) and registered here goes through every stage
 * with no edit to applemdm: the YAML front end reads its key, validation runs its schema and rules, the compiler
 * dispatches to it, the engine plans and applies it on the embedded server, and import reads it back and writes it.
 */
const NOTES = `device_groups:\n  phones: {}\ntest_notes:\n  hello:\n    message: Hello from a test kind\n    scope: { groups: [phones] }\n`;

test('a registered kind validates, compiles, plans, applies, plans clean and imports on the embedded server', async () => {
  const unregister = registerKind(noteKind);
  const h = await harness();
  try {
    h.write(NOTES, STACK);
    const loaded = await loadConfiguration(h.dir);
    assert.ok(loaded.document, loaded.diagnostics.toArray().map((d) => d.detail).join('\n'));
    assert.deepEqual(validateDocument(loaded.document).toArray(), []);
    const compiled = compileDocument(loaded.document, { now: new Date('2026-11-23T00:00:00Z') });
    const note = compiled.artifacts.find((a) => a.address === 'applemdm_test_note.hello');
    assert.equal(note?.type, NOTE_DECLARATION);
    assert.equal(note?.identifier, 'com.example.mdm.demo.test-note.hello');
    const activation = compiled.artifacts.find((a) => a.type === 'com.apple.activation.simple');
    assert.deepEqual((activation?.content as { Payload: { StandardConfigurations: string[] } }).Payload.StandardConfigurations, [note.identifier]);

    const plan = await h.mustPlan();
    const change = plan.changes.find((c) => c.address === 'applemdm_test_note.hello');
    assert.equal(change?.action, 'create');
    assert.deepEqual((await h.apply(plan)).failed, []);
    const stored = (await h.backend.readAll({})).declarations.find((d) => d.Identifier === note.identifier);
    assert.deepEqual(stored?.Payload, { Echo: 'Hello from a test kind' });
    const again = await h.mustPlan();
    assert.deepEqual(again.changes.filter((c) => c.action !== 'noop'), [], 'a second plan shows no changes');

    const imported = await importServer({ backend: h.backend, defaultAssetsBaseUrl: 'http://127.0.0.1:9002/assets', baseDir: h.dir });
    assert.deepEqual(imported.skipped, []);
    const back = imported.resources.find((r) => r.type === 'applemdm_test_note');
    assert.deepEqual(back?.attributes, { message: 'Hello from a test kind', scope: { groups: ['applemdm_device_group.phones'] } });
    assert.ok(imported.document);
    assert.match(writeYamlFiles(imported.document, imported.resources, [], []).get('test-notes.yaml') ?? '', /^test_notes:\n {2}hello:\n {4}message: Hello from a test kind$/m);
    assert.match(writeTsFiles(imported.document, imported.resources, []).get('test-notes.ts') ?? '', /export function declareTestNotes\(scope: Construct, groups: ReturnType<typeof declareDeviceGroups>\)[\s\S]*new TestNote\(scope, 'hello'[\s\S]*groups: \[groups\.phones\.id\]/);
  } finally {
    await h.close();
    unregister();
  }
});

test("a registered kind's rules and schema report with file positions, and nothing is planned", async () => {
  const unregister = registerKind(noteKind);
  const h = await harness();
  try {
    h.write(`device_groups:\n  phones: {}\ntest_notes:\n  leak:\n    message: the wifi password is hunter2\n    scope: { groups: [phones] }\n  empty:\n    message: ""\n    colour: red\n    scope: { groups: [phones] }\n`, STACK);
    const out = await h.plan();
    assert.equal(out.plan, undefined);
    const diags = out.diagnostics.toArray().map((d) => `${d.path.join('.')}: ${d.code} @ ${'file' in d.source ? `${path.basename(d.source.file)}:${d.source.line}` : '?'}`);
    assert.deepEqual(diags.sort(), [
      'applemdm_test_note.empty.colour: unknown-key @ resources.yaml:9',
      'applemdm_test_note.empty.message: length @ resources.yaml:8',
      'applemdm_test_note.leak.message: note-secret @ resources.yaml:5',
    ]);
  } finally {
    await h.close();
    unregister();
  }
});

test('the YAML front end does not know a kind once it is unregistered, and Intune refuses one it has no mapping for', async () => {
  const unregister = registerKind(noteKind);
  const h = await harness();
  try {
    h.write(NOTES, STACK);
    const loaded = await loadConfiguration(h.dir);
    assert.ok(loaded.document);
    const intune = checkIntuneCapabilities(loaded.document).toArray();
    assert.deepEqual(intune.map((d) => [d.path[0], d.code]), [['applemdm_test_note.hello', 'backend-capability']]);
    unregister();
    const without = await loadConfiguration(h.dir);
    assert.deepEqual(without.diagnostics.toArray().map((d) => [d.severity, d.code]), [['error', 'unknown-kind']]);
    assert.deepEqual(without.document?.resources.map((r) => r.address), ['applemdm_device_group.phones']);
  } finally {
    await h.close();
    unregister();
  }
});

test('a kind registered again with another schema is validated against the new one', () => {
  const doc = (message: string): DesiredDocument => ({
    version: 1,
    stack: { name: 'demo', identifierPrefix: 'com.example.mdm', targets: { iOS: '18.0' }, externalUuids: [] },
    baseDir: '/nonexistent',
    resources: [
      { type: 'applemdm_device_group', name: 'phones', address: 'applemdm_device_group.phones', attributes: {}, source: NO_SOURCE },
      { type: 'applemdm_test_note', name: 'hi', address: 'applemdm_test_note.hi', attributes: { message, scope: { groups: ['applemdm_device_group.phones'] } }, source: NO_SOURCE },
    ],
  });
  const first = registerKind(noteKind);
  try {
    assert.deepEqual(validateDocument(doc('hello')).toArray(), []);
  } finally {
    first();
  }
  const short = { ...noteSchema, properties: { ...noteSchema.properties, message: { ...noteSchema.properties.message, maxLength: 3 } } };
  const second = registerKind({ ...noteKind, schema: short });
  try {
    assert.deepEqual(validateDocument(doc('hello')).toArray().map((d) => [d.path.join('.'), d.code]), [['applemdm_test_note.hi.message', 'length']]);
  } finally {
    second();
  }
});
