import type { Backend, StackSnapshot } from '../../backends/contract';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import type { DesiredDocument, ResourceType } from '../../core/document';
import { readStackObjects } from '../../engine/read-stack-objects';
import { UnitDecoder } from '../../importer/decode-units';
import { inventoryOf } from '../../importer/inventory';
import { groupIntoUnits, isSetUnit } from '../../importer/server-units';
import { kindOf } from '../../resources/kinds/registry';
import type { ObjectValue } from '../cty/values';
import type { BlockSchema } from '../schema/schema-document';
import type { ApplemdmClient } from './client';
import { assignedMembers, desiredMembers } from './group-members';
import { miniDocument } from './mini-document';
import { planResource } from './resource-plan';
import { terraformAttributes } from './terraform-values';

/**
 * Reading a resource back from the server, with the importer's decoders (provider/importer), so Terraform sees a
 * change made on the server outside it:
 * - the prior state is planned as the native engine would plan it (resource-plan.ts): nothing to write means the
 *   server matches, and the state is returned as it is (so a value written differently but meaning the same, such as
 *   a default spelled out, never shows as a change);
 * - objects that are all gone mean the resource is gone (Terraform plans to create it again);
 * - otherwise the objects are decoded into attributes, which Terraform then diffs against the configuration.
 * Attributes the server does not store (a software update's platform, identifier and adopt) keep their state values
 * (each kind's `keptFromState`).
 */

export type Decoded = { state: ObjectValue } | { missing: true } | { reason: string };

export async function readResource(client: ApplemdmClient, type: ResourceType, state: ObjectValue, block: BlockSchema): Promise<{ state: ObjectValue | null; diagnostics: Diagnostic[] }> {
  const backend = await client.backend();
  const mini = await miniDocument(client, type, state, backend);
  // An app not applied yet, or a state the engine refuses: nothing to compare; the plan says the rest.
  if (mini.missingApp || mini.diagnostics.hasError()) return { state, diagnostics: [] };
  const id = String(state.id);
  if (type === 'applemdm_device_group') return { state: await readGroup(client, backend, id, state, mini.document, block), diagnostics: [] };
  const { plan } = await planResource(client, backend, type, mini.resource.address, mini.document);
  if (!plan) return { state, diagnostics: [] };
  if (plan.change?.action === 'create') return { state: null, diagnostics: [] };
  if (plan.operations.length === 0) return { state, diagnostics: [] };

  const decoded = await decodeResource(client, backend, type, id, block, objectNames(type, id, mini.scopeSets));
  if ('missing' in decoded) return { state: null, diagnostics: [] };
  if ('reason' in decoded) {
    return {
      state: null,
      diagnostics: [{ severity: 'warning', summary: 'Changed on the server beyond what applemdm can read', detail: `${mini.resource.address} (${id}) was changed outside Terraform so that applemdm cannot read it back: ${decoded.reason} The plan writes it again from the configuration.`, path: [], source: NO_SOURCE, code: 'undecodable-drift' }],
    };
  }
  const merged: ObjectValue = { ...decoded.state, name: state.name, id: state.id };
  for (const key of kindOf(type).keptFromState) merged[key] = state[key] ?? null;
  return { state: merged, diagnostics: [] };
}

/** The resource with this id as the server holds it, for `terraform import`; every object on the server is read. */
export async function importResource(client: ApplemdmClient, type: ResourceType, id: string, block: BlockSchema): Promise<Decoded> {
  return decodeResource(client, await client.backend(), type, id, block);
}

/**
 * Decodes the object(s) of the resource named `id` through the importer: the server's objects grouped into units,
 * every unit named as import names it, the resource's unit decoded, and its references (addresses) turned back into
 * the ids Terraform holds. `names`: the objects outside the stack's prefix to read besides it; without them,
 * everything on the server is read.
 */
