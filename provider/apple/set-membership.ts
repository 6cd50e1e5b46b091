import type { DesiredDocument, ResourceInstance } from '../core/document';
import type { Artifact } from './artifact';
import { DEVICE_GROUP, groupAddress } from './compile-context';
import { isRecord } from '../core/records';

/**
 * Which configuration declarations each device group receives: every declaration compiled from a resource goes to
 * the groups in that resource's scope.groups. (Exclusions are not applied here; a backend that cannot express them
 * reports it.) Activations are not configurations and are never members.
 */
export function scopeGroupAddresses(resource: ResourceInstance): string[] {
  const scope = resource.attributes.scope;
  if (!isRecord(scope) || !Array.isArray(scope.groups)) return [];
  return scope.groups.filter((g): g is string => typeof g === 'string').map(groupAddress);
}

/** group address → sorted configuration declaration identifiers, for every declared device group. */
export function configurationsByGroup(doc: DesiredDocument, artifacts: Artifact[]): Map<string, string[]> {
  const byGroup = new Map<string, Set<string>>();
  for (const r of doc.resources) if (r.type === DEVICE_GROUP) byGroup.set(r.address, new Set());
  const resources = new Map(doc.resources.map((r) => [r.address, r]));
  for (const a of artifacts) {
    if (a.kind !== 'declaration' || a.type.startsWith('com.apple.activation.')) continue;
    const resource = resources.get(a.address);
    if (!resource) continue;
    for (const g of scopeGroupAddresses(resource)) byGroup.get(g)?.add(a.identifier);
  }
  return new Map([...byGroup].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([g, ids]) => [g, [...ids].sort()]));
}
