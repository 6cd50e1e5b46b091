import type { SourceRef } from './diagnostics';

/**
 * The desired-state document: what every front end (YAML, cdk.tf.json, CDKTF app) produces and the only thing the
 * validator, compiler and engine consume. Nothing downstream knows which front end made it.
 */
export const DOCUMENT_VERSION = 1;

export const RESOURCE_TYPES = [
  'applemdm_device_group',
  'applemdm_app',
  'applemdm_app_assignment',
  'applemdm_restrictions',
  'applemdm_software_update',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

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

export function parseAddress(address: string): { type: ResourceType; name: string } | undefined {
  const dot = address.indexOf('.');
  if (dot < 0) return undefined;
  const type = address.slice(0, dot) as ResourceType;
  if (!RESOURCE_TYPES.includes(type)) return undefined;
  return { type, name: address.slice(dot + 1) };
}

export function sortResources(resources: ResourceInstance[]): ResourceInstance[] {
  return [...resources].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
