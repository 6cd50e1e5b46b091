import { sha256Hex } from '../../core/sha256';
import { isAppRecord } from '../../apple/app-record';
import { objectIdentifier } from '../../apple/compile-context';
import type { Backend } from '../../backends/contract';
import { Diagnostics, NO_SOURCE } from '../../core/diagnostics';
import type { DesiredDocument, ResourceInstance, ResourceType } from '../../core/document';
import { addressFromIdentifier } from '../../engine/address';
import { decodeAppRecord } from '../../resources/kinds/app/decode-app-record';
import type { ObjectValue } from '../cty/values';
import type { ApplemdmClient } from './client';
import { documentAttributes } from './terraform-values';

/**
 * One resource as the native engine sees it: a desired-state document holding the resource and the context it
 * references, so the same validator, compiler and planner run on it.
 * - Scope references arrive as group ids (set names); each becomes a device group in the document: the group of this
 *   stack the id was derived from, or, for a set named otherwise, a group taking that set over (identifier + adopt).
 *   A group's own attributes do not change what the resources scoped to it compile to.
 * - An assignment's app arrives as the app's id; its attributes come from the app's record on the server (written by
 *   the applemdm_app resource, or by `applemdm apply`), because Terraform hands a provider only this resource's values.
 */
export interface MiniDocument {
  document: DesiredDocument;
  resource: ResourceInstance;
  /** Set names the resource is scoped to. */
  scopeSets: string[];
  /** The assignment's app has no record on the server yet (its applemdm_app is not applied). */
  missingApp?: string;
  diagnostics: Diagnostics;
}

/** value must be wholly known and have a name. */
export async function miniDocument(client: ApplemdmClient, type: ResourceType, value: ObjectValue, backend?: Backend): Promise<MiniDocument> {
  const diagnostics = new Diagnostics();
  const name = String(value.name);
  const address = `${type}.${name}`;
  const attributes = documentAttributes(type, value, address, diagnostics);
  const resource: ResourceInstance = { type, name, address, attributes, source: NO_SOURCE };
  const context = new Map<string, ResourceInstance>();

  const scopeSets: string[] = [];
  const scope = attributes.scope as Record<string, unknown> | undefined;
  for (const key of ['groups', 'exclude_groups']) {
    const ids = scope?.[key];
    if (!Array.isArray(ids)) continue;
    scope![key] = ids.map((id) => {
      const group = groupFor(client, String(id));
      context.set(group.address, group);
      if (key === 'groups') scopeSets.push(String(id));
      return group.address;
    });
  }

  let missingApp: string | undefined;
  if (type === 'applemdm_app_assignment' && typeof attributes.app === 'string') {
    const id = attributes.app;
    const appAddress = ownedAddress(client, 'applemdm_app', id);
    if (!appAddress) {
      diagnostics.error('Not an app of this stack', `app is "${id}", which is not the id of an applemdm_app of stack ${client.stack.name} (${client.stackPrefix}.app.<name>).`, [address, 'app'], NO_SOURCE, 'dangling-reference');
    } else {
      attributes.app = appAddress;
      const app = await appFromRecord(backend ?? (await client.backend()), id, appAddress, diagnostics);
      if (app) context.set(app.address, app);
      else missingApp = id;
    }
  }
  const resources = [resource, ...context.values()].sort((a, b) => (a.address < b.address ? -1 : 1));
  return { document: client.document(resources), resource, scopeSets, ...(missingApp ? { missingApp } : {}), diagnostics };
}

/** The resource's identifier (its id): what the compiler names its server objects by. */
export function resourceId(client: ApplemdmClient, type: ResourceType, name: string, identifier: unknown): string {
  return objectIdentifier(client.document([]), { type, name, attributes: typeof identifier === 'string' ? { identifier } : {} });
}

/** The address an id of this stack was derived from, when it was (else the object is named otherwise). */
export function ownedAddress(client: ApplemdmClient, type: ResourceType, id: string): string | undefined {
  const address = addressFromIdentifier(id, client.stackPrefix);
  if (!address?.startsWith(`${type}.`)) return undefined;
  return resourceId(client, type, address.slice(type.length + 1), undefined) === id ? address : undefined;
}

function groupFor(client: ApplemdmClient, id: string): ResourceInstance {
  const owned = ownedAddress(client, 'applemdm_device_group', id);
  if (owned) return { type: 'applemdm_device_group', name: owned.slice('applemdm_device_group.'.length), address: owned, attributes: {}, source: NO_SOURCE };
  // A set named otherwise: a group taking it over, under a name no resource of this stack can have.
  const name = `adopted_${sha256Hex(id).slice(0, 16)}`;
  return { type: 'applemdm_device_group', name, address: `applemdm_device_group.${name}`, attributes: { identifier: id, adopt: true }, source: NO_SOURCE };
}

async function appFromRecord(backend: Backend, id: string, address: string, diagnostics: Diagnostics): Promise<ResourceInstance | undefined> {
  const record = backend.getDeclaration ? await backend.getDeclaration(id) : (await backend.readStack(id)).declarations.find((d) => d.Identifier === id);
  if (!record) return undefined;
  if (!isAppRecord(record)) {
    diagnostics.error('Not an app record', `The server's declaration ${id} is a ${record.Type}, not the record of an applemdm_app.`, [address], NO_SOURCE, 'app-record');
    return undefined;
  }
  const decoded = decodeAppRecord(record.Payload);
  if (decoded.lost) {
    diagnostics.error('Unreadable app record', `The server's record of ${address} holds what applemdm_app cannot: ${decoded.lost.join(', ')}.`, [address], NO_SOURCE, 'app-record');
    return undefined;
  }
  return { type: 'applemdm_app', name: address.slice('applemdm_app.'.length), address, attributes: decoded.value, source: NO_SOURCE };
}
