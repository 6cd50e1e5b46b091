import type { Backend, DeclarationInput, DeclarationRecord } from '../../backends/contract';

/**
 * Notifications owed to devices, recorded on the server so they survive until delivered. An apply writes the record
 * before its first write (the sets it will notify, plus any still owed) and rewrites it after notifying (only the sets
 * that could not be told), deleting it once none are owed. So a notify that failed, or a crash between the last write
 * and the notify, leaves the record behind: the next plan shows those sets, and the next apply notifies them even when
 * nothing else changed. It works on real KMFDDM, which has no extension API: the record is a declaration
 * `<prefix>.<stack>.notify` of type com.apple.management.properties that is never placed in a set (so no device is
 * sent it), marked so plans, status and import skip it, like the apply lock's declaration.
 */
export const PENDING_NOTIFY_TYPE = 'com.apple.management.properties';
const MARKER = 'applemdm-pending-notify';
/** A record naming more sets than this (or longer names) is not ours: ignored, never acted on. */
const MAX_SETS = 10_000;
const MAX_SET_NAME = 512;

export interface PendingNotify {
  sets: string[];
  /** When the oldest owed notification was first recorded. */
  since: string;
}

/** Resource identifiers are `<prefix>.<stack>.<kind>.<name>`, so `<prefix>.<stack>.notify` is never one of them. */
export function pendingNotifyIdentifier(stackPrefix: string): string {
  return `${stackPrefix}.notify`;
}

/** True for the record, whatever its stack: plans must neither diff, fingerprint nor delete it. */
export function isPendingNotifyDeclaration(d: Pick<DeclarationRecord, 'Type' | 'Payload'>): boolean {
  return d.Type === PENDING_NOTIFY_TYPE && Object.prototype.hasOwnProperty.call(d.Payload, MARKER);
}

/** The stack's record among declarations read from the server; undefined when none is owed (or it is unreadable). */
export function pendingNotifyIn(declarations: readonly DeclarationRecord[], stackPrefix: string): PendingNotify | undefined {
  const id = pendingNotifyIdentifier(stackPrefix);
  const d = declarations.find((x) => x.Identifier === id);
  if (!d || !isPendingNotifyDeclaration(d)) return undefined;
  const r = d.Payload[MARKER] as Record<string, unknown> | null;
  if (!r || typeof r !== 'object' || !Array.isArray(r.sets) || typeof r.since !== 'string') return undefined;
  const sets = r.sets.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= MAX_SET_NAME);
  if (sets.length === 0 || sets.length !== r.sets.length || sets.length > MAX_SETS) return undefined;
  return { sets: [...new Set(sets)].sort(), since: r.since };
}

export async function readPendingNotify(backend: Backend, stackPrefix: string): Promise<PendingNotify | undefined> {
  const id = pendingNotifyIdentifier(stackPrefix);
  const d = backend.getDeclaration ? await backend.getDeclaration(id) : (await backend.readStack(id)).declarations.find((x) => x.Identifier === id);
  return d ? pendingNotifyIn([d], stackPrefix) : undefined;
}

/** Records `sets` as owed (replacing the record); with none, deletes it. */
export async function writePendingNotify(backend: Backend, stackPrefix: string, pending: PendingNotify | undefined): Promise<void> {
  const id = pendingNotifyIdentifier(stackPrefix);
  if (!pending || pending.sets.length === 0) {
    await backend.deleteDeclaration(id);
    return;
  }
  const declaration: DeclarationInput = {
    Type: PENDING_NOTIFY_TYPE,
    Identifier: id,
    Payload: { [MARKER]: { sets: [...new Set(pending.sets)].sort(), since: pending.since } },
  };
  await backend.putDeclaration(declaration);
}

const MAX_SETS_NAMED = 20;

/** The plan's warnings for owed notifications: one per set (the first 20), so a review sees which devices wait. */
export function owedWarnings(owed: PendingNotify): { summary: string; detail: string }[] {
  const out = owed.sets.slice(0, MAX_SETS_NAMED).map((set) => ({
    summary: 'Devices not told to sync',
    detail: `Devices of set ${set} were not told to sync by an earlier apply (owed since ${owed.since}); apply will notify them.`,
  }));
  if (owed.sets.length > MAX_SETS_NAMED) {
    out.push({ summary: 'Devices not told to sync', detail: `… and ${owed.sets.length - MAX_SETS_NAMED} more set(s); apply will notify them all.` });
  }
  return out;
}
