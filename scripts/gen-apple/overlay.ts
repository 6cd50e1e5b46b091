import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  PLATFORMS,
  type AppleJsonSchema,
  type AppleKeyAnnotation,
  type AppleReplacement,
  type AppleRequiredWhen,
  type AppleSchemaAnnotation,
  type Platform,
  type PlatformSupport,
} from '../../provider/apple/schema/types';
import { isRecord } from './supported-os';

/** Version facts an overlay may add to one platform. */
type VersionFacts = Partial<Pick<PlatformSupport, 'deprecated' | 'removed'>>;

interface KeyOverlay {
  platforms?: Partial<Record<Platform, VersionFacts>>;
  replacement?: AppleReplacement;
  requiredWhen?: AppleRequiredWhen;
}

interface ItemOverlay {
  payload?: KeyOverlay;
  /** Dotted key paths relative to the item's own keys, e.g. "InstallBehavior.License.Assignment". */
  keys?: Record<string, KeyOverlay>;
}

export interface AppleOverlay {
  /** "overlay:<file name without .json>", written next to every fact it adds. */
  label: string;
  items: Record<string, ItemOverlay>;
}

export function readOverlays(dir: string): AppleOverlay[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const data: unknown = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (!isRecord(data) || !isRecord(data.items)) throw new Error(`${f}: an overlay needs an 'items' object`);
      return { label: `overlay:${f.replace(/\.json$/, '')}`, items: data.items as Record<string, ItemOverlay> };
    });
}

function keyAnnotation(node: AppleJsonSchema): AppleKeyAnnotation | undefined {
  const annotation = node['x-apple'];
  return annotation && 'key' in annotation ? annotation : undefined;
}

function childNodes(node: AppleJsonSchema): AppleJsonSchema[] {
  const out = Object.values(node.properties ?? {});
  if (node.items) out.push(node.items);
  if (isRecord(node.additionalProperties)) out.push(node.additionalProperties as AppleJsonSchema);
  return out;
}

function setVersions(
  platforms: Partial<Record<Platform, PlatformSupport>>,
  facts: Partial<Record<Platform, VersionFacts>>,
  label: string,
  keepApple: boolean,
): void {
  for (const platform of PLATFORMS) {
    const support = platforms[platform];
    const add = facts[platform];
    if (!support?.supported || !add) continue;
    for (const field of ['deprecated', 'removed'] as const) {
      const value = add[field];
      if (value === undefined || (keepApple && support[field] !== undefined)) continue;
      support[field] = value;
      support.sources = { ...support.sources, [field]: label };
    }
  }
}

function setEverywhere(node: AppleJsonSchema, facts: Partial<Record<Platform, VersionFacts>>, label: string): void {
  const annotation = keyAnnotation(node);
  // Common and envelope keys come from other files; a payload's removal says nothing about them.
  if (annotation?.common || annotation?.envelope) return;
  if (annotation) setVersions(annotation.platforms, facts, label, true);
  for (const child of childNodes(node)) setEverywhere(child, facts, label);
}

function findKey(keysObject: AppleJsonSchema, dotted: string, where: string): AppleJsonSchema {
  let node = keysObject;
  for (const part of dotted.split('.')) {
    const next = node.properties?.[part];
    if (!next) throw new Error(`${where}: overlay key ${dotted} does not exist in the schema`);
    node = next;
  }
  return node;
}

/** then-clause requiring `path` (or one of the alternatives, which must share its parent) inside nested objects. */
function requirePath(segments: string[], alternatives: string[]): AppleJsonSchema {
  const [head, ...rest] = segments;
  if (rest.length === 0) return { type: 'object', anyOf: [head, ...alternatives].map((k) => ({ type: 'object', required: [k] })) };
  return { type: 'object', required: [head], properties: { [head]: requirePath(rest, alternatives) } };
}

function addRequiredWhen(keysObject: AppleJsonSchema, dotted: string, rule: AppleRequiredWhen, where: string): void {
  const parent = dotted.split('.').slice(0, -1).join('.');
  const alternatives = (rule.alternatives ?? []).map((alt) => {
    if (alt.split('.').slice(0, -1).join('.') !== parent) throw new Error(`${where}: alternative ${alt} must sit next to ${dotted}`);
    findKey(keysObject, alt, where);
    return alt.split('.').pop() as string;
  });
  const condition: AppleJsonSchema = { type: 'object', anyOf: rule.anyPresent.map((k) => ({ type: 'object', required: [k] })) };
  keysObject.allOf = [...(keysObject.allOf ?? []), { if: condition, then: requirePath(dotted.split('.'), alternatives) }];
}

/** Merges every overlay fact for this schema into its x-apple blocks (and, for requiredWhen, into the schema). */
export function applyOverlays(schema: AppleJsonSchema, overlays: AppleOverlay[]): void {
  const root = schema['x-apple'] as AppleSchemaAnnotation;
  let keysObject = schema;
  for (const part of root.keysPath) keysObject = keysObject.properties?.[part] as AppleJsonSchema;
  for (const overlay of overlays) {
    const item = overlay.items[root.name];
    if (!item) continue;
    const where = `${overlay.label} ${root.name}`;
    if (item.payload?.platforms) {
      setVersions(root.platforms, item.payload.platforms, overlay.label, false);
      for (const child of childNodes(keysObject)) setEverywhere(child, item.payload.platforms, overlay.label);
    }
    if (item.payload?.replacement) {
      root.replacement = item.payload.replacement;
      root.sources = { ...root.sources, replacement: overlay.label };
    }
    for (const [dotted, facts] of Object.entries(item.keys ?? {})) {
      const annotation = keyAnnotation(findKey(keysObject, dotted, where)) as AppleKeyAnnotation;
      if (facts.platforms) setVersions(annotation.platforms, facts.platforms, overlay.label, false);
      if (facts.replacement) {
        annotation.replacement = facts.replacement;
        annotation.sources = { ...annotation.sources, replacement: overlay.label };
      }
      if (facts.requiredWhen) {
        annotation.requiredWhen = facts.requiredWhen;
        annotation.sources = { ...annotation.sources, requiredWhen: overlay.label };
        addRequiredWhen(keysObject, dotted, facts.requiredWhen, where);
      }
    }
  }
}
