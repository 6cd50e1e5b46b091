import type { DeclarationInput } from '../backends/contract';
import { addressFromIdentifier } from './address';
import type { Action, KeyDiff, DdmOperation as Operation, ResourceChange, Risk } from './plan';
import { maxRisk } from './plan';
import { profileKeys } from './profile-keys';
import type { ActualObjects, DesiredObjects } from './server-objects';
import { sorted } from './server-objects';
import { comparablePayload, diffValues, DiffOptions } from './value-diff';
import { redactKeyDiffs } from './redact-key-diffs';

/** Apply phases: objects exist before anything references them; removals run in reverse. */
export const PHASE = {
  putAsset: 10,
  putConfiguration: 20,
  putActivation: 30,
  addSetDeclaration: 40,
  addEnrollmentSet: 50,
  removeEnrollmentSet: 60,
  removeSetDeclaration: 70,
  deleteDeclaration: 80,
  deleteAsset: 90,
} as const;

const ACTIVATION = 'com.apple.activation.simple';
const APP_IDENTITY_KEYS = ['AppStoreID', 'BundleID', 'ManifestURL'];

export interface DiffInput {
  desired: DesiredObjects;
  actual: ActualObjects;
  /** `<prefix>.<stack>`: what this stack owns. */
  stackPrefix: string;
  /** Addresses present in the configuration. */
  configured: Set<string>;
  /** Sets whose static membership the configuration declares (groups with `members`). */
  managedMembership: Set<string>;
  prune: boolean;
  /** Per declaration Type: semantic diff options (documented defaults, derived keys). */
  diffOptionsFor(type: string): DiffOptions;
  /** The bytes of an asset as stored now, when the backend can return them (for per-key profile diffs). */
  currentAsset(name: string): Promise<Buffer | undefined>;
}

interface Acc {
  keyDiffs: KeyDiff[];
  ops: Operation[];
  objects: Set<string>;
  existing: number;
  desiredCount: number;
  replaceReason?: string;
  risks: Risk[];
}

export interface DiffResult {
  changes: ResourceChange[];
  operations: Operation[];
  /** Sets whose devices must sync after apply. */
  notifySets: string[];
  warnings: { summary: string; detail: string; address?: string }[];
}

