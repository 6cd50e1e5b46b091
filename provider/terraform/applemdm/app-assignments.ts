import type { Backend } from '../../backends/contract';
import type { Diagnostic } from '../../core/diagnostics';
import { readStackObjects } from '../../engine/read-stack-objects';
import { inventoryOf } from '../../importer/inventory';
import { groupIntoUnits } from '../../importer/server-units';
import { kindOf } from '../../resources/kinds/registry';
import type { BlockSchema } from '../schema/schema-document';
import type { ApplemdmClient } from './client';
import { miniDocument } from './mini-document';
import { decodeResource } from './read-resource';
import { writeResource } from './write-resource';

/**
 * An app's assignments follow the app. What an app.managed declaration says (its licence, above all) comes from the
 * app, so `applemdm apply` rewrites an app's assignments when the app changes. Terraform sees no change in an
 * assignment whose configuration did not change, so the app's update does it: before the app's record is rewritten,
 * the assignments installing the app are found on the server (the importer links an app.managed declaration to the
 * record with its App Store ID or manifest URL and licence); afterwards each is decoded and written again with the
 * app as it now is, through the same path as an assignment's own apply.
 */
export async function assignmentsOf(client: ApplemdmClient, backend: Backend, appId: string): Promise<string[]> {
  const inv = inventoryOf(await readStackObjects(backend, client.stackPrefix, [], { enrollmentIds: [] }));
  const { units } = groupIntoUnits(inv);
  return [...units.values()].filter((u) => u.kind === 'applemdm_app_assignment' && u.app === kindOf('applemdm_app').decoder.unitKey(appId)).map((u) => u.identifier).sort();
}

export async function rewriteAssignments(client: ApplemdmClient, appId: string, assignments: string[], block: BlockSchema): Promise<Diagnostic[]> {
  const backend = await client.backend();
  const out: Diagnostic[] = [];
  for (const id of assignments) {
    const decoded = await decodeResource(client, backend, 'applemdm_app_assignment', id, block, [id]);
    // Gone or no longer readable: the assignment's own next plan shows it.
    if (!('state' in decoded)) continue;
    const mini = await miniDocument(client, 'applemdm_app_assignment', { ...decoded.state, app: appId }, backend);
    if (mini.missingApp || mini.diagnostics.hasError()) continue;
    out.push(...(await writeResource(client, { type: 'applemdm_app_assignment', address: mini.resource.address, document: mini.document, scopeSets: mini.scopeSets })));
  }
  return out;
}
