import type { InventoryView, Unit } from '../import-types';

/**
 * Why a set's activation cannot be taken over as a device group's (applemdm writes one activation per set listing
 * exactly the set's configurations, sorted), or undefined when it can.
 */
export function activationPayloadMatches(inv: InventoryView, group: Unit, configurations: string[]): string | undefined {
  if (!group.activation) return configurations.length ? 'the set has configurations but no activation.' : undefined;
  if (group.activation.includes(',')) return `the set has more than one activation (${group.activation}); applemdm keeps one per set.`;
  const payload = inv.declarations.get(group.activation)?.Payload ?? {};
  const extra = Object.keys(payload).filter((k) => k !== 'StandardConfigurations');
  if (extra.length) return `its activation ${group.activation} uses ${extra.join(', ')}; applemdm's activations list configurations only (membership is the condition).`;
  const given = Array.isArray(payload.StandardConfigurations) ? (payload.StandardConfigurations as unknown[]).map(String) : [];
  const listed = [...given].sort();
  const want = [...configurations].sort();
  if (listed.join('\n') !== want.join('\n')) {
    return `its activation ${group.activation} lists ${listed.join(', ') || 'nothing'}, not exactly the set's configurations (${want.join(', ') || 'none'}).`;
  }
  if (given.join('\n') !== listed.join('\n')) {
    return `its activation ${group.activation} lists its configurations in another order than applemdm writes them (sorted), so taking it over would rewrite it.`;
  }
  return undefined;
}
