import { sha256Hex } from '../core/sha256';

/**
 * One compiled Apple object: a configuration profile, an MDM command, or a DDM declaration. `content` is the value;
 * `bytes` its serialization (XML plist for profiles and commands, JSON for declarations), byte-stable for equal input.
 */
export type ArtifactKind = 'profile' | 'command' | 'declaration';

export interface Artifact {
  /** Address of the resource this artifact was compiled from, e.g. "applemdm_app_assignment.slack_sales". */
  address: string;
  kind: ArtifactKind;
  /** PayloadType (profiles: "Configuration"), RequestType (commands) or declaration Type. */
  type: string;
  /** Top-level PayloadIdentifier, command identifier, or declaration Identifier. */
  identifier: string;
  /** Stable relative path: profiles/<id>.mobileconfig, commands/<id>.plist, declarations/<id>.json. */
  fileName: string;
  content: unknown;
  bytes: Buffer;
  /** Lower-case hex SHA-256 of bytes. */
  sha256: string;
  /**
   * JSON pointers into `content` of values that are secrets (e.g. "/Command/Configuration/ApiToken"). The artifact
   * itself is what delivers them; everything that shows or saves it (plans, saved plans, logs) must not.
   */
  sensitivePaths?: string[];
}

export function makeArtifact(a: Omit<Artifact, 'sha256'>): Artifact {
  return { ...a, sha256: sha256Hex(a.bytes) };
}

const DIRECTORY: Record<ArtifactKind, [string, string]> = {
  profile: ['profiles', '.mobileconfig'],
  command: ['commands', '.plist'],
  declaration: ['declarations', '.json'],
};

export function artifactFileName(kind: ArtifactKind, identifier: string): string {
  const [dir, ext] = DIRECTORY[kind];
  return `${dir}/${identifier}${ext}`;
}

/** Artifacts in a stable order: by file name (identifiers are unique per kind, so this is total). */
export function sortArtifacts(list: Artifact[]): Artifact[] {
  return [...list].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));
}
