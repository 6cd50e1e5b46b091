import { createHash } from 'node:crypto';
import { compileDocument } from '../apple/compile-document';
import { desiredServerState } from '../apple/ddm-state';
import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { DesiredDocument } from '../core/document';
import { stackIdentifierPrefix } from '../core/identity';
import { findHostileValues } from '../resources/hostile-values';
import type { DdmOperation, Plan } from './plan';
import { isHiddenWrite } from './plan-secrets';
import { adoptedNames } from './read-stack-objects';
import { isRecord } from '../core/records';

/**
 * A saved plan is a file that travels between jobs, so its operations are checked against the configuration it claims
 * to come from before anything is sent. The fingerprint check only covers objects the plan says it read; without this
 * check an added operation on another tool's objects (or an operation no planner would write) would be executed.
 *
 * A plan may only:
 * - belong to the configuration's stack (same identifier prefix and stack name);
 * - create or update objects (put-declaration, put-asset) the configuration compiles to, and add to its sets;
 * - remove, delete or notify objects the stack owns: names under `<prefix>.<stack>.`, or adopted by the configuration;
 * - carry well-formed operations and fingerprints, and no control characters or prototype keys anywhere.
 * Payload values are not compared with the configuration: they depend on the date and the catalog. Comparing the
 * saved operations with a fresh plan made under the lock binds them (savedPlanDifferences). Other targets' operations are not
 * judged here.
 */
export interface SavedPlanProblems {
  /** The file is not a well-formed plan (missing or mistyped fields, bad fingerprint keys, hostile strings). */
  malformed: string[];
  /** Well-formed, but it would touch objects its configuration does not own or describe. */
  outOfScope: string[];
}

/** Names of the server objects a configuration describes, and the stack prefix that owns objects by name. */
export interface ConfiguredObjects {
  stackPrefix: string;
  declarations: Set<string>;
  sets: Set<string>;
  assets: Set<string>;
  /** Configured names outside the prefix (objects taken over with adopt: true). */
  adopted: Set<string>;
}

export function configuredObjects(document: DesiredDocument, catalog?: GdmfCatalog): ConfiguredObjects {
  const compiled = compileDocument(document, catalog ? { catalog } : {});
  const state = desiredServerState(document, compiled.artifacts);
  const stackPrefix = stackIdentifierPrefix(document.stack.identifierPrefix, document.stack.name);
  const declarations = new Set(state.declarations.map((d) => d.Identifier));
  const sets = new Set(Object.keys(state.sets));
  const assets = new Set(state.assets.map((a) => a.name));
  return { stackPrefix, declarations, sets, assets, adopted: new Set(adoptedNames(stackPrefix, declarations, sets, assets)) };
}

const FINGERPRINT_KINDS = new Set(['declaration', 'asset', 'set', 'enrollment']);

