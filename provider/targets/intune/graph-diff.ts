import type { FoundApp } from '../../backends/intune/apps';
import { normalizeSettings, UNMANAGED_SETTINGS } from '../../backends/intune/assignment-settings';
import type { IntuneSnapshot, OwnedConfiguration, ReadAssignment } from '../../backends/intune/read-state';
import { managedProperties, normalizeRestrictionValue, type RestrictionPlatform } from '../../backends/intune/restriction-properties';
import { flattenSettings } from '../../backends/intune/software-update-settings';
import { canonicalJson } from '../../core/canonical-json';
import { addressFromIdentifier } from '../../engine/address';
import type { DesiredAssignment, DesiredConfiguration, GraphDesired } from './graph-desired';
import type { Action, KeyDiff, ResourceChange, Risk } from '../../engine/plan';
import type { GraphOperation } from './graph-operations';
import { maxRisk } from '../../engine/plan';

/**
 * Desired Intune objects vs what the tenant holds → the plan's changes (per key, in Graph's own property names, values
 * normalised so Graph's null ≡ its documented meaning) and the graph-* operations apply will run.
 */
export const GRAPH_PHASE = { putConfiguration: 20, assignApp: 40, deleteConfiguration: 80 } as const;

export interface GraphDiffResult {
  changes: ResourceChange[];
  operations: GraphOperation[];
  warnings: { summary: string; detail: string; address?: string }[];
}

interface Acc {
  keyDiffs: KeyDiff[];
  ops: GraphOperation[];
  objects: Set<string>;
  existing: number;
  risks: Risk[];
  kept?: true;
}

