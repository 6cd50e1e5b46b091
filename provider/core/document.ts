import type { SourceRef } from './diagnostics';

/**
 * The desired-state document: what every front end (YAML, cdk.tf.json, CDKTF app) produces and the only thing the
 * validator, compiler and engine consume. Nothing downstream knows which front end made it.
 */
export const DOCUMENT_VERSION = 1;

/**
 * A resource's Terraform type, `applemdm_<kind>`. Which types exist is decided by the kinds list
 * (provider/resources/kinds/list.ts); core only carries them.
 */
export type ResourceType = string;

/** Resource names: lower-case snake_case, as Terraform requires for local names. */
export const RESOURCE_NAME_PATTERN = '^[a-z][a-z0-9_]{0,63}$';

export type Platform = 'iOS' | 'macOS' | 'tvOS' | 'visionOS' | 'watchOS';
export const PLATFORMS: readonly Platform[] = ['iOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'];

export interface StackSettings {
  /** Stack name; part of every owned identifier. [a-z0-9-] */
  name: string;
  /** Reverse-DNS prefix for every identifier this stack creates, e.g. "com.example.mdm". */
  identifierPrefix: string;
  /** OS floor per targeted platform, e.g. {iOS: "17.0", macOS: "14.0"}. Absent platform = not targeted. */
  targets: Partial<Record<Platform, string>>;
  /** Server URL from the config file (never credentials). */
  server?: string;
  /** Path of a GDMF pmv JSON catalog, resolved relative to the configuration. */
  catalog?: string;
  /** UUIDs of payloads managed outside this stack (per-app VPN, content filter, ...), so references to them are fine. */
  externalUuids: string[];
  /** Where compiled profiles are published for com.apple.configuration.legacy. */
  assets?: { baseUrl?: string; dir?: string };
  /** Delete owned objects missing from the configuration without --prune. */
  prune?: boolean;
}

export interface ResourceInstance {
  type: ResourceType;
  /** Local name, unique per type: [a-z0-9_]. */
  name: string;
  /** `${type}.${name}` */
  address: string;
  /**
   * Attributes in canonical (Terraform, snake_case) form as defined by schemas/resources/<type>.json.
   * References to other resources hold the target's address, e.g. "applemdm_app.slack".
   */
  attributes: Record<string, unknown>;
  /** Where the resource was declared. */
  source: SourceRef;
  /** Where each attribute was declared, keyed by JSON pointer into attributes ("/settings/prevent_backup"). */
  attributeSources?: Record<string, SourceRef>;
  /**
   * JSON pointers into attributes of values read from outside the configuration (`${env:NAME}`, `${file:path}`, a
   * Terraform variable): secrets, never shown. Attributes the schema marks x-sensitive are sensitive without a pointer.
   */
  sensitive?: string[];
}

export interface DesiredDocument {
  version: typeof DOCUMENT_VERSION;
  stack: StackSettings;
  /** Sorted by address. */
  resources: ResourceInstance[];
  /** Directory the configuration was read from (for resolving relative paths). */
  baseDir: string;
  /**
   * Directories outside baseDir the operator allowed on the command line (--allow-dir) for paths the configuration
   * names (catalog, assets.dir); every other such path must resolve inside baseDir (see core/confined-file).
   */
  allowedDirs?: string[];
}

export function addressOf(type: ResourceType, name: string): string {
  return `${type}.${name}`;
}

export function sortResources(resources: ResourceInstance[]): ResourceInstance[] {
  return [...resources].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