export function savedPlanProblems(plan: Plan, configured: ConfiguredObjects): SavedPlanProblems {
  const malformed: string[] = [];
  const outOfScope: string[] = [];
  const planPrefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
  if (planPrefix !== configured.stackPrefix) {
    outOfScope.push(`the plan is for stack ${planPrefix}, its configuration is stack ${configured.stackPrefix}: the plan does not belong to it`);
  }
  for (const f of findHostileValues(plan)) {
    malformed.push(f.kind === 'forbidden-key' ? `the key ${f.what} at ${f.pointer}` : `a control character (${f.what}) at ${f.pointer}`);
  }
  for (const key of Object.keys(plan.fingerprints)) {
    const sep = key.indexOf(':');
    if (sep <= 0 || sep === key.length - 1 || !FINGERPRINT_KINDS.has(key.slice(0, sep))) {
      malformed.push(`fingerprint key ${JSON.stringify(key)} is not <kind>:<name> with kind declaration, asset, set or enrollment`);
    }
  }
  const owned = (name: string) => name.startsWith(`${configured.stackPrefix}.`) || configured.adopted.has(name);
  (plan.operations as DdmOperation[]).forEach((op, i) => {
    const label = `operation ${i + 1} (${op.op})`;
    // A sensitive operation is saved as a hash only: it is judged by equality with the one derived at apply.
    if ((op as { sensitive?: unknown }).sensitive === true) return;
    const shape = shapeProblem(op);
    if (shape) {
      malformed.push(`${label}: ${shape}`);
      return;
    }
    for (const [name, rule] of namesOf(op)) {
      if (!owned(name)) outOfScope.push(`${label}: ${name} is outside this stack (${configured.stackPrefix}.) and not adopted by its configuration`);
      else if (rule !== 'owned' && !configured[rule].has(name)) outOfScope.push(`${label}: ${name} is not an object of this configuration`);
    }
  });
  for (const set of plan.notifySets) {
    if (typeof set !== 'string' || !owned(set)) outOfScope.push(`notify set ${JSON.stringify(set)} is outside this stack (${configured.stackPrefix}.)`);
  }
  return { malformed, outOfScope };
}

/** Each name an operation touches, with what it must be: owned by the stack, or configured (declaration/set/asset). */
function namesOf(op: DdmOperation): [string, 'owned' | 'declarations' | 'sets' | 'assets'][] {
  switch (op.op) {
    case 'put-declaration':
      return [[op.declaration.Identifier, 'declarations']];
    case 'delete-declaration':
      return [[op.identifier, 'owned']];
    case 'put-asset':
      return [[op.name, 'assets']];
    case 'delete-asset':
      return [[op.name, 'owned']];
    case 'add-set-declaration':
      return [
        [op.set, 'sets'],
        [op.identifier, 'owned'],
      ];
    case 'remove-set-declaration':
      return [
        [op.set, 'owned'],
        [op.identifier, 'owned'],
      ];
    case 'add-enrollment-set':
      return [[op.set, 'sets']];
    case 'remove-enrollment-set':
      return [[op.set, 'owned']];
    default:
      return [];
  }
}

/** What is wrong with an operation's fields (the plan schema only types them loosely), or undefined. */
function shapeProblem(op: DdmOperation): string | undefined {
  const o = op as unknown as Record<string, unknown>;
  const text = (...keys: string[]) => keys.find((k) => typeof o[k] !== 'string' || o[k] === '');
  let missing: string | undefined;
  switch (op.op) {
    case 'put-declaration': {
      const d = o.declaration as Record<string, unknown> | undefined;
      if (!d || typeof d.Type !== 'string' || typeof d.Identifier !== 'string' || d.Identifier === '' || !isRecord(d.Payload)) {
        return 'declaration must be an object with Type, Identifier and Payload';
      }
      return undefined;
    }
    case 'put-asset':
      // A write saved as a hash (it holds a secret) gets its bytes back from the configuration, checked against sha256.
      if (isHiddenWrite(op)) {
        missing = text('name', 'contentType', 'sha256');
        break;
      }
      missing = text('name', 'contentType', 'bytesBase64', 'sha256');
      if (missing) return `${missing} must be a non-empty string`;
      if (createHash('sha256').update(Buffer.from(op.bytesBase64, 'base64')).digest('hex') !== op.sha256) return `the bytes of ${op.name} do not match its sha256`;
      return undefined;
    case 'delete-asset':
      missing = text('name');
      break;
    case 'delete-declaration':
      missing = text('identifier');
      break;
    case 'add-set-declaration':
    case 'remove-set-declaration':
      missing = text('set', 'identifier');
      break;
    case 'add-enrollment-set':
    case 'remove-enrollment-set':
      missing = text('enrollmentId', 'set');
      break;
    default:
      // Other targets' operations name their own objects, not DDM ones: this check does not judge them.
      return undefined;
  }
  return missing ? `${missing} must be a non-empty string` : undefined;
}