export function diffGraph(input: { desired: GraphDesired; snapshot: IntuneSnapshot; configured: Set<string>; stackPrefix: string; prune: boolean }): GraphDiffResult {
  const { desired, snapshot } = input;
  const acc = new Map<string, Acc>();
  const warnings: GraphDiffResult['warnings'] = [];
  const get = (address: string): Acc => {
    let a = acc.get(address);
    if (!a) acc.set(address, (a = { keyDiffs: [], ops: [], objects: new Set(), existing: 0, risks: [] }));
    return a;
  };
  const groupName = (id: string) => desired.groupNames.get(id.toLowerCase()) ?? id;

  // App assignments, per resource and app.
  const wanted = new Set(desired.assignments.map((d) => pairKey(d.app.id, d.target.groupId)));
  const byResourceApp = new Map<string, DesiredAssignment[]>();
  for (const d of desired.assignments) {
    const k = `${d.address}\u0000${d.app.id}`;
    byResourceApp.set(k, [...(byResourceApp.get(k) ?? []), d]);
  }
  const appsPerResource = new Map<string, number>();
  for (const d of new Set([...byResourceApp.keys()])) {
    const address = d.split('\u0000')[0]!;
    appsPerResource.set(address, (appsPerResource.get(address) ?? 0) + 1);
  }
  for (const list of byResourceApp.values()) {
    const { address, app } = list[0]!;
    const a = get(address);
    // Keys read "<group>.<property>"; with the app on two platforms, "<group> (<platform>).<property>".
    const platform = (appsPerResource.get(address) ?? 1) > 1 ? ` (${app.type.startsWith('ios') ? 'iOS' : 'macOS'})` : '';
    const current = direct(snapshot.assignments.get(app.id) ?? []);
    let changed = false;
    for (const d of list) {
      a.objects.add(`mobileAppAssignment:${app.id}/${d.target.groupId.toLowerCase()}`);
      const have = current.find((x) => x.groupId?.toLowerCase() === d.target.groupId.toLowerCase());
      const object = `mobileAppAssignment ${app.bundleId} (${app.type}) → ${d.groupName}`;
      const diffs = assignmentDiffs(app, d, have).map((k) => ({ ...k, path: `${d.groupName}${platform}.${k.path}`, object }));
      if (have) a.existing++;
      if (diffs.length) changed = true;
      a.keyDiffs.push(...diffs);
    }
    if (changed) {
      a.ops.push({
        op: 'graph-assign-app',
        phase: GRAPH_PHASE.assignApp,
        address,
        write: { appId: app.id, app: `${app.bundleId} (${app.type})`, targets: list.map((d) => d.target), release: [] },
      });
    }
  }
  // Assignments of the stack's apps to the stack's groups that no resource declares any more.
  for (const [appAddress, apps] of desired.apps) {
    for (const app of apps) {
      for (const have of direct(snapshot.assignments.get(app.id) ?? [])) {
        if (!have.groupId || !desired.groupNames.has(have.groupId.toLowerCase()) || wanted.has(pairKey(app.id, have.groupId))) continue;
        const name = groupName(have.groupId);
        if (!input.prune) {
          warnings.push({
            summary: 'Assignment not in the configuration (kept)',
            detail: `${app.displayName} (${app.bundleId}) is assigned to ${name} (${have.intent}${have.exclude ? ', excluded' : ''}), which no applemdm_app_assignment declares; it is kept. Use --prune to remove it.`,
            address: appAddress,
          });
          continue;
        }
        const a = get(appAddress);
        a.existing++;
        a.risks.push('high');
        a.objects.add(`mobileAppAssignment:${app.id}/${have.groupId.toLowerCase()}`);
        const platform = apps.length > 1 ? ` (${app.type.startsWith('ios') ? 'iOS' : 'macOS'})` : '';
        a.keyDiffs.push({ path: `${name}${platform}.intent`, object: `mobileAppAssignment ${app.bundleId} (${app.type}) → ${name}`, before: have.intent });
        a.ops.push({ op: 'graph-assign-app', phase: GRAPH_PHASE.assignApp, address: appAddress, write: { appId: app.id, app: `${app.bundleId} (${app.type})`, targets: [], release: [have.groupId] } });
      }
    }
  }

  // Owned configurations (restrictions, software update policies).
  const actualByIdentifier = new Map<string, OwnedConfiguration>();
  const extras: OwnedConfiguration[] = [];
  for (const c of snapshot.configurations) {
    if (actualByIdentifier.has(c.identifier)) extras.push(c);
    else actualByIdentifier.set(c.identifier, c);
  }
  const desiredIds = new Set(desired.configurations.map((c) => c.identifier));
  for (const want of desired.configurations) {
    const a = get(want.address);
    const have = actualByIdentifier.get(want.identifier);
    a.objects.add(`${want.collection}:${want.identifier}`);
    const object = `${want.label} ${want.displayName}`;
    // One restrictions resource may own an iOS and a macOS configuration: keys read "iOS.iCloudBlockBackup".
    const prefix = want.collection === 'deviceConfigurations' ? `${want.label.startsWith('ios') ? 'iOS' : 'macOS'}.` : '';
    const afterTargets = targetNames(want.targets, groupName);
    if (!have) {
      for (const [path, value] of Object.entries(want.values)) {
        if (want.explicit.has(path)) a.keyDiffs.push({ path: `${prefix}${path}`, object, after: value });
      }
      a.keyDiffs.push({ path: `${prefix}assignments`, object, after: afterTargets });
      a.ops.push({ op: 'graph-put-configuration', phase: GRAPH_PHASE.putConfiguration, address: want.address, write: { collection: want.collection, identifier: want.identifier, body: want.body, assignments: want.targets.map(({ groupId, exclude }) => ({ groupId, exclude })) } });
      continue;
    }
    a.existing++;
    a.risks.push('medium');
    const before = actualValues(want, have);
    const diffs: KeyDiff[] = [];
    for (const path of [...new Set([...Object.keys(before), ...Object.keys(want.values)])].sort()) {
      if (canonicalJson(before[path] ?? null) !== canonicalJson(want.values[path] ?? null)) {
        diffs.push({ path: `${prefix}${path}`, object, ...(before[path] !== undefined ? { before: before[path] } : {}), ...(want.values[path] !== undefined ? { after: want.values[path] } : {}) });
      }
    }
    const beforeTargets = [...targetNames(have.targets, groupName), ...have.otherTargets];
    const targetsChanged = canonicalJson(beforeTargets) !== canonicalJson(afterTargets);
    if (targetsChanged) diffs.push({ path: `${prefix}assignments`, object, before: beforeTargets, after: afterTargets });
    a.keyDiffs.push(...diffs);
    const bodyChanged = diffs.some((d) => d.path !== `${prefix}assignments`);
    if (bodyChanged || targetsChanged) {
      a.ops.push({
        op: 'graph-put-configuration',
        phase: GRAPH_PHASE.putConfiguration,
        address: want.address,
        write: {
          collection: want.collection,
          identifier: want.identifier,
          id: have.id,
          body: want.body,
          ...(targetsChanged ? { assignments: want.targets.map(({ groupId, exclude }) => ({ groupId, exclude })) } : {}),
        },
      });
    }
  }
  for (const have of [...actualByIdentifier.values()].filter((c) => !desiredIds.has(c.identifier)).concat(extras)) {
    const address = addressFromIdentifier(have.identifier, input.stackPrefix);
    if (!address) continue;
    const a = get(address);
    a.existing++;
    a.objects.add(`${have.collection}:${have.identifier}`);
    if (input.prune) a.ops.push({ op: 'graph-delete-configuration', phase: GRAPH_PHASE.deleteConfiguration, address, target: { collection: have.collection, id: have.id, identifier: have.identifier } });
    else if (input.configured.has(address)) {
      warnings.push({ summary: 'Duplicate owned object (kept)', detail: `${have.collection} ${have.id} carries the same marker (${have.identifier}) as the object applemdm manages; it is kept. Use --prune to delete it.`, address });
    }
  }
  for (const address of input.configured) get(address);

  const changes: ResourceChange[] = [];
  const operations: GraphOperation[] = [];
  for (const address of [...acc.keys()].sort()) {
    const a = acc.get(address)!;
    const configured = input.configured.has(address);
    let action: Action;
    let kept: true | undefined;
    const deletes = a.ops.length > 0 && a.ops.every((o) => o.op === 'graph-delete-configuration');
    if (!configured) {
      if (a.existing === 0 && a.ops.length === 0) continue;
      action = input.prune ? 'delete' : 'noop';
      if (!input.prune) kept = true;
    } else if (a.ops.length === 0) action = 'noop';
    else if (a.existing === 0) action = 'create';
    else action = 'update';
    if (action === 'delete' || deletes) a.risks.push('high');
    changes.push({
      address,
      action,
      objects: [...a.objects].sort(),
      keyDiffs: action === 'noop' || action === 'delete' ? [] : a.keyDiffs,
      notes: [],
      risk: action === 'noop' && !kept ? 'low' : maxRisk(a.risks),
      ...(kept ? { kept } : {}),
    });
    if (!kept) operations.push(...a.ops);
  }
  operations.sort((x, y) => x.phase - y.phase || x.address.localeCompare(y.address) || opKey(x).localeCompare(opKey(y)));
  return { changes, operations, warnings };
}

