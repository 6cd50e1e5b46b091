import { appleKeyToAttribute } from '../../provider/core/naming';
import type { ApplePlatformFacts, AppleReplacementFacts, ResourceSchema, ResourceSchemaNode } from '../../provider/resources/schema-types';

/** The parts of a generated schemas/apple schema this generator reads (see provider/apple/schema/types.ts). */
export interface AppleSchemaLike {
  type?: string;
  properties?: Record<string, AppleSchemaLike>;
  items?: AppleSchemaLike;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  'x-apple'?: {
    keys?: string[];
    keysPath?: string[];
    platforms?: Record<string, ApplePlatformFacts & Record<string, unknown>>;
    replacement?: AppleReplacementFacts;
  };
}

const PLATFORM_ORDER = ['iOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'];

/**
 * Adds every key of com.apple.applicationaccess as a snake_case attribute, typed from Apple's schema, and types the
 * hand-named icloud/open_in group members from the Apple key each one names.
 */
export function addAppleKeys(base: ResourceSchema, apple: AppleSchemaLike): ResourceSchema {
  const keyNodes = appleKeyNodes(apple);
  const properties: Record<string, ResourceSchemaNode> = {};
  for (const [name, node] of Object.entries(base.properties)) {
    properties[name] = isAppleKeyGroup(node) ? typeGroupMembers(node, keyNodes, name) : node;
  }
  for (const [key, appleNode] of keyNodes) {
    const attr = appleKeyToAttribute(key);
    if (Object.hasOwn(properties, attr)) throw new Error(`gen-resources: Apple key ${key} collides with attribute ${attr}`);
    properties[attr] = attributeFor(key, appleNode, describeKey(key));
  }
  return { ...base, properties };
}

function appleKeyNodes(apple: AppleSchemaLike): Map<string, AppleSchemaLike> {
  let holder: AppleSchemaLike | undefined = apple;
  for (const step of apple['x-apple']?.keysPath ?? []) holder = holder?.properties?.[step];
  const keys = apple['x-apple']?.keys;
  if (!holder?.properties || !keys?.length) throw new Error('gen-resources: the Apple restrictions schema has no keys');
  const out = new Map<string, AppleSchemaLike>();
  for (const key of keys) {
    const node = holder.properties[key];
    if (!node) throw new Error(`gen-resources: Apple key ${key} is listed but has no schema`);
    out.set(key, node);
  }
  return out;
}

/** A friendly group (icloud, open_in): every member names the Apple key it sets. */
function isAppleKeyGroup(node: ResourceSchemaNode): boolean {
  const members = Object.values(node.properties ?? {});
  return node.type === 'object' && members.length > 0 && members.every((m) => m['x-apple-key'] !== undefined);
}

function typeGroupMembers(group: ResourceSchemaNode, keyNodes: Map<string, AppleSchemaLike>, groupName: string): ResourceSchemaNode {
  const members: Record<string, ResourceSchemaNode> = {};
  for (const [name, member] of Object.entries(group.properties ?? {})) {
    const key = member['x-apple-key'];
    if (!key) throw new Error(`gen-resources: ${groupName}.${name} has no x-apple-key`);
    const appleNode = keyNodes.get(key);
    if (!appleNode) throw new Error(`gen-resources: ${groupName}.${name} names ${key}, which Apple's schema does not have`);
    members[name] = attributeFor(key, appleNode, member.description ?? describeKey(key));
  }
  return { ...group, properties: members };
}

function attributeFor(key: string, apple: AppleSchemaLike, description: string): ResourceSchemaNode {
  const node: ResourceSchemaNode = { type: jsonType(key, apple), description: `${description} ${supportSummary(apple)}`.trim() };
  if (apple.enum) node.enum = [...apple.enum];
  if (apple.minimum !== undefined) node.minimum = apple.minimum;
  if (apple.maximum !== undefined) node.maximum = apple.maximum;
  if (apple.pattern !== undefined) node.pattern = apple.pattern;
  if (apple.minItems !== undefined) node.minItems = apple.minItems;
  if (apple.maxItems !== undefined) node.maxItems = apple.maxItems;
  if (node.type === 'array') node.items = { type: jsonType(`${key}[]`, apple.items ?? {}) };
  if (apple.default !== undefined) node.default = apple.default;
  node['x-apple-key'] = key;
  const replacement = apple['x-apple']?.replacement;
  node['x-apple'] = { platforms: platformFacts(apple), ...(replacement ? { replacement } : {}) };
  return node;
}

function jsonType(key: string, apple: AppleSchemaLike): NonNullable<ResourceSchemaNode['type']> {
  switch (apple.type) {
    case 'boolean':
    case 'integer':
    case 'number':
    case 'string':
    case 'array':
      return apple.type;
    default:
      throw new Error(`gen-resources: Apple key ${key} has type ${String(apple.type)}, which restrictions do not model`);
  }
}

function platformFacts(apple: AppleSchemaLike): Record<string, ApplePlatformFacts> {
  const out: Record<string, ApplePlatformFacts> = {};
  const platforms = apple['x-apple']?.platforms ?? {};
  for (const p of PLATFORM_ORDER) {
    const s = platforms[p];
    if (!s) continue;
    const facts: ApplePlatformFacts = { supported: s.supported };
    if (s.introduced !== undefined) facts.introduced = s.introduced;
    if (s.deprecated !== undefined) facts.deprecated = s.deprecated;
    if (s.removed !== undefined) facts.removed = s.removed;
    if (s.supervised !== undefined) facts.supervised = s.supervised;
    if (s.userEnrollment !== undefined) facts.userEnrollment = s.userEnrollment;
    out[p] = facts;
  }
  return out;
}

/** "allowCloudBackup" → "Allow cloud backup." Our own words: the key's name, never Apple's prose. */
export function describeKey(key: string): string {
  const words = appleKeyToAttribute(key).split('_').join(' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
}

function supportSummary(apple: AppleSchemaLike): string {
  const parts: string[] = [];
  for (const p of PLATFORM_ORDER) {
    const s = apple['x-apple']?.platforms?.[p];
    if (!s?.supported) continue;
    let text = `${p} ${s.introduced ?? ''}+`.replace(' +', '+');
    const notes: string[] = [];
    if (s.supervised) notes.push('supervised');
    if (s.deprecated) notes.push(`deprecated ${s.deprecated}`);
    if (s.removed) notes.push(`removed ${s.removed}`);
    if (notes.length) text += ` (${notes.join(', ')})`;
    parts.push(text);
  }
  return parts.length ? `Supported on ${parts.join(', ')}.` : 'Not supported on any platform.';
}
