import { isAppRecord } from '../apple/app-record';
import { compileDocument } from '../apple/compile-document';
import { desiredServerState } from '../apple/ddm-state';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { Backend, EnrollmentRecord } from '../backends/contract';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { stackIdentifierPrefix } from '../core/identity';
import { validateDocument } from '../resources/validate';
import { desiredObjectsFrom } from './desired-objects';
import { resolveSerialNumbers } from './resolve-serials';
import { pendingNotifyIn } from './notify/pending-notify';
import { actualFromSnapshot, sorted } from './server-objects';
import { classifyResource, type DeviceFailure } from './status-classify';

/**
 * `applemdm status` as data: per resource of the configuration, how the devices it reaches stand, from the DDM
 * declaration status the devices reported (apple-mdm.md §6.9, KMFDDM's declaration-status). Read-only.
 */
export const STATUS_FORMAT_VERSION = 1;

export interface ResourceStatus {
  address: string;
  /** The resource's declaration identifiers, as compiled. */
  declarations: string[];
  /** Of those, the ones the server does not hold yet (apply has not run since they were added). */
  notOnServer: string[];
  /** Devices in scope: assigned to a set that delivers one of the declarations. */
  devices: number;
  /** Every declaration in scope reported valid for the server's current version. */
  valid: number;
  /** Of the valid devices, those reporting every declaration active. */
  active: number;
  /** No report yet, a report for an older version (`current` false), or validity not decided yet. */
  pending: number;
  /** A current report says invalid, or gives an Error.* reason. */
  failed: number;
  failures: DeviceFailure[];
  pendingDevices: string[];
}

export interface StatusReport {
  formatVersion: typeof STATUS_FORMAT_VERSION;
  stack: string;
  backend: { kind: string; url: string };
  /** Where the device list came from: the server's enrollment registry, or the configuration's static members. */
  deviceSource: 'registry' | 'static-members';
  devices: number;
  resources: ResourceStatus[];
  /** Sets an apply changed but could not notify (recorded on the server), with their devices; absent when none. */
  notToldToSync?: { set: string; since: string; devices: string[] }[];
}

/**
 * Every device in scope reports every declaration valid, the server holds them all and no device is owed a sync: what
 * `applemdm status` exits 0 for (2 otherwise), so a pipeline can wait on it.
 */
export function isConverged(report: StatusReport): boolean {
  return (
    report.resources.every((r) => r.failed === 0 && r.pending === 0 && r.notOnServer.length === 0) &&
    !(report.notToldToSync ?? []).length
  );
}

export interface StatusRequest {
  document: DesiredDocument;
  backend: Backend;
  now?: Date;
  catalog?: GdmfCatalog;
  assetsBaseUrl: string;
}

export interface StatusOutcome {
  report?: StatusReport;
  diagnostics: Diagnostics;
}

export async function collectStatus(req: StatusRequest): Promise<StatusOutcome> {
  const { document: doc, backend } = req;
  const diagnostics = validateDocument(doc);
  if (diagnostics.hasError()) return { diagnostics };
  // Declaration identifiers exactly as a plan compiles them; settings a backend cannot express do not matter here.
  const compiled = compileDocument(doc, { now: req.now, catalog: req.catalog, assetsBaseUrl: req.assetsBaseUrl });
  diagnostics.append(compiled.diagnostics);
  if (diagnostics.hasError()) return { diagnostics };
  const state = desiredServerState(doc, compiled.artifacts);
  diagnostics.append(state.diagnostics);
  if (diagnostics.hasError()) return { diagnostics };
  const serials = await resolveSerialNumbers(backend, state.unresolvedSerialNumbers, doc);
  diagnostics.append(serials.diagnostics);
  // Two enrollments claiming one static member's serial: who is in scope cannot be said.
  if (diagnostics.hasError()) return { diagnostics };
  const desired = desiredObjectsFrom(state, serials.resolved);

  // Devices: the registry's (when the server keeps one) plus the configuration's static members, which may not have
  // contacted the server yet and then count as pending.
  const registry: EnrollmentRecord[] | undefined = backend.capabilities.enrollmentRegistry ? await backend.enrollments() : undefined;
  const enrollmentIds = sorted(new Set([...(registry ?? []).map((e) => e.id), ...desired.enrollmentSets.keys()]));
  const stackPrefix = stackIdentifierPrefix(doc.stack.identifierPrefix, doc.stack.name);
  const snapshot = await backend.readStack(stackPrefix, { enrollmentIds });
  const actual = actualFromSnapshot(snapshot);
  const owed = pendingNotifyIn(snapshot.declarations, stackPrefix);
  const statuses = enrollmentIds.length ? await backend.declarationStatus(enrollmentIds) : {};
  const facts = new Map((registry ?? []).map((e) => [e.id, e]));

  const byAddress = new Map<string, string[]>();
  for (const [id, { address, declaration }] of desired.declarations) {
    // An app's record is bookkeeping that no device is ever sent: it has no device status.
    if (isAppRecord(declaration)) continue;
    byAddress.set(address, [...(byAddress.get(address) ?? []), id]);
  }
  const resources = sorted(doc.resources.map((r) => r.address)).map((address) => {
    const declarations = sorted(byAddress.get(address) ?? []);
    return {
      address,
      declarations,
      notOnServer: declarations.filter((id) => !actual.declarations.has(id)),
      ...classifyResource({ declarations, desired, actual, statuses, facts }),
    };
  });
  const info = await backend.info();
  return {
    report: {
      formatVersion: STATUS_FORMAT_VERSION,
      stack: doc.stack.name,
      backend: { kind: info.kind, url: info.url },
      deviceSource: registry ? 'registry' : 'static-members',
      devices: enrollmentIds.length,
      resources,
      ...(owed
        ? { notToldToSync: owed.sets.map((set) => ({ set, since: owed.since, devices: enrollmentIds.filter((id) => actual.enrollmentSets.get(id)?.has(set)) })) }
        : {}),
    },
    diagnostics,
  };
}
