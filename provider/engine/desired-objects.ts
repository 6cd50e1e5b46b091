import type { DesiredServerState } from '../apple/ddm-state';
import type { DesiredObjects } from './server-objects';

/** The compiler's KMFDDM-shaped desired state → the engine's indexed view (with resolved serial numbers merged). */
export function desiredObjectsFrom(state: DesiredServerState, resolvedSerials: Record<string, string[]>): DesiredObjects {
  const owner = (id: string): string => {
    const address = state.owners[id];
    if (!address) throw new Error(`applemdm bug: compiled object "${id}" has no owning resource`);
    return address;
  };
  const enrollmentSets = new Map<string, Set<string>>();
  const add = (enrollment: string, sets: string[]) => {
    const s = enrollmentSets.get(enrollment) ?? new Set<string>();
    for (const x of sets) s.add(x);
    enrollmentSets.set(enrollment, s);
  };
  for (const [enrollment, sets] of Object.entries(state.enrollmentSets)) add(enrollment, sets);
  for (const [enrollment, sets] of Object.entries(resolvedSerials)) add(enrollment, sets);
  return {
    declarations: new Map(state.declarations.map((d) => [d.Identifier, { declaration: d, address: owner(d.Identifier) }])),
    assets: new Map(
      state.assets.map((a) => [
        a.name,
        { name: a.name, bytes: a.bytes, contentType: a.contentType, sha256: a.sha256, address: owner(a.name.replace(/\.mobileconfig$/, '')) },
      ]),
    ),
    sets: new Map(Object.entries(state.sets).map(([k, v]) => [k, new Set(v)])),
    setAddress: new Map(Object.keys(state.sets).map((k) => [k, owner(k)])),
    enrollmentSets,
    sensitive: new Map(Object.entries(state.sensitive ?? {})),
  };
}
