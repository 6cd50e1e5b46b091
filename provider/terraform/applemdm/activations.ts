import { ACTIVATION_SIMPLE, activationIdentifier, compileActivation } from '../../apple/activation';
import type { Declaration } from '../../apple/declaration';
import type { Backend, WriteResult } from '../../backends/contract';
import { NO_SOURCE } from '../../core/diagnostics';
import { readStackObjects } from '../../engine/read-stack-objects';
import type { ApplemdmClient } from './client';

/**
 * A set's com.apple.activation.simple, recomputed from what the server's set holds. The native engine compiles one
 * activation per group listing the group's configurations; a Terraform resource sees only itself, so each resource
 * that changed a set's configurations recomputes it after its own writes, from the set's members on the server:
 * every declaration in the set that is not an activation, sorted (the compiler's own compileActivation writes it).
 * A set without configurations gets no activation, and loses the one it had, as `applemdm apply --prune` leaves it.
 * The recompute of a set runs under that set's lock in this process, after every write of the resource, so the last
 * one to run sees every configuration already added.
 *
 * The activation's identifier: the one activation the set holds (a group taking over a set keeps its activation's
 * name), else `hint` (the group's activation_identifier), else `<set>.activation`.
 */
export async function recomputeActivation(client: ApplemdmClient, backend: Backend, set: string, hint?: string): Promise<WriteResult> {
  return client.sets.run(set, async () => {
    const owned = set.startsWith(`${client.stackPrefix}.`);
    const snapshot = await readStackObjects(backend, client.stackPrefix, owned ? [] : [set], { enrollmentIds: [] });
    const members = snapshot.sets[set] ?? [];
    const known = new Map(snapshot.declarations.map((d) => [d.Identifier, d.Type]));
    const typeOf = async (id: string): Promise<string | undefined> => known.get(id) ?? (backend.getDeclaration ? (await backend.getDeclaration(id))?.Type : undefined);
    const activations: string[] = [];
    const configurations: string[] = [];
    for (const id of members) ((await typeOf(id)) === ACTIVATION_SIMPLE ? activations : configurations).push(id);
    const identifier = activations.length === 1 ? activations[0] : (hint ?? activationIdentifier(set));
    let changed = false;
    const note = (r: WriteResult) => (changed ||= r === 'changed');
    if (configurations.length > 0) {
      const group = { type: 'applemdm_device_group' as const, name: 'group', address: 'applemdm_device_group.group', attributes: { activation_identifier: identifier }, source: NO_SOURCE };
      const declaration = compileActivation(group, set, configurations).content as Declaration;
      note(await backend.putDeclaration({ Type: declaration.Type, Identifier: declaration.Identifier, Payload: declaration.Payload }));
      if (!members.includes(identifier)) note(await backend.addSetDeclaration(set, identifier));
    } else if (identifier.startsWith(`${client.stackPrefix}.`)) {
      // Only the stack's own activation goes; a taken-over set's activation is left as it is.
      if (members.includes(identifier)) note(await backend.removeSetDeclaration(set, identifier));
      if (known.has(identifier) || (await typeOf(identifier))) note(await backend.deleteDeclaration(identifier));
    }
    return changed ? 'changed' : 'unchanged';
  });
}
