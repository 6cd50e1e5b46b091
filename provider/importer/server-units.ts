import { ACTIVATION_SIMPLE } from '../apple/activation';
import { APP_RECORD_MARKER } from '../apple/app-record';
import { LEGACY_TYPE } from '../apple/legacy-declaration';
import { SOFTWARE_UPDATE_ENFORCEMENT, SOFTWARE_UPDATE_SETTINGS } from '../apple/software-update';
import type { ResourceType } from '../core/document';
import { isRecord } from '../core/records';
import type { Unit } from '../resources/kinds/import-types';
import { kindOf, resourceKinds } from '../resources/kinds/registry';
import type { ResourceKind } from '../resources/kinds/resource-kind';
import type { SkippedObject } from './model';
import type { Inventory } from './inventory';

/**
 * The server's objects grouped into units, one per resource applemdm would compile them from:
 * - a set with its one activation → the kind delivered as a set (applemdm_device_group);
 * - `<base>.settings` / `<base>.enforcement` (and `<base>.legacy-deferrals`) → applemdm_software_update;
 * - a legacy declaration and the profile it points at → applemdm_restrictions;
 * - any other declaration a kind claims (`decoder.claims`): app.managed → applemdm_app_assignment, an app record
 *   (provider/apple/app-record.ts) → applemdm_app.
 * Units are linked through set membership: a unit's configurations are delivered by the groups whose sets hold them;
 * an assignment is linked to the app record naming the app it installs.
 * Objects that fit no unit are returned as skipped, with the reason.
 */
export type { Unit };
export { activationPayloadMatches } from '../resources/kinds/device-group/activation-match';

// Kinds whose objects span several declarations are grouped here; one-declaration kinds claim theirs (decoder.claims).
const RESTRICTIONS = 'applemdm_restrictions';
const SOFTWARE_UPDATE = 'applemdm_software_update';
// An assignment is linked to the record of the app it installs.
const APP = 'applemdm_app';
const ASSIGNMENT = 'applemdm_app_assignment';

/** The kind whose objects are sets (device groups). */
function setKind(): ResourceKind {
  const kind = resourceKinds().find((k) => k.decoder.shape === 'set');
  if (!kind) throw new Error('applemdm bug: no resource kind is delivered as a set');
  return kind;
}

export interface UnitIndex {
  units: Map<string, Unit>;
  skipped: SkippedObject[];
}

const SETTINGS_SUFFIX = '.settings';
const ENFORCEMENT_SUFFIX = '.enforcement';
const LEGACY_DEFERRALS_SUFFIX = '.legacy-deferrals';

export function groupIntoUnits(inv: Inventory): UnitIndex {
  const units = new Map<string, Unit>();
  const skipped: SkippedObject[] = [];
  // A unit's key is what its kind's decoder finds it under (the Terraform provider reads resources by id).
  const unit = (kind: ResourceType, identifier: string): Unit => {
    const key = kindOf(kind).decoder.unitKey(identifier);
    let u = units.get(key);
    if (!u) units.set(key, (u = { key, kind, identifier, declarations: [], sets: [] }));
    return u;
  };
  const softwareUpdateBases = new Set<string>();
  for (const d of sortedValues(inv.declarations)) {
    if (d.Type === SOFTWARE_UPDATE_SETTINGS || d.Type === SOFTWARE_UPDATE_ENFORCEMENT) {
      const suffix = d.Type === SOFTWARE_UPDATE_SETTINGS ? SETTINGS_SUFFIX : ENFORCEMENT_SUFFIX;
      if (d.Identifier.endsWith(suffix)) softwareUpdateBases.add(d.Identifier.slice(0, -suffix.length));
    }
  }
  for (const d of sortedValues(inv.declarations)) {
    const id = d.Identifier;
    switch (d.Type) {
      case SOFTWARE_UPDATE_SETTINGS:
      case SOFTWARE_UPDATE_ENFORCEMENT: {
        const suffix = d.Type === SOFTWARE_UPDATE_SETTINGS ? SETTINGS_SUFFIX : ENFORCEMENT_SUFFIX;
        if (!id.endsWith(suffix)) {
          skipped.push({
            object: `declaration:${id}`,
            reason: `applemdm names a software update's ${d.Type.split('.').pop()} declaration <identifier>${suffix}; this one cannot be taken over under its name.`,
          });
          break;
        }
        const base = id.slice(0, -suffix.length);
        const u = unit(SOFTWARE_UPDATE, base);
        u.declarations.push(id);
        if (suffix === SETTINGS_SUFFIX) u.settings = id;
        else u.enforcement = id;
        break;
      }
      case LEGACY_TYPE: {
        const base = id.endsWith(LEGACY_DEFERRALS_SUFFIX) ? id.slice(0, -LEGACY_DEFERRALS_SUFFIX.length) : undefined;
        if (base !== undefined && softwareUpdateBases.has(base)) {
          const u = unit(SOFTWARE_UPDATE, base);
          u.declarations.push(id);
          u.legacyDeferrals = id;
        } else {
          unit(RESTRICTIONS, id).declarations.push(id);
        }
        break;
      }
      case ACTIVATION_SIMPLE:
        break; // belongs to its set's group, below
      default: {
        // A kind whose resources are one declaration each says which declarations are its own.
        const owner = resourceKinds().find((k) => k.decoder.claims?.(d));
        if (owner) {
          unit(owner.type, id).declarations.push(id);
          break;
        }
        skipped.push({ object: `declaration:${id}`, reason: `no applemdm resource compiles to ${d.Type}.` });
      }
    }
  }

  const setNames = new Set([...inv.sets.keys(), ...inv.setEnrollments.keys()]);
  const activationsInSets = new Set<string>();
  for (const set of [...setNames].sort()) {
    const members = inv.sets.get(set) ?? [];
    const activations = members.filter((id) => inv.declarations.get(id)?.Type === ACTIVATION_SIMPLE);
    activations.forEach((a) => activationsInSets.add(a));
    const g = unit(setKind().type, set);
    if (activations.length === 1) g.activation = activations[0];
    else if (activations.length > 1) g.activation = activations.join(',');
  }
  for (const d of sortedValues(inv.declarations)) {
    if (d.Type === ACTIVATION_SIMPLE && !activationsInSets.has(d.Identifier)) {
      skipped.push({ object: `declaration:${d.Identifier}`, reason: 'an activation in no set reaches no device; applemdm keeps one activation per set.' });
    }
  }
  linkUnits(inv, units);
  linkApps(inv, units);
  return { units, skipped };
}

