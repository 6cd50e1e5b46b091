import { appTypeFilter, matchApps, toFoundApp, type AppQuery, type FoundApp, type ListedApp } from './apps';
import { odataPath, odataString, type GraphClient } from './graph-client';
import type { ConfigurationCollection } from './graph-writes';
import { isOwnedBy, ownedIdentifier } from './ownership';

/**
 * One read of everything a stack's plan needs from Intune: the apps and Entra groups the configuration names, the
 * per-app VPN configurations it references, every assignment of the matched apps (foreign ones included: they must
 * survive a rewrite), and the configurations carrying this stack's ownership marker with their settings and
 * assignments. Point reads go through $batch; collections are paged.
 */
export interface GroupQuery {
  /** The device group's name in the configuration. */
  name: string;
  /** Entra group display name, or object id (a GUID). */
  ref: string;
}

export interface IntuneReadRequest {
  stackPrefix: string;
  apps: AppQuery[];
  groups: GroupQuery[];
  vpnConfigurationIds: string[];
}

export interface FoundGroup {
  id: string;
  displayName: string;
}

/** An assignment as read, reduced to what planning compares; `raw` is what a rewrite sends back for foreign ones. */
export interface ReadAssignment {
  id?: string;
  intent: string;
  targetType: string;
  groupId?: string;
  exclude: boolean;
  /** `direct` or `policySets`; policy-set assignments belong to the policy set and are never rewritten. */
  source: string;
  settings: Record<string, unknown> | null;
  raw: Record<string, unknown>;
}

export interface OwnedConfiguration {
  collection: ConfigurationCollection;
  id: string;
  identifier: string;
  odataType: string;
  displayName: string;
  /** Every property as read (deviceConfigurations), or name/platforms/technologies (policies). */
  properties: Record<string, unknown>;
  /** Policies only: the settings tree as read. */
  settings?: { settingInstance?: unknown }[];
  targets: { groupId: string; exclude: boolean }[];
  /** Targets that are not groups (all devices, all users, filters): shown and replaced, never silently kept. */
  otherTargets: string[];
}

