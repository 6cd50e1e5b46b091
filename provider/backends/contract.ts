/**
 * The backend contract: what the engine may ask of an MDM server. A backend reads the owned objects of a stack,
 * writes declarations, set memberships, enrollment assignments and profile assets one object at a time (every write
 * idempotent and sent without notifying devices), and notifies the affected sets once at the end of an apply.
 *
 * Objects are "owned" when their name starts with the stack's identifier prefix (architecture rule 3); a backend never
 * returns or touches anything else through readStack.
 */

/** A DDM declaration as written: the server computes the ServerToken. */
export interface DeclarationInput {
  Type: string;
  Identifier: string;
  Payload: Record<string, unknown>;
}

/** A declaration as stored on the server. */
export interface DeclarationRecord extends DeclarationInput {
  /** Changes whenever the server considers the declaration changed; devices re-fetch on a new token. */
  ServerToken: string;
}

export interface AssetRecord {
  name: string;
  /** Lowercase hex SHA-256 of the bytes. */
  sha256: string;
  size: number;
}

export interface AssetRef extends AssetRecord {
  /** The URL devices fetch (the ProfileURL of a legacy declaration). */
  url: string;
  result: WriteResult;
}

/** Everything a stack owns on the server, read in one call. */
export interface StackSnapshot {
  /** Owned declarations (Identifier starts with the prefix), sorted by Identifier. */
  declarations: DeclarationRecord[];
  /** Owned sets (name starts with the prefix) → their declaration identifiers, sorted. */
  sets: Record<string, string[]>;
  /** Enrollment ID → the owned sets it is assigned to, sorted; for the given or registry-known enrollments. */
  enrollmentSets: Record<string, string[]>;
  /** Owned assets (name starts with the prefix), sorted by name. */
  assets: AssetRecord[];
  /** HTTP requests the read cost (every attempt counts). */
  requests: number;
}

export interface ReadStackOptions {
  /**
   * Enrollments whose set assignments to read. Default: every enrollment the server's registry knows, or none when
   * the server has no registry (KMFDDM cannot list enrollments).
   */
  enrollmentIds?: string[];
}

/** What a write did: 'unchanged' when the server already held exactly this. */
export type WriteResult = 'changed' | 'unchanged';

export interface NotifyTarget {
  sets?: string[];
  enrollmentIds?: string[];
  declarations?: string[];
}

/** One declaration as last reported by one enrollment (KMFDDM's declaration-status). */
export interface DeclarationStatus {
  identifier: string;
  active: boolean;
  valid: 'valid' | 'invalid' | 'unknown';
  serverToken: string;
  /** The device reported the server's current token for this declaration. */
  current: boolean;
  /** Apple's reasons, as reported ({code, description?, details?}). */
  reasons: StatusReason[];
  statusReceived?: string;
}

export interface StatusReason {
  code: string;
  description?: string;
  details?: Record<string, unknown>;
}

/** An enrollment known to the server's registry (our extension). */
export interface EnrollmentRecord {
  id: string;
  platform?: string;
  osVersion?: string;
  osBuild?: string;
  model?: string;
  serialNumber?: string;
  supervised?: boolean;
  lastSeen?: string;
}

export interface BackendInfo {
  kind: BackendKind;
  /** The server's base URL (no credentials). */
  url: string;
  /** As reported by GET /version. */
  serverVersion: string;
  /** Extensions the server advertises (e.g. "bulk", "assets", "enrollments"); empty for real KMFDDM. */
  extensions: string[];
}

export type BackendKind = 'kmfddm';

/** Who holds a named lock; times are RFC 3339 on the server's clock. */
export interface LockHolder {
  owner: string;
  acquiredAt: string;
  expiresAt: string;
}

/** `tookOver`: the lock was another owner's whose lease had expired (its holder stopped without releasing it). */
export type LockAttempt = { acquired: true; tookOver?: LockHolder } | { acquired: false; holder: LockHolder };

