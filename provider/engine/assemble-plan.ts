import type { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { configurationHash } from './config-hash';
import { PLAN_FORMAT_VERSION, summarize, type BaseOperation, type Plan, type ResourceChange } from './plan';

/** What a target's planner found: its changes and operations, and what it read (as fingerprints). */
export interface PlannedDiff<O extends BaseOperation> {
  changes: ResourceChange[];
  operations: O[];
  notifySets: string[];
  warnings: Plan['warnings'];
}

export interface AssembleInput<O extends BaseOperation> {
  document: DesiredDocument;
  backend: { kind: string; url: string };
  fingerprints: Plan['fingerprints'];
  prune: boolean;
  diff: PlannedDiff<O>;
  /** Validation and compile diagnostics: their warnings join the plan's. */
  diagnostics: Diagnostics;
  /** Warnings the target adds after its diff (e.g. notifications an earlier apply still owes). */
  extraWarnings?: Plan['warnings'];
  pendingNotify?: string[];
}

/**
 * The one place a Plan is put together, for every target's planner: the generic parts (stack, hash, summary, warnings)
 * are the same whatever the server, so a plan from any target renders, saves and verifies alike.
 */
export function assemblePlan<O extends BaseOperation>(input: AssembleInput<O>): Plan<O> {
  const doc = input.document;
  return {
    formatVersion: PLAN_FORMAT_VERSION,
    stack: doc.stack.name,
    identifierPrefix: doc.stack.identifierPrefix,
    backend: { kind: input.backend.kind, url: input.backend.url },
    configurationHash: configurationHash(doc),
    fingerprints: input.fingerprints,
    prune: input.prune,
    changes: input.diff.changes,
    operations: input.diff.operations,
    notifySets: input.diff.notifySets,
    ...(input.pendingNotify ? { pendingNotify: input.pendingNotify } : {}),
    summary: summarize(input.diff.changes),
    warnings: [...planWarnings(input.diagnostics), ...input.diff.warnings, ...(input.extraWarnings ?? [])],
  };
}

/** The diagnostics' warnings as plan warnings, addressed to their resource when the path names one. */
function planWarnings(diagnostics: Diagnostics): Plan['warnings'] {
  return diagnostics.toArray().filter((d) => d.severity === 'warning').map((d) => ({
    summary: d.summary,
    detail: d.detail,
    ...(typeof d.path[0] === 'string' && d.path[0].startsWith('applemdm_') ? { address: d.path[0] } : {}),
  }));
}