export async function diffObjects(input: DiffInput): Promise<DiffResult> {
  const { desired, actual } = input;
  const acc = new Map<string, Acc>();
  const warnings: DiffResult['warnings'] = [];
  const get = (address: string): Acc => {
    let a = acc.get(address);
    if (!a) acc.set(address, (a = { keyDiffs: [], ops: [], objects: new Set(), existing: 0, desiredCount: 0, risks: [] }));
    return a;
  };
  const ownerOf = (id: string) => addressFromIdentifier(id, input.stackPrefix);
  const declAddress = (id: string) => desired.declarations.get(id)?.address ?? ownerOf(id);

  // Declarations.
  for (const id of sorted(new Set([...desired.declarations.keys(), ...actual.declarations.keys()]))) {
    const want = desired.declarations.get(id);
    const have = actual.declarations.get(id);
    const address = want?.address ?? ownerOf(id);
    if (!address) continue;
    const a = get(address);
    a.objects.add(`declaration:${id}`);
    const type = want ? want.declaration.Type : have!.Type;
    const label = `declaration ${type.replace(/^com\.apple\./, '')}`;
    const isActivation = type === ACTIVATION;
    const secret = desired.sensitive?.get(`declaration:${id}`);
    const keyDiffsStart = a.keyDiffs.length;
    if (want) a.desiredCount++;
    if (have) a.existing++;
    if (want && !have) {
      a.keyDiffs.push(...diffValues(undefined, want.declaration.Payload).map((d) => ({ ...d, object: label })));
      a.ops.push(putDeclaration(address, want.declaration, isActivation, secret));
    } else if (want && have) {
      const diffs: KeyDiff[] = [];
      if (want.declaration.Type !== have.Type) {
        diffs.push({ path: 'Type', object: label, before: have.Type, after: want.declaration.Type });
        a.replaceReason = `declaration type changes from ${have.Type} to ${want.declaration.Type}`;
      }
      const payloadDiffs = diffValues(have.Payload, want.declaration.Payload, input.diffOptionsFor(want.declaration.Type));
      diffs.push(...payloadDiffs.map((d) => ({ ...d, object: label })));
      const identity = payloadDiffs.filter((d) => APP_IDENTITY_KEYS.includes(d.path));
      if (identity.length) a.replaceReason = `the app identity changes (${identity.map((d) => d.path).join(', ')})`;
      // A change in a derived key alone (e.g. the content hash in a legacy ProfileURL) still needs the write.
      const options = input.diffOptionsFor(want.declaration.Type);
      const rawChanged = comparablePayload(have.Payload, options) !== comparablePayload(want.declaration.Payload, options) || have.Type !== want.declaration.Type;
      if (diffs.length || rawChanged) a.ops.push(putDeclaration(address, want.declaration, isActivation, secret));
      a.keyDiffs.push(...diffs);
    } else if (have && !want) {
      if (input.prune) a.ops.push({ op: 'delete-declaration', phase: PHASE.deleteDeclaration, address, identifier: id });
    }
    if (secret) a.keyDiffs.splice(keyDiffsStart, Infinity, ...redactKeyDiffs(a.keyDiffs.slice(keyDiffsStart), secret));
  }

  // Profile assets.
  for (const name of sorted(new Set([...desired.assets.keys(), ...actual.assets.keys()]))) {
    const want = desired.assets.get(name);
    const have = actual.assets.get(name);
    const address = want?.address ?? ownerOf(name.replace(/\.mobileconfig$/, ''));
    if (!address) continue;
    const a = get(address);
    a.objects.add(`asset:${name}`);
    if (want) a.desiredCount++;
    if (have) a.existing++;
    const secret = desired.sensitive?.get(`asset:${name}`);
    const keyDiffsStart = a.keyDiffs.length;
    if (want && (!have || have.sha256 !== want.sha256)) {
      const before = have ? await input.currentAsset(name) : undefined;
      const defaults = input.diffOptionsFor('profile');
      if (have && !before) {
        a.keyDiffs.push({ path: 'profile content (sha256)', object: 'profile', before: have.sha256, after: want.sha256 });
      } else {
        // Defaults hide nothing on create: a key the configuration sets explicitly is shown even when it is the default.
        const diffs = diffValues(before ? profileKeys(before) : undefined, profileKeys(want.bytes), before ? defaults : {});
        a.keyDiffs.push(...diffs.map((d) => ({ ...d, object: 'profile' })));
      }
      if (have) a.risks.push('high');
      a.ops.push({
        op: 'put-asset',
        phase: PHASE.putAsset,
        address,
        name,
        contentType: want.contentType,
        bytesBase64: want.bytes.toString('base64'),
        sha256: want.sha256,
        ...(secret ? { sensitive: true as const } : {}),
      });
    } else if (have && !want && input.prune) {
      a.ops.push({ op: 'delete-asset', phase: PHASE.deleteAsset, address, name });
    }
    // Profile keys are flattened per payload, so a profile holding a secret shows every changed key as sensitive.
    if (secret) a.keyDiffs.splice(keyDiffsStart, Infinity, ...redactKeyDiffs(a.keyDiffs.slice(keyDiffsStart), ['']));
  }

  // Set membership: attributed to the declaration's resource (a scope change), activations to their group.
  const membership = new Map<string, { before: string[]; after: string[] }>();
  for (const set of sorted(new Set([...desired.sets.keys(), ...actual.sets.keys()]))) {
    const want = desired.sets.get(set) ?? new Set<string>();
    const have = actual.sets.get(set) ?? new Set<string>();
    for (const id of sorted(new Set([...want, ...have]))) {
      const address = declAddress(id);
      if (!address) {
        if (have.has(id) && !want.has(id)) {
          warnings.push({
            summary: 'Foreign declaration in an owned set',
            detail: `Set "${set}" contains "${id}", which this stack does not own; it is left in place.`,
          });
        }
        continue;
      }
      const m = membership.get(`${address}\u0000${id}`) ?? { before: [], after: [] };
      if (have.has(id)) m.before.push(set);
      if (want.has(id)) m.after.push(set);
      membership.set(`${address}\u0000${id}`, m);
      if (want.has(id) && !have.has(id)) {
        get(address).ops.push({ op: 'add-set-declaration', phase: PHASE.addSetDeclaration, address, set, identifier: id });
      } else if (have.has(id) && !want.has(id)) {
        // Dropped later with the rest of a kept resource's operations when it is not configured and not pruned.
        get(address).ops.push({ op: 'remove-set-declaration', phase: PHASE.removeSetDeclaration, address, set, identifier: id });
      }
    }
  }
  for (const [key, m] of membership) {
    const [address, id] = key.split('\u0000');
    if (m.before.join() === m.after.join()) continue;
    // A group's own activation lives in the group's set by construction; its membership says nothing new.
    if ((desired.declarations.get(id)?.declaration.Type ?? actual.declarations.get(id)?.Type) === ACTIVATION) continue;
    const a = get(address);
    // A resource's declarations share its scope: one membership line per distinct change is enough.
    if (a.keyDiffs.some((k) => k.object === 'set membership' && String(k.before) === String(m.before.length ? m.before : undefined) && String(k.after) === String(m.after))) continue;
    if (a.existing === 0 && m.before.length === 0) {
      a.keyDiffs.push({ path: 'delivered to sets', object: 'set membership', after: m.after });
    } else {
      a.keyDiffs.push({ path: 'delivered to sets', object: 'set membership', before: m.before, after: m.after });
    }
  }

  // Static members of groups that declare them.
  const memberDiff = new Map<string, { before: string[]; after: string[] }>();
  for (const enrollment of sorted(new Set([...desired.enrollmentSets.keys(), ...actual.enrollmentSets.keys()]))) {
    const want = desired.enrollmentSets.get(enrollment) ?? new Set<string>();
    const have = actual.enrollmentSets.get(enrollment) ?? new Set<string>();
    for (const set of sorted(new Set([...want, ...have]))) {
      if (!input.managedMembership.has(set) && !want.has(set)) continue;
      const address = desired.setAddress.get(set) ?? ownerOf(set);
      if (!address) continue;
      const m = memberDiff.get(address) ?? { before: [], after: [] };
      if (have.has(set)) m.before.push(enrollment);
      if (want.has(set)) m.after.push(enrollment);
      memberDiff.set(address, m);
      if (want.has(set) && !have.has(set)) {
        get(address).ops.push({ op: 'add-enrollment-set', phase: PHASE.addEnrollmentSet, address, enrollmentId: enrollment, set });
      } else if (have.has(set) && !want.has(set)) {
        get(address).ops.push({ op: 'remove-enrollment-set', phase: PHASE.removeEnrollmentSet, address, enrollmentId: enrollment, set });
      }
    }
  }
  for (const [address, m] of memberDiff) {
    if (m.before.join() !== m.after.join()) get(address).keyDiffs.push({ path: 'members', object: 'enrollment sets', before: m.before, after: m.after });
  }
  for (const address of input.configured) get(address);

  const changes: ResourceChange[] = [];
  const operations: Operation[] = [];
  for (const address of sorted(acc.keys())) {
    const a = acc.get(address)!;
    const configured = input.configured.has(address);
    let action: Action;
    let kept: true | undefined;
    if (!configured) {
      if (a.existing === 0 && a.ops.length === 0) continue;
      action = input.prune ? 'delete' : 'noop';
      if (!input.prune) kept = true;
    } else if (a.ops.length === 0) action = 'noop';
    else if (a.existing === 0) action = 'create';
    else if (a.replaceReason) action = 'replace';
    else action = 'update';
    if (action === 'delete') {
      a.keyDiffs = [];
      a.risks.push('high');
    }
    if (action === 'replace') a.risks.push('high');
    if (action === 'noop' && !kept) a.keyDiffs = [];
    changes.push({
      address,
      action,
      ...(action === 'replace' ? { reason: a.replaceReason } : {}),
      objects: sorted(a.objects),
      keyDiffs: action === 'noop' ? [] : a.keyDiffs,
      notes: [],
      risk: maxRisk(a.risks),
      ...(kept ? { kept } : {}),
    });
    if (!kept) operations.push(...a.ops);
  }
  operations.sort((x, y) => x.phase - y.phase || opKey(x).localeCompare(opKey(y)));
  return { changes, operations, notifySets: notifySetsFor(operations, desired, actual), warnings };
}