/**
 * Each assignment's app: the record with the same App Store ID or manifest URL and the same licence (the assignment's
 * payload carries exactly those). Where several records match, the first by identifier: they compile the assignment
 * alike. An assignment with no matching record (a server another tool filled) keeps none.
 */
function linkApps(inv: Inventory, units: Map<string, Unit>): void {
  const apps = [...units.values()].filter((u) => u.kind === APP).sort((a, b) => (a.key < b.key ? -1 : 1));
  for (const u of units.values()) {
    if (u.kind !== ASSIGNMENT) continue;
    const payload = inv.declarations.get(u.declarations[0])?.Payload ?? {};
    const behavior = isRecord(payload.InstallBehavior) ? payload.InstallBehavior : {};
    const license = isRecord(behavior.License) ? String(behavior.License.Assignment).toLowerCase() : 'none';
    const match = apps.find((a) => {
      const app = inv.declarations.get(a.identifier)?.Payload[APP_RECORD_MARKER] as Record<string, unknown>;
      const same = (payload.AppStoreID !== undefined && app.adam_id === payload.AppStoreID) || (payload.ManifestURL !== undefined && app.manifest_url === payload.ManifestURL);
      return same && (app.license ?? 'none') === license;
    });
    if (match) u.app = match.key;
  }
}

/** Fills each configuration unit's sets from the server's set membership. */
function linkUnits(inv: Inventory, units: Map<string, Unit>): void {
  const unitOf = new Map<string, Unit>();
  for (const u of units.values()) if (!isSetUnit(u)) for (const id of u.declarations) unitOf.set(id, u);
  for (const [set, members] of [...inv.sets].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const id of members) {
      const u = unitOf.get(id);
      if (u && !u.sets.includes(set)) u.sets.push(set);
    }
  }
}

/**
 * Units that must be imported together: a group and every configuration its set delivers, transitively. Leaving out
 * part of one would change the group's activation (or a configuration's scope) on the first apply.
 */
export function connectedUnits(units: Map<string, Unit>): string[][] {
  const parent = new Map<string, string>([...units.keys()].map((k) => [k, k]));
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => parent.set(find(a), find(b));
  for (const u of units.values()) for (const set of u.sets) if (units.has(setKind().decoder.unitKey(set))) union(u.key, setKind().decoder.unitKey(set));
  for (const u of units.values()) if (u.app) union(u.key, u.app);
  const groups = new Map<string, string[]>();
  for (const k of [...units.keys()].sort()) groups.set(find(k), [...(groups.get(find(k)) ?? []), k]);
  return [...groups.values()];
}

function sortedValues<T>(m: Map<string, T>): T[] {
  return [...m.keys()].sort().map((k) => m.get(k)!);
}

/** Whether a unit is a device group's set (the others are configurations or records the sets deliver or name). */
export function isSetUnit(u: Unit): boolean {
  return kindOf(u.kind).decoder.shape === 'set';
}
