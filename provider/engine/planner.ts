import { compileDocument } from '../apple/compile-document';
import { desiredServerState } from '../apple/ddm-state';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { Backend, BackendInfo } from '../backends/contract';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { stackIdentifierPrefix } from '../core/identity';
import { validateDocument } from '../resources/validate';
import { checkBackendCapabilities } from './capability-check';
import { desiredObjectsFrom } from './desired-objects';
import { diffObjects } from './diff-objects';
import { diffOptionsFor } from './diff-options';
import { keepUnprunedActivated } from './keep-activated';
import { fingerprintKeys, fingerprintsOf } from './fingerprints';
import { addNotes } from './notes/add-notes';
import { assemblePlan } from './assemble-plan';
import type { BaseOperation, DdmOperation, Plan } from './plan';
import { owedWarnings, pendingNotifyIn } from './notify/pending-notify';
import { adoptedNames, readStackObjects } from './read-stack-objects';
import { resolveSerialNumbers } from './resolve-serials';
import { actualFromSnapshot } from './server-objects';

export interface PlanRequest {
  document: DesiredDocument;
  backend: Backend;
  prune: boolean;
  now?: Date;
  catalog?: GdmfCatalog;
  /** Where devices fetch profiles: `${assetsBaseUrl}/<name>`. */
  assetsBaseUrl: string;
}

export interface PlanOutcome<O extends BaseOperation = DdmOperation> {
  plan?: Plan<O>;
  diagnostics: Diagnostics;
}

/**
 * Validate → compile → read the server once → diff → notes. Nothing is written. Any error diagnostic stops before the
 * server is read, so a broken configuration never costs a request.
 */
export async function createPlan(req: PlanRequest): Promise<PlanOutcome> {
  const { document: doc, backend } = req;
  const diagnostics = validateDocument(doc);
  if (diagnostics.hasError()) return { diagnostics };
  const compiled = compileDocument(doc, { now: req.now, catalog: req.catalog, assetsBaseUrl: req.assetsBaseUrl });
  diagnostics.appendLayer(compiled.diagnostics);
  const info: BackendInfo = await backend.info();
  diagnostics.append(checkBackendCapabilities(doc, compiled.diagnostics, info, backend.capabilities));
  if (diagnostics.hasError()) return { diagnostics };
  const state = desiredServerState(doc, compiled.artifacts);
  diagnostics.append(state.diagnostics);
  if (diagnostics.hasError()) return { diagnostics };

  const serials = await resolveSerialNumbers(backend, state.unresolvedSerialNumbers, doc);
  diagnostics.append(serials.diagnostics);
  // Two enrollments claiming one static member's serial: no plan can say who is in the group.
  if (diagnostics.hasError()) return { diagnostics };
  const desired = desiredObjectsFrom(state, serials.resolved);
  const stackPrefix = stackIdentifierPrefix(doc.stack.identifierPrefix, doc.stack.name);
  const adopted = adoptedNames(stackPrefix, desired.declarations.keys(), desired.sets.keys(), desired.assets.keys());
  const snapshot = await readStackObjects(backend, stackPrefix, adopted, { enrollmentIds: [...desired.enrollmentSets.keys()].sort() });
  const actual = actualFromSnapshot(snapshot);
  const configured = new Set(doc.resources.map((r) => r.address));
  const managedMembership = new Set(
    [...desired.setAddress].filter(([, address]) => {
      const group = doc.resources.find((r) => r.address === address);
      return group !== undefined && group.attributes.members !== undefined;
    }).map(([set]) => set),
  );
  if (!req.prune) keepUnprunedActivated(desired, actual, configured, stackPrefix);
  const diff = await diffObjects({
    desired,
    actual,
    stackPrefix,
    configured,
    managedMembership,
    prune: req.prune,
    diffOptionsFor,
    currentAsset: (name) => (backend.getAsset ? backend.getAsset(name) : Promise.resolve(undefined)),
  });
  const enrollments = backend.capabilities.enrollmentRegistry ? await backend.enrollments() : undefined;
  addNotes({ document: doc, changes: diff.changes, desired, actual, enrollments, stackPrefix });

  const keys = fingerprintKeys({
    declarations: [...desired.declarations.keys(), ...actual.declarations.keys()],
    assets: [...desired.assets.keys(), ...actual.assets.keys()],
    sets: [...desired.sets.keys(), ...actual.sets.keys()],
    enrollments: [...desired.enrollmentSets.keys(), ...actual.enrollmentSets.keys()],
  });
  const owed = pendingNotifyIn(snapshot.declarations, stackPrefix);
  const plan = assemblePlan<DdmOperation>({
    document: doc,
    backend: info,
    fingerprints: fingerprintsOf(keys, actual),
    prune: req.prune,
    diff,
    diagnostics,
    ...(owed ? { extraWarnings: owedWarnings(owed), pendingNotify: owed.sets } : {}),
  });
  return { plan, diagnostics };
}