export interface IntuneSnapshot {
  /** Query key → matching apps (0: missing, >1: ambiguous). */
  apps: Map<string, FoundApp[]>;
  /** Device group name → matching Entra groups. */
  groups: Map<string, FoundGroup[]>;
  /** Configuration id (lower-case) → its display name and type, or undefined when it does not exist. */
  vpnConfigurations: Map<string, { displayName: string; odataType: string } | undefined>;
  /** App id → its assignments (all of them). */
  assignments: Map<string, ReadAssignment[]>;
  configurations: OwnedConfiguration[];
  requests: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function readIntuneState(graph: GraphClient, req: IntuneReadRequest): Promise<IntuneSnapshot> {
  const before = graph.requestCount;
  const [groups, apps, vpn, configurations] = await Promise.all([
    readGroups(graph, req.groups),
    readApps(graph, req.apps),
    readVpnConfigurations(graph, req.vpnConfigurationIds),
    readOwnedConfigurations(graph, req.stackPrefix),
  ]);
  const appIds = [...new Set([...apps.values()].flatMap((m) => (m.length === 1 ? [m[0]!.id] : [])))].sort();
  const assignments = await readAppAssignments(graph, appIds);
  return { apps, groups, vpnConfigurations: vpn, assignments, configurations, requests: graph.requestCount - before };
}

async function readGroups(graph: GraphClient, queries: GroupQuery[]): Promise<Map<string, FoundGroup[]>> {
  const paths = queries.map((q) =>
    GUID.test(q.ref)
      ? odataPath(`groups/${q.ref}`, { $select: 'id,displayName' })
      : odataPath('groups', { $filter: `displayName eq ${odataString(q.ref)}`, $select: 'id,displayName' }),
  );
  const items = await graph.batchGet<{ id?: string; displayName?: string; value?: { id?: string; displayName?: string }[]; '@odata.nextLink'?: string }>(paths);
  const out = new Map<string, FoundGroup[]>();
  for (let i = 0; i < queries.length; i++) {
    const q = queries[i]!;
    const body = graph.itemBody(items[i]!, paths[i]!, true);
    const found = body === undefined ? [] : 'value' in body ? await graph.rest(body as { value: { id?: string; displayName?: string }[] }) : [body];
    out.set(q.name, found.filter((g) => g.id).map((g) => ({ id: g.id!, displayName: g.displayName ?? g.id! })));
  }
  return out;
}

async function readApps(graph: GraphClient, queries: AppQuery[]): Promise<Map<string, FoundApp[]>> {
  const out = new Map<string, FoundApp[]>();
  if (!queries.length) return out;
  const listed = await graph.list<ListedApp>(odataPath('deviceAppManagement/mobileApps', { $filter: appTypeFilter(queries.flatMap((q) => q.types)) }));
  const found = listed.map(toFoundApp).filter((a): a is FoundApp => a !== undefined);
  for (const q of queries) out.set(q.key, matchApps(q, found));
  return out;
}

async function readVpnConfigurations(graph: GraphClient, ids: string[]): Promise<IntuneSnapshot['vpnConfigurations']> {
  const unique = [...new Set(ids.map((i) => i.toLowerCase()))].sort();
  const paths = unique.map((id) => odataPath(`deviceManagement/deviceConfigurations/${encodeURIComponent(id)}`, { $select: 'id,displayName' }));
  const items = await graph.batchGet<{ displayName?: string; '@odata.type'?: string }>(paths);
  const out: IntuneSnapshot['vpnConfigurations'] = new Map();
  unique.forEach((id, i) => {
    // A malformed id answers 400 on Graph: as absent as a 404.
    const item = items[i]!;
    const body = item.status === 400 ? undefined : graph.itemBody(item, paths[i]!, true);
    out.set(id, body ? { displayName: body.displayName ?? id, odataType: body['@odata.type'] ?? '' } : undefined);
  });
  return out;
}

async function readAppAssignments(graph: GraphClient, appIds: string[]): Promise<Map<string, ReadAssignment[]>> {
  const paths = appIds.map((id) => `deviceAppManagement/mobileApps/${encodeURIComponent(id)}/assignments`);
  const items = await graph.batchGet<{ value: Record<string, unknown>[]; '@odata.nextLink'?: string }>(paths);
  const out = new Map<string, ReadAssignment[]>();
  for (let i = 0; i < appIds.length; i++) {
    const page = graph.itemBody(items[i]!, paths[i]!);
    out.set(appIds[i]!, (await graph.rest(page)).map(toReadAssignment));
  }
  return out;
}

export function toReadAssignment(raw: Record<string, unknown>): ReadAssignment {
  const target = (raw.target ?? {}) as Record<string, unknown>;
  const targetType = String(target['@odata.type'] ?? '');
  const groupId = typeof target.groupId === 'string' ? target.groupId : undefined;
  return {
    ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    intent: String(raw.intent ?? ''),
    targetType,
    ...(groupId ? { groupId } : {}),
    exclude: targetType === '#microsoft.graph.exclusionGroupAssignmentTarget',
    source: typeof raw.source === 'string' ? raw.source : 'direct',
    settings: (raw.settings ?? null) as Record<string, unknown> | null,
    raw,
  };
}

async function readOwnedConfigurations(graph: GraphClient, stackPrefix: string): Promise<OwnedConfiguration[]> {
  const [configs, policies] = await Promise.all([
    graph.list<Record<string, unknown>>(
      odataPath('deviceManagement/deviceConfigurations', {
        $filter: "isof('microsoft.graph.iosGeneralDeviceConfiguration') or isof('microsoft.graph.macOSGeneralDeviceConfiguration')",
      }),
    ),
    graph.list<Record<string, unknown>>(odataPath('deviceManagement/configurationPolicies', { $select: 'id,name,description,platforms,technologies' })),
  ]);
  const owned = [
    ...configs.filter((c) => isOwnedBy(c.description as string, stackPrefix)).map((c) => ({ collection: 'deviceConfigurations' as const, raw: c })),
    ...policies.filter((p) => isOwnedBy(p.description as string, stackPrefix)).map((p) => ({ collection: 'configurationPolicies' as const, raw: p })),
  ];
  const assignmentPaths = owned.map((o) => `deviceManagement/${o.collection}/${encodeURIComponent(String(o.raw.id))}/assignments`);
  const settingPaths = owned.filter((o) => o.collection === 'configurationPolicies').map((o) => `deviceManagement/configurationPolicies/${encodeURIComponent(String(o.raw.id))}/settings`);
  const items = await graph.batchGet<{ value: Record<string, unknown>[]; '@odata.nextLink'?: string }>([...assignmentPaths, ...settingPaths]);
  const settingsById = new Map<string, { settingInstance?: unknown }[]>();
  for (let i = 0; i < settingPaths.length; i++) {
    const page = graph.itemBody(items[assignmentPaths.length + i]!, settingPaths[i]!);
    settingsById.set(settingPaths[i]!.split('/')[2]!, await graph.rest(page));
  }
  const out: OwnedConfiguration[] = [];
  for (let i = 0; i < owned.length; i++) {
    const { collection, raw } = owned[i]!;
    const id = String(raw.id);
    const assignments = (await graph.rest(graph.itemBody(items[i]!, assignmentPaths[i]!))).map((a) => toReadAssignment(a));
    out.push({
      collection,
      id,
      identifier: ownedIdentifier(raw.description as string)!,
      odataType: String(raw['@odata.type'] ?? (collection === 'configurationPolicies' ? '#microsoft.graph.deviceManagementConfigurationPolicy' : '')),
      displayName: String(raw.displayName ?? raw.name ?? id),
      properties: raw,
      ...(collection === 'configurationPolicies' ? { settings: settingsById.get(encodeURIComponent(id)) ?? [] } : {}),
      targets: assignments.filter((a) => a.groupId).map((a) => ({ groupId: a.groupId!, exclude: a.exclude })),
      otherTargets: assignments.filter((a) => !a.groupId).map((a) => a.targetType.replace('#microsoft.graph.', '')),
    });
  }
  return out.sort((a, b) => a.identifier.localeCompare(b.identifier) || a.id.localeCompare(b.id));
}
