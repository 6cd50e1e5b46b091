import type { DesiredDocument } from '../core/document';
import { Diagnostics } from '../core/diagnostics';
import { groupActivationIdentifier } from './activation';
import type { Artifact } from './artifact';
import { objectIdentifier, sourceOf } from './compile-context';
import type { Declaration } from './declaration';
import { LEGACY_TYPE } from './legacy-declaration';
import { MOBILECONFIG_CONTENT_TYPE, profileAssetName } from './mobileconfig';
import { configurationsByGroup } from './set-membership';
import { isRecord } from '../core/records';

/**
 * Compiled artifacts → the objects a KMFDDM-style server stores (apple-mdm.md §9.2):
 * - every declaration (configurations and activations);
 * - one set per device group, named by the group's identifier, holding the group's configurations and its activation;
 * - enrollment → sets for static members given by enrollment ID or UDID (NanoMDM uses a device's UDID as its
 *   enrollment ID); serial numbers cannot be mapped without the server's enrollment registry, so they are returned
 *   unresolved for the engine to resolve;
 * - the profile files the legacy declarations point at, as assets.
 * Exclusions cannot be expressed with KMFDDM sets (a set is a plain union), so exclude_groups is an error here.
 */
export interface DdmDeclaration {
  Type: string;
  Identifier: string;
  Payload: Record<string, unknown>;
}

export interface DdmAsset {
  /** File name under the asset base URL, e.g. com.example.mdm.prod.restrictions.baseline.mobileconfig. */
  name: string;
  bytes: Buffer;
  contentType: string;
  sha256: string;
}

export interface DesiredServerState {
  /** Sorted by Identifier. */
  declarations: DdmDeclaration[];
  /** Set name (device group identifier) → declaration identifiers, sorted; every declared group has an entry. */
  sets: Record<string, string[]>;
  /** Enrollment ID (or UDID) → set names, sorted. */
  enrollmentSets: Record<string, string[]>;
  /** Serial number → set names; the engine maps serials to enrollment IDs through the server's registry. */
  unresolvedSerialNumbers: Record<string, string[]>;
  /** Profiles served for com.apple.configuration.legacy, sorted by name. */
  assets: DdmAsset[];
  /** Declaration identifier or set name → address of the resource it came from (for plans). */
  owners: Record<string, string>;
  /**
   * "declaration:<id>" (pointers into its Payload) or "asset:<name>" (pointers into the profile) → the values that are
   * secrets. Kept beside the objects, not in them, so nothing of it is ever sent to a server.
   */
  sensitive: Record<string, string[]>;
  diagnostics: Diagnostics;
}

export function desiredServerState(doc: DesiredDocument, artifacts: Artifact[]): DesiredServerState {
  const diagnostics = new Diagnostics();
  const owners: Record<string, string> = {};
  const declarations: DdmDeclaration[] = [];
  const sensitive: Record<string, string[]> = {};
  for (const a of artifacts) {
    if (a.kind !== 'declaration') continue;
    const d = a.content as Declaration;
    declarations.push({ Type: d.Type, Identifier: d.Identifier, Payload: d.Payload });
    owners[d.Identifier] = a.address;
    const inPayload = (a.sensitivePaths ?? []).filter((p) => p.startsWith('/Payload/')).map((p) => p.slice('/Payload'.length));
    if (inPayload.length) sensitive[`declaration:${d.Identifier}`] = inPayload;
  }
  declarations.sort((x, y) => (x.Identifier < y.Identifier ? -1 : x.Identifier > y.Identifier ? 1 : 0));
  const declared = new Set(declarations.map((d) => d.Identifier));

  const sets: Record<string, string[]> = {};
  const enrollmentSets = new Map<string, Set<string>>();
  const serials = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, key: string, set: string) => m.set(key, (m.get(key) ?? new Set()).add(set));
  const byAddress = new Map(doc.resources.map((r) => [r.address, r]));

  for (const [groupAddress, configurations] of configurationsByGroup(doc, artifacts)) {
    const group = byAddress.get(groupAddress);
    if (!group) continue;
    const setName = objectIdentifier(doc, group);
    const activation = groupActivationIdentifier(group, setName);
    sets[setName] = (declared.has(activation) ? [...configurations, activation] : configurations).sort();
    owners[setName] = group.address;
    const members = isRecord(group.attributes.members) ? group.attributes.members : {};
    for (const id of strings(members.enrollment_ids)) add(enrollmentSets, id, setName);
    for (const udid of strings(members.udids)) add(enrollmentSets, udid, setName);
    for (const serial of strings(members.serial_numbers)) add(serials, serial, setName);
  }

  for (const r of doc.resources) {
    const scope = r.attributes.scope;
    if (isRecord(scope) && Array.isArray(scope.exclude_groups) && scope.exclude_groups.length > 0) {
      diagnostics.error(
        'Exclusions not supported by the kmfddm backend',
        `${r.address} sets scope.exclude_groups, but the kmfddm backend (KMFDDM sets, also used by the embedded server) can only add devices to a set, never subtract them. Remove the exclusion or use a backend that supports it.`,
        [r.address, 'scope', 'exclude_groups'],
        sourceOf(r, '/scope/exclude_groups'),
        'backend-capability',
      );
    }
  }

  // A set, not artifacts.some() per profile: that scan was quadratic (27 s of a 10,000-resource plan).
  const legacy = new Set(artifacts.filter((d) => d.kind === 'declaration' && d.type === LEGACY_TYPE).map((d) => d.identifier));
  const assets: DdmAsset[] = artifacts
    .filter((a) => a.kind === 'profile' && declared.has(a.identifier) && legacy.has(a.identifier))
    .map((a) => ({ name: profileAssetName(a), bytes: a.bytes, contentType: MOBILECONFIG_CONTENT_TYPE, sha256: a.sha256 }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const a of artifacts) {
    if (a.kind === 'profile' && a.sensitivePaths?.length) sensitive[`asset:${profileAssetName(a)}`] = a.sensitivePaths;
  }

  return {
    declarations,
    sets: sortRecord(sets),
    enrollmentSets: sortedSets(enrollmentSets),
    unresolvedSerialNumbers: sortedSets(serials),
    assets,
    owners: sortRecord(owners),
    sensitive: sortRecord(sensitive),
    diagnostics,
  };
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function sortedSets(m: Map<string, Set<string>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of [...m.keys()].sort()) out[key] = [...(m.get(key) ?? [])].sort();
  return out;
}

function sortRecord<T>(r: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(r).sort()) out[key] = r[key];
  return out;
}
