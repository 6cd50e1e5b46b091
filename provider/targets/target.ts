import type { GdmfCatalog } from '../apple/gdmf/catalog';
import type { Backend } from '../backends/contract';
import type { Diagnostic, Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import type { ApplyOptions, ApplyResult } from '../engine/apply';
import type { DriftReport } from '../engine/drift';
import type { StatusReport } from '../engine/status';
import type { BaseOperation, Plan } from '../engine/plan';

/**
 * One MDM server behind one interface. The CLI and the Terraform handlers never ask which kind they have: a
 * TargetType is chosen by the registry from the server URL, checks what it can before anything is opened, and opens a
 * Target; everything server-specific (its planner, its operations, its capability check, its error wording, its
 * lock) lives in its folder under provider/targets/.
 */
export interface TargetRequest {
  document: DesiredDocument;
  serverFlag?: string;
  env: NodeJS.ProcessEnv;
}

/** The server URL a command talks to: --server, then APPLEMDM_SERVER, then the configuration's `server:`. */
export function serverUrlFor(req: TargetRequest): string | undefined {
  return req.serverFlag || req.env.APPLEMDM_SERVER || req.document.stack.server || undefined;
}

/** What a server can express, as data (the generic capability check and the docs read it). */
export interface TargetCapabilities {
  /** An app can be marked removable / not removable. */
  removable: boolean;
  /** An app can be uninstalled by intent (rather than by removing its assignment). */
  uninstallIntent: boolean;
  /** A scope can exclude groups. */
  excludeGroups: boolean;
  /** The MDM command channel (InstallApplication and friends). */
  commands: boolean;
  /** App licences (VPP) are assigned by the server. */
  licences: boolean;
  /** An apply lock per stack, held from the read before planning to the last write. */
  lock: boolean;
}

export interface PlanInput {
  document: DesiredDocument;
  catalog?: GdmfCatalog;
  prune: boolean;
}

/** What the read-only reports (status, drift) need: the configuration, and Apple's catalog when given. */
export interface ReportInput {
  document: DesiredDocument;
  catalog?: GdmfCatalog;
}

/** The commands beyond plan and apply a target may offer; a target without one answers "not available" for it. */
export type OptionalCommand = 'status' | 'drift' | 'destroy' | 'importSource';

/** What `import` reads: every object through the DDM backend contract, and where its profiles are fetched by default. */
export interface ImportSource {
  backend: Backend;
  defaultAssetsBaseUrl: string;
}

export interface TargetType {
  /** Stable name, e.g. "kmfddm" or "intune"; the plan's backend.kind is this or a variant of it (e.g. "embedded"). */
  readonly kind: string;
  /** The --server forms it accepts, for help text. */
  readonly urlForms: string;
  readonly capabilities: TargetCapabilities;
  /** Its operation kinds (the plan's `op` values it writes); a saved plan with any other kind is refused unopened. */
  readonly operationKinds: readonly string[];
  /** Whether this type serves the URL (undefined: no server configured). */
  matches(url: string | undefined): boolean;
  /** What is wrong with the configuration for this server, known without it: nothing is opened or sent. */
  preflight(document: DesiredDocument, catalog: GdmfCatalog | undefined): Diagnostics;
  /** Where the request points, computed without opening anything (compared with a saved plan's backend.url). */
  locationOf(req: TargetRequest): string;
  /** Checks of a saved plan against its configuration that need no server (run before anything is opened). */
  screenSaved?(plan: Plan<BaseOperation>, input: PlanInput, file: string): void;
  open(req: TargetRequest): Promise<Target>;
  /** Its errors (server, network, credentials) as a diagnostic for the user; undefined when not one of its own. */
  errorDiagnostic?(err: unknown): Diagnostic | undefined;
}

export interface Target {
  readonly kind: string;
  /** Stable description for plans (backend.url): never a credential. */
  readonly location: string;
  /**
   * Runs `fn` with a session; with `lock`, holding the stack's apply lock where the server has one (a server without
   * one runs `fn` as is), so nothing another apply writes interleaves with the session's reads and writes.
   */
  session<T>(options: { lock?: { stackPrefix: string; waitMs: number } }, fn: (session: TargetSession) => Promise<T>): Promise<T>;
  /** Per resource, how the devices in scope stand. Throws UserError with the diagnostics when it cannot report. */
  status?(input: ReportInput): Promise<StatusReport>;
  /** Where the server and its devices disagree with the configuration. Throws UserError when it cannot report. */
  drift?(input: ReportInput): Promise<DriftReport>;
  /**
   * The plan that removes every object the stack owns and nothing else, made in `session` (so under its lock);
   * `document` names the stack. Applied through the same session.
   */
  destroy?(session: TargetSession, document: DesiredDocument): Promise<Plan<BaseOperation>>;
  /** The source `applemdm import` reads (its objects, verified by planning against this same target). */
  importSource?(): ImportSource;
  close(): Promise<void>;
}

export interface TargetSession {
  /** Reads the server and plans; nothing is written. Throws UserError with the diagnostics when it cannot plan. */
  plan(input: PlanInput): Promise<Plan<BaseOperation>>;
  /**
   * A saved plan is a review artifact, not an authority: derives the plan again from the configuration and the server
   * as they are now and returns it when it equals `saved`; otherwise throws UserError naming what differs (nothing
   * was written).
   */
  checkSaved(saved: Plan<BaseOperation>, input: PlanInput, file: string): Promise<Plan<BaseOperation>>;
  /** Executes a plan this session made (plan or checkSaved); phases, bounded parallelism, notify. */
  apply(plan: Plan<BaseOperation>, options: ApplyOptions): Promise<ApplyResult>;
}
