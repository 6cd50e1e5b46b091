import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json';
import type { BaseOperation, DdmOperation, Plan } from './plan';

/**
 * How an operation is written into a saved plan. A saved plan travels (CI artifacts, pull-request comments), so an
 * operation that carries a secret (`sensitive: true`, set by the planner from the compiled artifact's
 * `sensitivePaths`) is saved as its kind, phase, address and the sha256 of the whole operation only; apply recompiles
 * it from the configuration and compares hashes (savedPlanDifferences), and writes the recompiled operation.
 * Every other operation is saved as is.
 */
export interface SavedSensitiveOperation {
  op: string;
  phase: number;
  address: string;
  sensitive: true;
  sha256: string;
}

export function savedOperation(op: BaseOperation): BaseOperation | SavedSensitiveOperation {
  if ((op as { sensitive?: unknown }).sensitive !== true) return op;
  return { op: op.op, phase: op.phase, address: op.address, sensitive: true, sha256: createHash('sha256').update(canonicalJson(op)).digest('hex') };
}

/** The plan as `plan --out` writes it: sensitive operations reduced to their hash. */
export function savedPlanForm<P extends Plan<BaseOperation>>(plan: P): P {
  return { ...plan, operations: plan.operations.map(savedOperation) };
}

/**
 * The names of compiled objects that carry a secret: artifacts with a non-empty `sensitivePaths`. The planner marks
 * the operations that write them (a declaration by Identifier, a profile asset by its name's identifier).
 */
export function sensitiveIdentifiers(artifacts: readonly { identifier: string; sensitivePaths?: readonly string[] }[]): Set<string> {
  return new Set(artifacts.filter((a) => Array.isArray(a.sensitivePaths) && a.sensitivePaths.length > 0).map((a) => a.identifier));
}

/**
 * Marks (in place) the operations that write an object carrying a secret: a declaration by its Identifier, a profile
 * asset by its name (`<identifier>.mobileconfig`). Only these are reduced to a hash in a saved plan.
 */
export function markSensitiveOperations(operations: DdmOperation[], sensitive: ReadonlySet<string>): void {
  if (sensitive.size === 0) return;
  for (const op of operations) {
    const name = op.op === 'put-declaration' ? op.declaration.Identifier : op.op === 'put-asset' ? op.name.replace(/\.mobileconfig$/, '') : undefined;
    if (name !== undefined && sensitive.has(name)) (op as { sensitive?: true }).sensitive = true;
  }
}
