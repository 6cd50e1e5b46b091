/**
 * Shapes of the generated schemas in schemas/apple/ and of the facts read from them.
 * The generator (scripts/gen-apple.ts) writes these shapes; the loader reads them back, so both import this file.
 */

export const PLATFORMS = ['iOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** How a payload or key behaves under User Enrollment (Apple's `userenrollment.mode`). */
export type EnrollmentMode = 'allowed' | 'forbidden' | 'required' | 'ignored';

/** Apple's YAML value types without the angle brackets. */
export type ApplePlistType = 'string' | 'integer' | 'real' | 'boolean' | 'date' | 'data' | 'array' | 'dictionary' | 'any';

export type SchemaKind = 'profile' | 'command' | 'declaration';

/** Effective support of one key (or payload) on one platform, after the supportedOS inheritance rule. */
export interface PlatformSupport {
  supported: boolean;
  introduced?: string;
  deprecated?: string;
  removed?: string;
  supervised?: boolean;
  userEnrollment?: EnrollmentMode;
  allowManualInstall?: boolean;
  requiresDep?: boolean;
  userApprovedMdm?: boolean;
  multiple?: boolean;
  deviceChannel?: boolean;
  userChannel?: boolean;
  accessRights?: string;
  sharedIpad?: { mode?: EnrollmentMode; deviceChannel?: boolean; userChannel?: boolean; allowedScopes?: string[] };
  /** DDM: enrollment types (`supervised`, `device`, `user`, `local`) and scopes (`system`, `user`). */
  allowedEnrollments?: string[];
  allowedScopes?: string[];
  /** Where a field came from when it is not Apple's YAML, e.g. {deprecated: "overlay:release-26"}. */
  sources?: Record<string, string>;
}

/** A replacement Apple points to for a deprecated key or payload. */
export interface AppleReplacement {
  declaration: string;
  keys: Partial<Record<Platform, string[]>>;
  text: string;
}

/** A requirement Apple states only in prose, modelled from an overlay. */
export interface AppleRequiredWhen {
  anyPresent: string[];
  alternatives?: string[];
}

/** The `x-apple` block on every key schema. */
export interface AppleKeyAnnotation {
  key: string;
  presence: 'required' | 'optional';
  plistType: ApplePlistType;
  platforms: Partial<Record<Platform, PlatformSupport>>;
  combineType?: string;
  assetTypes?: string[];
  valueType?: string;
  subkeyType?: string;
  repetition?: { min?: number; max?: number };
  /** Common payload key (PayloadType, PayloadUUID, …) added to a profile payload schema. */
  common?: boolean;
  /** Envelope key (command `CommandUUID`/`Command`/`RequestType`, declaration `Type`/`Identifier`/…). */
  envelope?: boolean;
  /** A cycle in Apple's YAML (an alias to an ancestor) was cut here; the value is not checked further. */
  recursive?: boolean;
  replacement?: AppleReplacement;
  requiredWhen?: AppleRequiredWhen;
  sources?: Record<string, string>;
}

/** The `x-apple` block at the root of each generated schema. */
export interface AppleSchemaAnnotation {
  name: string;
  kind: SchemaKind;
  source: string;
  envelopeSource?: string;
  release: string;
  commit: string;
  platforms: Partial<Record<Platform, PlatformSupport>>;
  /** Path of property names from the root to the object holding the item's own keys ([] | ["Command"] | ["Payload"]). */
  keysPath: string[];
  /** The item's own keys in Apple's order (common and envelope keys excluded). */
  keys: string[];
  apply?: string;
  beta?: boolean;
  replacement?: AppleReplacement;
  sources?: Record<string, string>;
}

/** A JSON Schema (draft-07) node as generated, with the optional Apple annotation. */
export interface AppleJsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  title?: string;
  type?: string;
  properties?: Record<string, AppleJsonSchema>;
  required?: string[];
  additionalProperties?: boolean | AppleJsonSchema;
  items?: AppleJsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  contentEncoding?: string;
  allOf?: AppleJsonSchema[];
  anyOf?: AppleJsonSchema[];
  if?: AppleJsonSchema;
  then?: AppleJsonSchema;
  'x-apple'?: AppleKeyAnnotation | AppleSchemaAnnotation;
}

export interface AppleSchemaIndexEntry {
  name: string;
  kind: SchemaKind;
  file: string;
  source: string;
  release: string;
}

export interface AppleSchemaIndex {
  release: string;
  commit: string;
  overlays: string[];
  schemas: AppleSchemaIndexEntry[];
}