export async function decodeResource(client: ApplemdmClient, backend: Backend, type: ResourceType, id: string, block: BlockSchema, names?: string[]): Promise<Decoded> {
  const snapshot: StackSnapshot = names || !backend.readAll ? await readStackObjects(backend, client.stackPrefix, names ?? [id]) : await backend.readAll({});
  const inv = inventoryOf(snapshot, backend.capabilities.enrollmentRegistry ? await backend.enrollments() : undefined);
  const { units } = groupIntoUnits(inv);
  const unit = units.get(kindOf(type).decoder.unitKey(id));
  if (!unit) return { missing: true };
  const decoder = new UnitDecoder({
    inv,
    identifierPrefix: client.stack.identifierPrefix,
    stack: client.stack.name,
    getAsset: (name) => (backend.getAsset ? backend.getAsset(name) : Promise.resolve(undefined)),
    importable: new Set([...units.values()].filter((u) => !isSetUnit(u)).flatMap((u) => u.declarations)),
  });
  const all = [...units.values()];
  decoder.nameUnits(all);
  const groupOfSet = new Map(all.filter(isSetUnit).map((u) => [u.identifier, u]));
  const result = await decoder.decode(unit, groupOfSet);
  if (result.reason !== undefined) return { reason: result.reason };
  const resource = result.resources[0];
  const idOf = new Map<string, string>();
  for (const u of all) {
    const address = decoder.addressOf(u);
    if (address) idOf.set(address, u.identifier);
  }
  // An app the server holds no record of has no id: say which app the declaration installs instead, so a plan shows
  // that the server's assignment is not the configured app's.
  for (const app of decoder.appResources()) idOf.set(`applemdm_app.${app.name}`, describeUnrecordedApp(app.attributes));
  const attributes = withIds(resource.attributes, idOf);
  return { state: { ...terraformAttributes(type, attributes, block), name: resource.name, id } };
}

function describeUnrecordedApp(app: Record<string, unknown>): string {
  const which = typeof app.adam_id === 'string' ? `App Store ID ${app.adam_id}` : `manifest ${String(app.manifest_url)}`;
  return `(no app record: ${which}, ${typeof app.license === 'string' ? `${app.license} licence` : 'no licence'})`;
}


/** References in decoded attributes (addresses) → the ids Terraform holds. */
function withIds(attributes: Record<string, unknown>, idOf: Map<string, string>): Record<string, unknown> {
  const out = { ...attributes };
  if (typeof out.app === 'string') out.app = idOf.get(out.app) ?? out.app;
  const scope = out.scope as Record<string, unknown> | undefined;
  if (scope) {
    out.scope = Object.fromEntries(Object.entries(scope).map(([k, v]) => [k, Array.isArray(v) ? v.map((a) => idOf.get(String(a)) ?? a) : v]));
  }
  return out;
}

/** Names a resource's objects may have outside the stack's prefix (a taken-over identifier) and the sets it is in. */
function objectNames(type: ResourceType, id: string, sets: string[]): string[] {
  const declarations = [id, ...(kindOf(type).decoder.relatedDeclarations?.(id) ?? [])];
  return [...declarations, ...declarations.map((d) => `${d}.mobileconfig`), ...sets];
}

/**
 * A group has no object of its own (its set exists through what it delivers), so it is never gone. What the server
 * stores of it are its static members: when it declares members and the set's assigned enrollments are not exactly
 * those, its members read back as the enrollment IDs the server assigns.
 */
async function readGroup(client: ApplemdmClient, backend: Backend, set: string, state: ObjectValue, document: DesiredDocument, block: BlockSchema): Promise<ObjectValue> {
  if (!Array.isArray(state.members) || state.members.length === 0) return state;
  const desired = await desiredMembers(client, backend, set, document);
  const assigned = await assignedMembers(client, backend, set, desired);
  if (desired.join('\n') === assigned.join('\n')) return state;
  return { ...state, members: terraformAttributes('applemdm_device_group', assigned.length ? { members: { enrollment_ids: assigned } } : {}, block).members ?? [] };
}
