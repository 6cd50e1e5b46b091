import type { ResourceInstance } from '../core/document';
import type { DeviceGroupAttributes } from './generated';
import { attributesOf, type RuleContext } from './rule-context';

/** The `scope` block shared by assignments, restrictions and software updates. */
export interface Scope {
  groups: string[];
  exclude_groups?: string[];
}

export function scopeOf(resource: ResourceInstance): Scope {
  return resource.attributes.scope as Scope;
}

/** "applemdm_device_group.sales" → "sales": the name the user wrote. */
export function shortName(address: string): string {
  const dot = address.indexOf('.');
  return dot < 0 ? address : address.slice(dot + 1);
}

/** Every group in a scope must be a device group declared in this configuration. */
export function checkScopeReferences(resource: ResourceInstance, ctx: RuleContext): void {
  const scope = scopeOf(resource);
  for (const list of ['groups', 'exclude_groups'] as const) {
    (scope[list] ?? []).forEach((ref, i) => {
      const target = ctx.byAddress.get(ref);
      if (!target || target.type !== 'applemdm_device_group') {
        ctx.error(
          resource,
          `/scope/${list}/${i}`,
          'Undefined device group',
          `scope.${list} names "${shortName(ref)}", but no device group of that name is declared in this configuration.`,
          'dangling-reference',
        );
      }
    });
  }
  const excluded = new Set(scope.exclude_groups ?? []);
  scope.groups.forEach((ref, i) => {
    if (excluded.has(ref)) {
      ctx.warning(resource, `/scope/groups/${i}`, 'Group both included and excluded', `"${shortName(ref)}" is in scope.groups and scope.exclude_groups; exclusion wins, so it receives nothing.`, 'scope-self-exclusion');
    }
  });
}

/** Groups that receive the resource: listed and not excluded. */
export function effectiveGroups(resource: ResourceInstance): string[] {
  const scope = scopeOf(resource);
  const excluded = new Set(scope.exclude_groups ?? []);
  return scope.groups.filter((g) => !excluded.has(g));
}

/**
 * Why two scopes may reach the same device (a shared group, or a device listed as a static member of a group in
 * each), or undefined when nothing in the configuration says they overlap.
 */
export function scopeOverlap(a: ResourceInstance, b: ResourceInstance, ctx: RuleContext): string | undefined {
  const ga = effectiveGroups(a);
  const gb = new Set(effectiveGroups(b));
  const shared = ga.filter((g) => gb.has(g));
  if (shared.length) return `both include ${shared.map((g) => `"${shortName(g)}"`).join(', ')}`;
  for (const x of ga) {
    const mx = staticMembers(ctx.byAddress.get(x));
    for (const y of gb) {
      const my = staticMembers(ctx.byAddress.get(y));
      const device = [...mx].find((m) => my.has(m));
      if (device) return `device ${device} is a member of "${shortName(x)}" and "${shortName(y)}"`;
    }
  }
  return undefined;
}

/**
 * The pairs [i, j] (i < j, in nested-loop order) of resources in `list` whose scopes may overlap: those that share a
 * group, or whose groups share a static member. Only these can make scopeOverlap() say yes, so document-wide checks
 * cost the overlapping pairs rather than every pair (the nested loop was ~18 s for 2,000 restrictions).
 */
export function overlapCandidates(list: ResourceInstance[], ctx: RuleContext): [number, number][] {
  const push = <K, V>(m: Map<K, V[]>, key: K, value: V): void => {
    const values = m.get(key);
    if (values) values.push(value);
    else m.set(key, [value]);
  };
  const byGroup = new Map<string, number[]>();
  list.forEach((r, i) => {
    for (const g of new Set(effectiveGroups(r))) push(byGroup, g, i);
  });
  const groupsByDevice = new Map<string, string[]>();
  for (const g of byGroup.keys()) for (const m of staticMembers(ctx.byAddress.get(g))) push(groupsByDevice, m, g);
  const n = list.length;
  const pairs = new Set<number>();
  const addPairs = (indices: number[]): void => {
    const sorted = [...new Set(indices)].sort((a, b) => a - b);
    for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b < sorted.length; b++) pairs.add(sorted[a] * n + sorted[b]);
  };
  for (const indices of byGroup.values()) addPairs(indices);
  for (const groups of groupsByDevice.values()) if (groups.length > 1) addPairs(groups.flatMap((g) => byGroup.get(g) ?? []));
  return [...pairs].sort((a, b) => a - b).map((k) => [Math.floor(k / n), k % n]);
}

function staticMembers(group: ResourceInstance | undefined): Set<string> {
  if (!group || group.type !== 'applemdm_device_group') return new Set();
  const m = attributesOf<DeviceGroupAttributes>(group).members;
  if (!m || typeof m !== 'object') return new Set();
  // The group may be structurally invalid (its own errors are reported): a member list given as an object or a
  // number is not iterable, and a string would spread into characters.
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return new Set([...list(m.serial_numbers), ...list(m.udids), ...list(m.enrollment_ids)].filter((x): x is string => typeof x === 'string'));
}

/** Groups in scope that may hold unsupervised devices (supervised "false" or "mixed", the default). */
export function possiblyUnsupervisedGroups(resource: ResourceInstance, ctx: RuleContext): { name: string; supervised: string }[] {
  const out: { name: string; supervised: string }[] = [];
  for (const ref of effectiveGroups(resource)) {
    const group = ctx.byAddress.get(ref);
    if (!group || group.type !== 'applemdm_device_group') continue;
    const supervised = attributesOf<DeviceGroupAttributes>(group).supervised ?? 'mixed';
    if (supervised !== 'true') out.push({ name: shortName(ref), supervised });
  }
  return out;
}

export function describeGroups(groups: { name: string; supervised: string }[]): string {
  return groups.map((g) => `"${g.name}" (supervised: ${g.supervised})`).join(', ');
}
