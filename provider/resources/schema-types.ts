import type { ResourceType } from '../core/document';

/**
 * The shape of a resource schema node (schemas/resources/<type>.json): JSON Schema draft-07 plus applemdm's `x-`
 * annotations. Every consumer (ajv, YAML coercion, Terraform emitter, bindings, docs, diff) reads this one shape.
 */
export interface ResourceSchemaNode {
  $schema?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, ResourceSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | ResourceSchemaNode;
  items?: ResourceSchemaNode;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  pattern?: string;
  format?: string;
  /** Changing the attribute replaces the resource (delete + create) instead of updating it. */
  'x-requiresReplace'?: boolean;
  /** Never shown in plans, logs or errors. */
  'x-sensitive'?: boolean;
  /** Values inside may be `${env:NAME}` / `${file:path}` references (or Terraform variables); each one read is sensitive. */
  'x-secretReferences'?: boolean;
  /** Set by applemdm, never by the user (e.g. `id`). */
  'x-computed'?: boolean;
  /** Delivered only when the app is installed: a change re-sends the install. */
  'x-installTime'?: boolean;
  /** The attribute holds a reference to a resource of this type (an address in the document). */
  'x-reference'?: ResourceType;
  /** Restrictions: the com.apple.applicationaccess key this attribute sets. */
  'x-apple-key'?: string;
  /** Restrictions: Apple's per-platform support facts, copied from schemas/apple. */
  'x-apple'?: { platforms: Record<string, ApplePlatformFacts>; replacement?: AppleReplacementFacts };
  /** How Terraform renders the attribute: a nested block (max 1) or a JSON-encoded string. */
  'x-terraform'?: { nesting?: 'block'; encoding?: 'json' };
}

export interface ApplePlatformFacts {
  supported: boolean;
  introduced?: string;
  deprecated?: string;
  removed?: string;
  supervised?: boolean;
  userEnrollment?: string;
}

/** What Apple points to instead of a deprecated key. */
export interface AppleReplacementFacts {
  declaration: string;
  keys: Record<string, string[]>;
  text: string;
}

/** A complete resource schema (the root node of schemas/resources/<type>.json). */
export interface ResourceSchema extends ResourceSchemaNode {
  title: ResourceType;
  type: 'object';
  properties: Record<string, ResourceSchemaNode>;
}
