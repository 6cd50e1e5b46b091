import type { Diagnostic, Diagnostics } from '../../provider/core/diagnostics';
import { DOCUMENT_VERSION, sortResources, type DesiredDocument, type ResourceType, type StackSettings } from '../../provider/core/document';

/** Builds a desired-state document directly (no front end), for rule tests. */
export function makeDoc(resources: [ResourceType, string, Record<string, unknown>][], stack: Partial<StackSettings> = {}): DesiredDocument {
  return {
    version: DOCUMENT_VERSION,
    stack: { name: 'test', identifierPrefix: 'com.example.test', targets: { iOS: '17.0' }, externalUuids: [], ...stack },
    resources: sortResources(
      resources.map(([type, name, attributes]) => ({
        type,
        name,
        address: `${type}.${name}`,
        attributes,
        source: { kind: 'file' as const, file: 'test.yaml', line: 1, col: 1 },
      })),
    ),
    baseDir: '/nonexistent',
  };
}

/** A supervised group, an unsupervised one, and a mixed one, for scopes. */
export const GROUPS: [ResourceType, string, Record<string, unknown>][] = [
  ['applemdm_device_group', 'sup', { supervised: 'true', members: { serial_numbers: ['F2LXK0AAHG7J'] } }],
  ['applemdm_device_group', 'unsup', { supervised: 'false' }],
  ['applemdm_device_group', 'mixed', {}],
];

export function scope(...groups: string[]): { groups: string[] } {
  return { groups: groups.map((g) => `applemdm_device_group.${g}`) };
}

/** "severity code path" lines, sorted, for compact assertions. */
export function summary(diags: Diagnostics | Diagnostic[]): string[] {
  return [...diags].map((d) => `${d.severity} ${d.code ?? d.summary} ${d.path.join('.')}`).sort();
}

export function withCode(diags: Diagnostics | Diagnostic[], code: string): Diagnostic[] {
  return [...diags].filter((d) => d.code === code);
}
