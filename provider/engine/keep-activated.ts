import { addressFromIdentifier } from './address';
import type { ActualObjects, DesiredObjects } from './server-objects';

const ACTIVATION = 'com.apple.activation.simple';

/**
 * "Kept" must mean kept on the devices too. Without --prune, a resource removed from the configuration keeps its
 * declaration on the server, but devices apply it only while their group's activation lists it. So each desired
 * activation keeps the configurations it lists on the server that this stack owns and no longer configures (and
 * they stay in the group's set). With --prune they are deleted and dropped from the activation as usual.
 */
export function keepUnprunedActivated(desired: DesiredObjects, actual: ActualObjects, configured: Set<string>, stackPrefix: string): void {
  const kept = (id: string): boolean => {
    if (desired.declarations.has(id) || !actual.declarations.has(id)) return false;
    const address = addressFromIdentifier(id, stackPrefix);
    return address !== undefined && !configured.has(address);
  };
  for (const [id, want] of desired.declarations) {
    if (want.declaration.Type !== ACTIVATION) continue;
    const have = actual.declarations.get(id);
    const listed = have?.Payload.StandardConfigurations;
    if (!Array.isArray(listed)) continue;
    const extra = listed.filter((x): x is string => typeof x === 'string' && kept(x));
    if (extra.length === 0) continue;
    const current = (want.declaration.Payload.StandardConfigurations as string[] | undefined) ?? [];
    want.declaration.Payload = { ...want.declaration.Payload, StandardConfigurations: [...new Set([...current, ...extra])].sort() };
    for (const [set, members] of desired.sets) {
      if (!members.has(id)) continue;
      for (const x of extra) if (actual.sets.get(set)?.has(x)) members.add(x);
    }
  }
}