/** Sets whose devices see a difference after the operations: membership changes and changed declarations in them. */
function notifySetsFor(operations: Operation[], desired: DesiredObjects, actual: ActualObjects): string[] {
  const out = new Set<string>();
  const containing = (id: string) => {
    for (const index of [desired.sets, actual.sets]) for (const [set, members] of index) if (members.has(id)) out.add(set);
  };
  for (const op of operations) {
    if ('set' in op) out.add(op.set);
    else if (op.op === 'put-declaration') containing(op.declaration.Identifier);
    else if (op.op === 'delete-declaration') containing(op.identifier);
  }
  return sorted(out);
}

function putDeclaration(address: string, declaration: DeclarationInput, activation: boolean, secret?: string[]): Operation {
  return {
    op: 'put-declaration',
    phase: activation ? PHASE.putActivation : PHASE.putConfiguration,
    address,
    declaration: { Type: declaration.Type, Identifier: declaration.Identifier, Payload: declaration.Payload },
    ...(secret ? { sensitive: true as const } : {}),
  };
}

function opKey(o: Operation): string {
  switch (o.op) {
    case 'put-asset':
    case 'delete-asset':
      return `${o.op}:${o.name}`;
    case 'put-declaration':
      return `${o.op}:${o.declaration.Identifier}`;
    case 'delete-declaration':
      return `${o.op}:${o.identifier}`;
    case 'add-set-declaration':
    case 'remove-set-declaration':
      return `${o.op}:${o.set}:${o.identifier}`;
    case 'add-enrollment-set':
    case 'remove-enrollment-set':
      return `${o.op}:${o.enrollmentId}:${o.set}`;
  }
}
