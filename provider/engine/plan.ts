/**
 * The plan is data (architecture rule 6). Renderers only format it; apply only executes its operations.
 * Bump PLAN_FORMAT_VERSION on any incompatible change and keep schemas/plan.schema.json in step.
 */
export const PLAN_FORMAT_VERSION = 1;

export type Action = 'create' | 'update' | 'replace' | 'delete' | 'noop';
export type Risk = 'low' | 'medium' | 'high';

export interface KeyDiff {
  /** Human path of the key, e.g. "allowCloudBackup" or "InstallBehavior.Install" or "members". */
  path: string;
  /** Which server object the key lives in, e.g. "declaration com.apple.configuration.app.managed". */
  object: string;
  before?: unknown;
  after?: unknown;
  /** Present only when the value is a secret; before/after are then omitted. */
  sensitive?: true;
}

export interface PlanNote {
  /** Stable code for tests and tooling, e.g. "install-time", "backup-restore", "supervised-only". */
  code: string;
  risk: Risk;
  text: string;
}

export interface ResourceChange {
  address: string;
  action: Action;
  /** Why a replacement is needed, when action is replace. */
  reason?: string;
  /** Server objects (kind:id) this resource maps to. */
  objects: string[];
  keyDiffs: KeyDiff[];
  notes: PlanNote[];
  risk: Risk;
  /** True for owned objects missing from the configuration that are kept because --prune was not given. */
  kept?: true;
}

/**
 * One concrete, idempotent write. Apply executes exactly these, in order of `phase`. Each target has its own tagged
 * union on `op` (DDM below; each other target's in its folder under provider/targets/) and validates it on apply; the
 * plan format shares only this.
 */
export interface BaseOperation {
  op: string;
  phase: number;
  address: string;
}

export type Operation = BaseOperation;

/** Writes to a KMFDDM-compatible server (the embedded one included). */
export type DdmOperation =
  /**
   * `sensitive`: the asset or payload holds a secret. Saved and JSON plans then carry only its hash (bytesBase64 empty,
   * or `payloadSha256` with an empty Payload), and applying a saved plan recompiles it (engine/plan-secrets.ts).
   */
  | { op: 'put-asset'; phase: number; address: string; name: string; contentType: string; bytesBase64: string; sha256: string; sensitive?: true }
  | { op: 'delete-asset'; phase: number; address: string; name: string }
  | { op: 'put-declaration'; phase: number; address: string; declaration: { Type: string; Identifier: string; Payload: Record<string, unknown> }; sensitive?: true; payloadSha256?: string }
  | { op: 'delete-declaration'; phase: number; address: string; identifier: string }
  | { op: 'add-set-declaration'; phase: number; address: string; set: string; identifier: string }
  | { op: 'remove-set-declaration'; phase: number; address: string; set: string; identifier: string }
  | { op: 'add-enrollment-set'; phase: number; address: string; enrollmentId: string; set: string }
  | { op: 'remove-enrollment-set'; phase: number; address: string; enrollmentId: string; set: string };

export interface PlanSummary {
  create: number;
  update: number;
  replace: number;
  delete: number;
  noop: number;
  kept: number;
}

export interface Plan<O extends BaseOperation = DdmOperation> {
  formatVersion: typeof PLAN_FORMAT_VERSION;
  stack: string;
  identifierPrefix: string;
  backend: { kind: string; url: string };
  /** sha256 of the canonical desired-state document; a saved plan is refused when the configuration changed. */
  configurationHash: string;
  /** Fingerprint of every server object read ("declaration:<id>" → ServerToken, "set:<name>" → hash; null = absent). */
  fingerprints: Record<string, string | null>;
  prune: boolean;
  changes: ResourceChange[];
  operations: O[];
  /** Sets whose devices must be told to sync after apply. */
  notifySets: string[];
  /** Sets an earlier apply changed but could not notify (recorded on the server); apply notifies them. */
  pendingNotify?: string[];
  summary: PlanSummary;
  warnings: { summary: string; detail: string; address?: string }[];
  /** Saved plans only: the configuration they were made from. */
  configurationPath?: string;
}

export function summarize(changes: ResourceChange[]): PlanSummary {
  const s: PlanSummary = { create: 0, update: 0, replace: 0, delete: 0, noop: 0, kept: 0 };
  for (const c of changes) {
    if (c.kept) s.kept++;
    else s[c.action]++;
  }
  return s;
}

/** Something for apply to do: a write, or devices an earlier apply still owes a notification. */
export function hasChanges(plan: Pick<Plan<BaseOperation>, 'operations' | 'pendingNotify'>): boolean {
  return plan.operations.length > 0 || (plan.pendingNotify ?? []).length > 0;
}

export function maxRisk(risks: Risk[]): Risk {
  return risks.includes('high') ? 'high' : risks.includes('medium') ? 'medium' : 'low';
}
