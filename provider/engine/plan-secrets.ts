import { createHash } from 'node:crypto';
import { compileDocument } from '../apple/compile-document';
import { desiredServerState, type DesiredServerState } from '../apple/ddm-state';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import { canonicalJson } from '../core/canonical-json';
import type { DesiredDocument } from '../core/document';
import type { DdmOperation as Operation, Plan } from './plan';

/**
 * Secrets never leave the process inside a plan. A plan shown as JSON or saved with --out carries, for each write that
 * holds a secret (`sensitive` operations), only a hash: the asset's sha256 (bytes dropped) or the payload's
 * `payloadSha256` (Payload emptied). Applying a saved plan recompiles the configuration and takes each such object
 * from it, refusing when its hash differs: the plan approved is the plan applied, and the secret came from the
 * environment or file of the apply, never from the plan file.
 */
export function withoutSecrets(plan: Plan): Plan {
  if (!plan.operations.some(isSensitive)) return plan;
  return { ...plan, operations: plan.operations.map(hideSecret) };
}

/**
 * restoreSecrets from a fresh compile of the configuration the saved plan was made from, with the compile options of
 * planning (the server's asset base URL is in legacy declarations); compiled only when needed.
 */
export function restoreSecretsFromConfiguration(plan: Plan, document: DesiredDocument, opts: { catalog?: GdmfCatalog; assetsBaseUrl?: string }): { plan: Plan; problems: string[] } {
  if (!plan.operations.some(isSensitive)) return { plan, problems: [] };
  const compiled = compileDocument(document, {
    ...(opts.catalog ? { catalog: opts.catalog } : {}),
    ...(opts.assetsBaseUrl ? { assetsBaseUrl: opts.assetsBaseUrl } : {}),
  });
  return restoreSecrets(plan, desiredServerState(document, compiled.artifacts));
}

/** The saved plan's operations with every hidden secret filled in from `state` (a fresh compile), or what differs. */
export function restoreSecrets(plan: Plan, state: Pick<DesiredServerState, 'declarations' | 'assets'>): { plan: Plan; problems: string[] } {
  const problems: string[] = [];
  const operations = plan.operations.map((op): Operation => {
    if (!isSensitive(op)) return op;
    if (op.op === 'put-asset') {
      const asset = state.assets.find((a) => a.name === op.name);
      if (asset && asset.sha256 === op.sha256) return { ...op, bytesBase64: asset.bytes.toString('base64') };
      problems.push(`asset ${op.name}`);
      return op;
    }
    if (op.op === 'put-declaration') {
      // The file is untrusted: a malformed write is left for the saved-plan checks to name.
      if (!op.declaration || typeof op.declaration !== 'object') return op;
      const declaration = state.declarations.find((d) => d.Identifier === op.declaration.Identifier && d.Type === op.declaration.Type);
      if (declaration && payloadSha256(declaration.Payload) === op.payloadSha256) {
        const { payloadSha256: _hash, ...write } = op;
        return { ...write, declaration: { ...op.declaration, Payload: declaration.Payload } };
      }
      problems.push(`declaration ${op.declaration.Identifier}`);
      return op;
    }
    return op;
  });
  return { plan: { ...plan, operations }, problems };
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