/** Intent, target kind and each setting the app type carries, compared by meaning. */
function assignmentDiffs(app: FoundApp, want: DesiredAssignment, have: ReadAssignment | undefined): Omit<KeyDiff, 'object'>[] {
  const out: Omit<KeyDiff, 'object'>[] = [];
  const kind = (exclude: boolean) => (exclude ? 'excluded group' : 'group');
  if (!have) {
    out.push({ path: 'target', after: kind(want.target.exclude) });
    out.push({ path: 'intent', after: want.target.intent });
    for (const [k, v] of Object.entries(want.meaning)) out.push({ path: `settings.${k}`, after: v });
    return out;
  }
  if (have.exclude !== want.target.exclude) out.push({ path: 'target', before: kind(have.exclude), after: kind(want.target.exclude) });
  if (have.intent !== want.target.intent) out.push({ path: 'intent', before: have.intent, after: want.target.intent });
  const before = have.exclude ? {} : normalizeSettings(app.type, have.settings, have.intent);
  for (const name of UNMANAGED_SETTINGS) delete before[name];
  for (const k of [...new Set([...Object.keys(before), ...Object.keys(want.meaning)])].sort()) {
    if (canonicalJson(before[k] ?? null) !== canonicalJson(want.meaning[k] ?? null)) {
      out.push({ path: `settings.${k}`, ...(before[k] !== undefined ? { before: before[k] } : {}), ...(want.meaning[k] !== undefined ? { after: want.meaning[k] } : {}) });
    }
  }
  return out;
}

/** An owned object's current values in the form the desired ones take. */
function actualValues(want: DesiredConfiguration, have: OwnedConfiguration): Record<string, unknown> {
  if (want.collection === 'configurationPolicies') {
    const p = have.properties;
    return { name: p.name, platforms: p.platforms, technologies: p.technologies, ...flattenSettings(have.settings ?? []) };
  }
  const platform: RestrictionPlatform = want.label.startsWith('ios') ? 'iOS' : 'macOS';
  const out: Record<string, unknown> = { displayName: have.properties.displayName };
  for (const [property, fallback] of managedProperties(platform)) out[property] = normalizeRestrictionValue(property, have.properties[property], fallback);
  return out;
}

function targetNames(targets: { groupId: string; exclude: boolean }[], name: (id: string) => string): string[] {
  return targets.map((t) => `${t.exclude ? 'exclude ' : ''}${name(t.groupId)}`).sort();
}

function direct(list: ReadAssignment[]): ReadAssignment[] {
  return list.filter((a) => a.source !== 'policySets');
}

function pairKey(appId: string, groupId: string): string {
  return `${appId}\u0000${groupId.toLowerCase()}`;
}

function opKey(o: GraphOperation): string {
  switch (o.op) {
    case 'graph-assign-app':
      return `${o.op}:${o.write.appId}`;
    case 'graph-put-configuration':
      return `${o.op}:${o.write.identifier}`;
    case 'graph-delete-configuration':
      return `${o.op}:${o.target.id}`;
  }
}
