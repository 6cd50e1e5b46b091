// Shared builders and checks for the compiler tests (not a test file itself).
import assert from 'node:assert/strict';
import * as plist from 'plist';
import { DOCUMENT_VERSION, type DesiredDocument, type ResourceInstance, type ResourceType, type StackSettings } from '../../provider/core/document';
import type { Diagnostic } from '../../provider/core/diagnostics';
import type { Artifact } from '../../provider/apple/artifact';
import { createAppleValidator } from '../../provider/apple/schema';

export const NOW = new Date('2024-11-01T12:00:00Z');

export function resource(type: ResourceType, name: string, attributes: Record<string, unknown>): ResourceInstance {
  return { type, name, address: `${type}.${name}`, attributes, source: { kind: 'none' } };
}

export const group = (name: string, attributes: Record<string, unknown> = { supervised: 'true' }) => resource('applemdm_device_group', name, attributes);
export const app = (name: string, attributes: Record<string, unknown>) => resource('applemdm_app', name, attributes);
export const assignment = (name: string, attributes: Record<string, unknown>) =>
  resource('applemdm_app_assignment', name, { scope: { groups: ['applemdm_device_group.g'] }, ...attributes });
export const restrictions = (name: string, attributes: Record<string, unknown>) =>
  resource('applemdm_restrictions', name, { scope: { groups: ['applemdm_device_group.g'] }, ...attributes });
export const softwareUpdate = (name: string, attributes: Record<string, unknown>) =>
  resource('applemdm_software_update', name, { scope: { groups: ['applemdm_device_group.g'] }, ...attributes });

export function doc(resources: ResourceInstance[], stack: Partial<StackSettings> = {}): DesiredDocument {
  return {
    version: DOCUMENT_VERSION,
    stack: { name: 'test', identifierPrefix: 'com.example.mdm', targets: { iOS: '18.0', macOS: '15.0' }, externalUuids: [], ...stack },
    resources: [...resources].sort((a, b) => (a.address < b.address ? -1 : 1)),
    baseDir: '/nonexistent',
  };
}

/** The document with one default group "g" added unless the caller declares groups itself. */
export function withGroup(resources: ResourceInstance[], stack: Partial<StackSettings> = {}): DesiredDocument {
  const hasGroup = resources.some((r) => r.type === 'applemdm_device_group');
  return doc(hasGroup ? resources : [group('g'), ...resources], stack);
}

export function only(artifacts: Artifact[], predicate: (a: Artifact) => boolean): Artifact {
  const found = artifacts.filter(predicate);
  assert.equal(found.length, 1, `expected exactly one artifact, got ${found.map((a) => a.fileName).join(', ') || 'none'}`);
  return found[0];
}

export const byType = (type: string) => (a: Artifact) => a.type === type;

export function codes(diagnostics: Iterable<Diagnostic>, severity?: Diagnostic['severity']): string[] {
  return [...diagnostics].filter((d) => !severity || d.severity === severity).map((d) => d.code ?? d.summary);
}

/** Every artifact: its bytes parse back to its content, and the content passes Apple's schema for its type. */
export function assertValidArtifacts(artifacts: Artifact[]): void {
  for (const a of artifacts) {
    const parsed = a.kind === 'declaration' ? JSON.parse(a.bytes.toString('utf8')) : plist.parse(a.bytes.toString('utf8'));
    assert.deepEqual(parsed, a.content, `${a.fileName}: bytes do not parse back to the content`);
    for (const [schema, value] of schemaChecks(a)) {
      const validate = createAppleValidator(schema);
      assert.ok(validate(value), `${a.fileName} fails ${schema}: ${JSON.stringify(validate.errors, null, 1)}`);
    }
  }
}

function schemaChecks(a: Artifact): [string, unknown][] {
  switch (a.kind) {
    case 'declaration':
      return [[a.type, a.content]];
    case 'command':
      return [[a.type, a.content]];
    case 'profile': {
      const profile = a.content as { PayloadContent: { PayloadType: string }[] };
      return [['TopLevel', profile], ...profile.PayloadContent.map((p): [string, unknown] => [p.PayloadType, p])];
    }
  }
}
