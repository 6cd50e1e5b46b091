import type { DeclarationRecord } from '../../backends/contract';
import type { ResourceType } from '../../core/document';
import type { DecodedAppManaged } from './app-assignment/decode-app-managed';

/**
 * What a kind's decoder works with (`applemdm import` and the Terraform provider's reads): the server's objects grouped
 * into units, one unit per resource applemdm would compile them from (provider/importer/server-units.ts).
 */

/** A server value decoded into attributes, or the keys no attribute carries. */
export type Decoded<T> = { value: T; lost?: undefined } | { value?: undefined; lost: string[] };

/** The server's objects, indexed: declarations by identifier, set → declarations, set → enrollment IDs. */
export interface InventoryView {
  declarations: Map<string, DeclarationRecord>;
  sets: Map<string, string[]>;
  setEnrollments: Map<string, string[]>;
}

export interface Unit {
  key: string;
  /** The resource type the unit decodes to. */
  kind: ResourceType;
  /** The identifier the resource is named by: set name, declaration identifier, or the software update's base. */
  identifier: string;
  /** Configuration declarations of the unit (not the activation). */
  declarations: string[];
  /** Group units: the set's activation. */
  activation?: string;
  /** Software update units. */
  settings?: string;
  enforcement?: string;
  legacyDeferrals?: string;
  /** Sets that deliver the unit's configurations (configuration units) — filled by linkUnits. */
  sets: string[];
  /** Assignment units: the key of the app unit whose record names the app installed — filled by linkApps. */
  app?: string;
}

/**
 * A resource decoded from the server, before it is written: attributes in the canonical (document) form, the server
 * objects it stands for, and everything the user must know about how it was obtained.
 */
export interface ImportedResource {
  type: ResourceType;
  name: string;
  /** Canonical attributes (snake_case; references as addresses, e.g. "applemdm_device_group.sales"). */
  attributes: Record<string, unknown>;
  /** Server objects this resource stands for: "declaration:<id>", "set:<name>", "asset:<name>". */
  objects: string[];
  /** True when an object's identifier is outside the stack's prefix (written with adopt: true). */
  adopted: boolean;
  /** Values import had to fill in because the server does not store them, by JSON pointer → why. */
  review: Record<string, string>;
  /** Apple keys kept in the restrictions `extra` map. */
  extraKeys: string[];
}

export type UnitResult = { resources: ImportedResource[]; reason?: undefined } | { resources?: undefined; reason: string };

/** What the importer lends a kind's decoder. */
export interface KindDecodeContext {
  inv: InventoryView;
  /** Configuration declarations that belong to some unit (anything else in a set blocks the set's group). */
  importable: ReadonlySet<string>;
  /** `<identifier_prefix>.<stack>` */
  stackPrefix: string;
  /** Whether an identifier is under the stack's prefix. */
  owned(identifier: string): boolean;
  /** The address of another unit's resource (after naming). */
  addressOfUnit(key: string): string | undefined;
  /** An app made up for an assignment whose server holds no app record. */
  appFor(decoded: DecodedAppManaged, assignmentName: string): { resource: ImportedResource } | { reason: string };
  /** The profile a legacy declaration delivers, read through the backend's asset store. */
  profileOf(declaration: string): Promise<{ asset: string; bytes: Buffer } | { reason: string }>;
}

export interface KindDecoder {
  /**
   * How the kind's objects stand on the server: `record` decodes from its object alone (no identity or scope
   * attributes), `set` is a device group's set, `configuration` is delivered by groups (identity and scope are filled
   * in before decode runs; a configuration in no set is not imported).
   */
  shape: 'record' | 'set' | 'configuration';
  /** The unit key a resource of this kind is found under, from its id (the Terraform provider reads by id). */
  unitKey(identifier: string): string;
  /** Base of a made-up resource name when an identifier yields none. */
  fallbackName: string;
  /**
   * Whether a declaration is one of this kind's (one declaration per resource, named by its identifier). Kinds whose
   * objects span several declarations or a set (software updates, restrictions' legacy profiles, groups) are grouped
   * by the importer itself (provider/importer/server-units.ts).
   */
  claims?(declaration: DeclarationRecord): boolean;
  /** Declarations besides its identifier that a resource named by this identifier may own (software updates' parts). */
  relatedDeclarations?(identifier: string): string[];
  decode(unit: Unit, resource: ImportedResource, ctx: KindDecodeContext): UnitResult | Promise<UnitResult>;
}
