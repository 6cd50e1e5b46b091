import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json';
import type { DdmOperation as Operation, Plan } from './plan';

/**
 * Secrets never leave the process inside a plan. A plan shown as JSON or saved with --out carries, for each write that
 * holds a secret (`sensitive` operations), only a hash: the asset's sha256 (bytes dropped) or the payload's
 * `payloadSha256` (Payload emptied). Applying a saved plan derives the plan again from the configuration and compares
 * it in this form (saved-plan-diff.ts), refusing when a hash differs; what is written is the derived plan, so the
 * secret comes from the environment or file of the apply, never from the plan file.
 */
export function withoutSecrets(plan: Plan): Plan {
  if (!plan.operations.some(isSensitive)) return plan;
  return { ...plan, operations: plan.operations.map(hideSecret) };
}

export function payloadSha256(payload: Record<string, unknown>): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

/** A write saved as a hash: its bytes or payload come back from the configuration when the plan is applied. */
export function isHiddenWrite(op: Operation): boolean {
  return isSensitive(op) && ((op.op === 'put-asset' && op.bytesBase64 === '') || (op.op === 'put-declaration' && op.payloadSha256 !== undefined));
}

function isSensitive(op: Operation): boolean {
  return (op.op === 'put-asset' || op.op === 'put-declaration') && op.sensitive === true;
}

/** Idempotent: a write already hidden (a saved plan rendered again) keeps its hash, not the hash of `{}`. */
function hideSecret(op: Operation): Operation {
  if (!isSensitive(op)) return op;
  if (op.op === 'put-declaration' && op.payloadSha256 !== undefined) return op;
  if (op.op === 'put-asset') return { ...op, bytesBase64: '' };
  if (op.op === 'put-declaration') return { ...op, declaration: { ...op.declaration, Payload: {} }, payloadSha256: payloadSha256(op.declaration.Payload) };
  return op;
}