/** Atomic named leases kept by the server (the embedded server's "locks" extension; real KMFDDM has none). */
export interface ServerLocks {
  /** Takes the lock when free or expired, extends it when `owner` holds it; otherwise reports the holder. */
  acquire(name: string, owner: string, ttlSeconds: number): Promise<LockAttempt>;
  /** Releases the lock when `owner` holds it; does nothing otherwise. */
  release(name: string, owner: string): Promise<void>;
  /** The lock's last holder, also when its lease has expired; undefined when it was never taken or was released. */
  holder(name: string): Promise<LockHolder | undefined>;
}

/**
 * What the backend can express. The engine turns a setting a backend cannot express into a plan-time error naming the
 * backend and the setting (architecture rule 9).
 */
export interface BackendCapabilities {
  /** Reads a stack in a handful of requests whatever its size (else O(declarations + sets)). */
  bulkRead: boolean;
  /** Where profile assets go: the server itself, a directory published by the user's web server, or nowhere. */
  assetHosting: 'server' | 'directory' | 'none';
  /** The server can list enrollments with their platform facts. */
  enrollmentRegistry: boolean;
  /** DDM app.managed has no Removable attribute: removability follows InstallBehavior.Install. */
  appRemovable: false;
  /** DDM has no "uninstall" intent: an app is removed by removing its declaration. */
  uninstallIntent: false;
  /** KMFDDM sets only include; a group cannot exclude members. */
  excludeGroups: false;
}

export interface Backend {
  readonly capabilities: BackendCapabilities;
  info(): Promise<BackendInfo>;
  readStack(identifierPrefix: string, options?: ReadStackOptions): Promise<StackSnapshot>;
  /**
   * Every declaration, set, enrollment assignment and asset on the server, whoever created it, in readStack's shape.
   * Only `applemdm import` calls it, to find objects to take over; nothing read here is ever written without a
   * configuration that names it.
   */
  readAll?(options?: ReadStackOptions): Promise<StackSnapshot>;

  putDeclaration(declaration: DeclarationInput): Promise<WriteResult>;
  /** Remove it from its sets first: KMFDDM refuses to delete a declaration that is still in a set. */
  deleteDeclaration(identifier: string): Promise<WriteResult>;
  addSetDeclaration(set: string, identifier: string): Promise<WriteResult>;
  removeSetDeclaration(set: string, identifier: string): Promise<WriteResult>;
  addEnrollmentSet(enrollmentId: string, set: string): Promise<WriteResult>;
  removeEnrollmentSet(enrollmentId: string, set: string): Promise<WriteResult>;
  /** Stores a profile asset and returns the URL devices fetch. */
  putAsset(name: string, bytes: Uint8Array, contentType: string): Promise<AssetRef>;
  deleteAsset(name: string): Promise<WriteResult>;
  /** The stored bytes of an owned asset (for per-key profile diffs); undefined when absent or not readable. */
  getAsset?(name: string): Promise<Buffer | undefined>;
  /** One declaration as stored, undefined when absent (the apply lock reads its lock declaration with it). */
  getDeclaration?(identifier: string): Promise<DeclarationRecord | undefined>;
  /** Present when the server offers atomic locks; without it the apply lock falls back to a lock declaration. */
  readonly locks?: ServerLocks;

  /** Sends one notification per set and per enrollment named (nothing when both are empty). */
  notify(target: NotifyTarget): Promise<void>;
  /** Declaration status per enrollment ID; enrollments that never reported are absent. */
  declarationStatus(enrollmentIds: string[]): Promise<Record<string, DeclarationStatus[]>>;
  /** Only when capabilities.enrollmentRegistry; otherwise throws BackendCapabilityError. */
  enrollments(): Promise<EnrollmentRecord[]>;

  /** HTTP requests sent so far. */
  readonly requestCount: number;
  close(): void;
}

/** A call the backend cannot serve (e.g. enrollments() on real KMFDDM). */
export class BackendCapabilityError extends Error {
  constructor(
    readonly backend: string,
    readonly capability: string,
    message: string,
  ) {
    super(message);
    this.name = 'BackendCapabilityError';
  }
}

/** The server answered something the contract cannot interpret (not JSON, wrong shape). */
export class BackendProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackendProtocolError';
  }
}
