import { Document, isMap, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { DesiredDocument } from '../core/document';
import { CONFIG_FILE_NAME } from '../core/paths';
import { kindOf, resourceKinds } from '../resources/kinds/registry';
import { loadResourceSchema } from '../resources/schema-registry';
import type { ResourceSchemaNode } from '../resources/schema-types';
import type { ImportedResource } from './model';

/**
 * An imported configuration as YAML, in the quickstart's shape: applemdm.yaml with the stack settings, and one file per
 * resource kind. References are plain names, restriction keys use Apple's names (the friendly icloud / open_in groups
 * keep theirs), and every value import had to fill in carries a `review:` comment saying why.
 */
const SCHEMA_LINE = 'yaml-language-server: $schema=https://applemdm.dev/schemas/applemdm.resources.schema.json';

export function writeYamlFiles(document: DesiredDocument, resources: ImportedResource[], header: string[], stackReview: string[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set(CONFIG_FILE_NAME, configFile(document, header, stackReview));
  for (const { type, yamlKey: kind, fileStem } of resourceKinds()) {
    const ofKind = resources.filter((r) => r.type === type).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (!ofKind.length) continue;
    const body: Record<string, unknown> = {};
    for (const r of ofKind) body[r.name] = yamlAttributes(r);
    const doc = new Document({ [kind]: body });
    doc.commentBefore = ` ${SCHEMA_LINE}`;
    const byName = (doc.get(kind) as YAMLMap).items;
    for (const r of ofKind) {
      const node = byName.find((p) => (p.key as Scalar).value === r.name)?.value as Node | undefined;
      if (!node) continue;
      if (r.adopted) annotate(node, '/adopt', ' created by another tool: this stack takes it over');
      for (const [pointer, why] of Object.entries(r.review)) annotate(node, yamlPointer(r, pointer), ` review: ${why}`);
      if (r.extraKeys.length) annotate(node, '/extra', ` not modeled by ${r.type}, kept as found: ${r.extraKeys.join(', ')}`);
    }
    files.set(`${fileStem}.yaml`, render(doc));
  }
  return files;
}

function configFile(document: DesiredDocument, header: string[], stackReview: string[]): string {
  const s = document.stack;
  const body: Record<string, unknown> = {
    stack: s.name,
    identifier_prefix: s.identifierPrefix,
    targets: s.targets,
    ...(s.server ? { server: s.server } : {}),
    ...(s.externalUuids.length ? { external_uuids: s.externalUuids } : {}),
    ...(s.assets ? { assets: { ...(s.assets.baseUrl ? { base_url: s.assets.baseUrl } : {}), ...(s.assets.dir ? { dir: s.assets.dir } : {}) } } : {}),
  };
  const doc = new Document(body);
  doc.commentBefore = [' yaml-language-server: $schema=https://applemdm.dev/schemas/applemdm.config.schema.json', ...header.map((h) => ` ${h}`)].join('\n');
  const targets = keyNode(doc.contents as Node, 'targets');
  if (targets && stackReview.length) targets.commentBefore = stackReview.map((r) => ` review: ${r}`).join('\n');
  return render(doc);
}

/** Canonical attributes → what a person writes in YAML: names for references, Apple names for restriction keys. */
function yamlAttributes(r: ImportedResource): Record<string, unknown> {
  const props = loadResourceSchema(r.type).properties;
  const out: Record<string, unknown> = {};
  for (const [attr, value] of Object.entries(orderBySchema(r.attributes, props))) {
    const node = props[attr];
    const key = kindOf(r.type).appleKeyNames && node?.['x-apple-key'] ? node['x-apple-key'] : attr;
    out[key] = attr === 'app' && typeof value === 'string' ? shortName(value) : attr === 'scope' ? scopeNames(value) : value;
  }
  return out;
}

/** Attributes in the schema's order (identity first, then as the schema lists them), nested objects too. */
export function orderBySchema(value: Record<string, unknown>, props: Record<string, ResourceSchemaNode> | undefined): Record<string, unknown> {
  const order = Object.keys(props ?? {});
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))) {
    const v = value[k];
    const child = props?.[k];
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) && child?.properties ? orderBySchema(v as Record<string, unknown>, child.properties) : v;
  }
  return out;
}

function scopeNames(scope: unknown): unknown {
  const s = scope as { groups?: string[]; exclude_groups?: string[] };
  return {
    groups: (s.groups ?? []).map(shortName),
    ...(s.exclude_groups ? { exclude_groups: s.exclude_groups.map(shortName) } : {}),
  };
}

function shortName(address: string): string {
  return address.slice(address.indexOf('.') + 1);
}

/** A review pointer on canonical attributes → the same place under the YAML key names. */
function yamlPointer(r: ImportedResource, pointer: string): string {
  const [first, ...rest] = pointer.split('/').slice(1);
  const node = loadResourceSchema(r.type).properties[first];
  const key = kindOf(r.type).appleKeyNames && node?.['x-apple-key'] ? node['x-apple-key'] : first;
  return `/${[key, ...rest].join('/')}`;
}

/** A comment before the key the pointer names (nested maps walked key by key). */
function annotate(root: Node, pointer: string, comment: string): void {
  let node: Node | undefined = root;
  let key: Scalar | undefined;
  for (const part of pointer.split('/').slice(1)) {
    if (!node || !isMap(node)) return;
    const pair = (node.items as Pair[]).find((p) => (p.key as Scalar).value === part);
    if (!pair) return;
    key = pair.key as Scalar;
    node = pair.value as Node;
  }
  if (key) key.commentBefore = key.commentBefore ? `${key.commentBefore}\n${comment}` : comment;
}

function keyNode(map: Node, name: string): Scalar | undefined {
  if (!isMap(map)) return undefined;
  return (map.items as Pair[]).find((p) => (p.key as Scalar).value === name)?.key as Scalar | undefined;
}

/** Short lists of scalars on one line, as the quickstart writes them. */
function render(doc: Document): string {
  const visit = (node: unknown): void => {
    if (isSeq(node)) {
      if (node.items.every((i) => isScalar(i)) && node.items.length <= 8) node.flow = true;
      node.items.forEach(visit);
    } else if (isMap(node)) for (const p of node.items) visit(p.value);
  };
  visit(doc.contents);
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}
