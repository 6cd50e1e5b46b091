import { appleSchemaAnnotation, loadAppleSchema } from './load';
import type {
  AppleJsonSchema,
  AppleKeyAnnotation,
  ApplePlistType,
  AppleReplacement,
  AppleRequiredWhen,
  Platform,
  PlatformSupport,
} from './types';

/** Everything known about one Apple key, flattened from its generated schema node. */
export interface AppleKeyFacts {
  key: string;
  /** Dotted path from the item's own keys, e.g. "Deferrals.CombinedPeriodInDays". */
  path: string;
  type: ApplePlistType;
  presence: 'required' | 'optional';
  default?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  itemsType?: ApplePlistType;
  itemsEnum?: unknown[];
  /** Names of a dictionary's fixed subkeys. */
  subkeys?: string[];
  platforms: Partial<Record<Platform, PlatformSupport>>;
  combineType?: string;
  assetTypes?: string[];
  valueType?: string;
  replacement?: AppleReplacement;
  requiredWhen?: AppleRequiredWhen;
  sources?: Record<string, string>;
}

function facts(node: AppleJsonSchema, path: string): AppleKeyFacts {
  const a = node['x-apple'] as AppleKeyAnnotation;
  const items = node.items?.['x-apple'] as AppleKeyAnnotation | undefined;
  return {
    key: a.key,
    path,
    type: a.plistType,
    presence: a.presence,
    default: node.default,
    enum: node.enum,
    minimum: node.minimum,
    maximum: node.maximum,
    pattern: node.pattern,
    itemsType: items?.plistType,
    itemsEnum: node.items?.enum,
    subkeys: node.properties ? Object.keys(node.properties) : undefined,
    platforms: a.platforms,
    combineType: a.combineType,
    assetTypes: a.assetTypes,
    valueType: a.valueType,
    replacement: a.replacement,
    requiredWhen: a.requiredWhen,
    sources: a.sources,
  };
}

/** The schema node holding the item's own keys (root for profiles, Command for commands, Payload for declarations). */
function keysObject(name: string): AppleJsonSchema {
  let node = loadAppleSchema(name);
  for (const part of appleSchemaAnnotation(name).keysPath) node = node.properties?.[part] as AppleJsonSchema;
  return node;
}

/** The item's own top-level keys in Apple's order (profile common keys and envelope keys excluded). */
export function payloadKeys(name: string): AppleKeyFacts[] {
  const node = keysObject(name);
  // A wildcard key (management.properties' ANY, any name) is not a named property: it has no facts of its own.
  return appleSchemaAnnotation(name).keys.filter((key) => node.properties?.[key] !== undefined).map((key) => facts(node.properties?.[key] as AppleJsonSchema, key));
}

/** One key by dotted path ("Deferrals.CombinedPeriodInDays"), or undefined when the schema has no such key. */
export function keyFacts(name: string, path: string): AppleKeyFacts | undefined {
  let node: AppleJsonSchema | undefined = keysObject(name);
  for (const part of path.split('.')) {
    node = node?.properties && Object.prototype.hasOwnProperty.call(node.properties, part) ? node.properties[part] : undefined;
  }
  return node?.['x-apple'] ? facts(node, path) : undefined;
}

/** Every key of the restrictions payload com.apple.applicationaccess. */
export function restrictionKeys(): AppleKeyFacts[] {
  return payloadKeys('com.apple.applicationaccess');
}
