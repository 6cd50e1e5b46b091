import { isMap, isScalar, type Node, type Pair } from 'yaml';
import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import { formatSource } from '../../core/diagnostics';
import { addressOf, type ResourceInstance } from '../../core/document';
import { closest } from '../../resources/ajv-diagnostics';
import { kindOfYamlKey } from '../../resources/kinds/registry';
import { attributeForAppleKey } from '../../resources/restriction-key-map';
import { loadResourceSchema } from '../../resources/schema-registry';
import { yamlKinds, RESOURCE_NAME_PATTERN, isYamlKind } from './kinds';
import { FORBIDDEN_KEYS } from './limits';
import { convertNode, newBudget, type ConvertContext, type SchemaLike } from './node-to-value';
import { readYamlFile, type ParsedYamlFile } from './read-yaml-file';
import { sourceAt } from './source-ref';

const NAME = new RegExp(RESOURCE_NAME_PATTERN);
const CONFIG_KEYS = new Set(['stack', 'identifier_prefix', 'targets', 'server', 'catalog', 'external_uuids', 'assets', 'prune']);

/**
 * Reads one resource file (top-level kind keys → name → attributes) into resource instances. `declared` holds the
 * addresses seen in earlier files so a name declared twice is reported with both places. Returns undefined when the
 * file cannot be parsed at all. The file must resolve inside `root`, the configuration directory.
 */
export function loadResourceFile(file: string, diags: Diagnostics, declared: Map<string, SourceRef>, root: string): ResourceInstance[] | undefined {
  const parsed = readYamlFile(file, diags, { root, what: 'resource file' });
  if (!parsed) return undefined;
  const { doc, lines } = parsed;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return [];
  if (!isMap(doc.contents)) {
    diags.error('Invalid resource file', `A resource file maps kinds (${Object.keys(yamlKinds()).join(', ')}) to resources.`, [], sourceAt(file, lines, doc.contents.range?.[0]), 'file-shape');
    return [];
  }
  const budget = newBudget();
  const out: ResourceInstance[] = [];
  for (const kindPair of doc.contents.items) {
    const kind = keyOf(kindPair);
    const where = sourceAt(file, lines, (kindPair.key as Node | null)?.range?.[0]);
    if (kind === undefined || !isYamlKind(kind)) {
      const hint = kind !== undefined && CONFIG_KEYS.has(kind) ? ` "${kind}" belongs in applemdm.yaml.` : guess(kind);
      diags.error('Unknown kind', `"${kind ?? '?'}" is not a resource kind; expected one of: ${Object.keys(yamlKinds()).join(', ')}.${hint}`, [], where, 'unknown-kind');
      continue;
    }
    const value = kindPair.value as Node | null;
    if (value === null || (isScalar(value) && value.value === null)) continue;
    if (!isMap(value)) {
      diags.error('Invalid resource list', `${kind} maps resource names to their attributes.`, [kind], where, 'kind-shape');
      continue;
    }
    for (const resourcePair of value.items) {
      const instance = readResource(parsed, kind, resourcePair, diags, declared, budget);
      if (instance) out.push(instance);
    }
  }
  // Past a resource limit (aliases, depth, size) the rest of the file is unreliable: report only the limit.
  return budget.reported ? undefined : out;
}

function readResource(
  parsed: ParsedYamlFile,
  kind: string,
  pair: Pair,
  diags: Diagnostics,
  declared: Map<string, SourceRef>,
  budget: ConvertContext['budget'],
): ResourceInstance | undefined {
  const { file, doc, lines } = parsed;
  const resourceKind = kindOfYamlKey(kind)!;
  const type = resourceKind.type;
  const name = keyOf(pair);
  const source = sourceAt(file, lines, (pair.key as Node | null)?.range?.[0]);
  if (name === undefined || FORBIDDEN_KEYS.has(name) || !NAME.test(name)) {
    diags.error(
      'Invalid resource name',
      `"${name ?? '?'}" is not a valid ${kind} name; use lower-case letters, digits and underscores, starting with a letter (at most 64).`,
      [kind],
      source,
      'invalid-name',
    );
    return undefined;
  }
  const address = addressOf(type, name);
  const earlier = declared.get(address);
  if (earlier) {
    diags.error('Duplicate resource', `${kind} "${name}" is declared twice; it was first declared at ${formatSource(earlier)}.`, [address], source, 'duplicate-resource');
    return undefined;
  }
  declared.set(address, source);
  const value = pair.value as Node | null;
  if (value !== null && !isMap(value) && !(isScalar(value) && value.value === null)) {
    diags.error('Invalid resource', `The attributes of ${address} must be a mapping.`, [address], source, 'resource-shape');
    return undefined;
  }
  const sources: Record<string, SourceRef> = { '': source };
  const ctx: ConvertContext = { file, doc, lines, diags, path: [address], sources, budget };
  if (resourceKind.appleKeyNames) {
    ctx.renameKey = (pointer, key) => (pointer === '' ? attributeForAppleKey(type, key) ?? key : key);
  }
  const attributes = value === null || !isMap(value) ? {} : (convertNode(value, loadResourceSchema(type) as SchemaLike, '', 0, ctx) as Record<string, unknown>);
  return { type, name, address, attributes, source, attributeSources: sources, ...(ctx.sensitive?.length ? { sensitive: ctx.sensitive } : {}) };
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key as Node | null;
  if (!isScalar(key)) return undefined;
  return typeof key.value === 'string' ? key.value : (key.source ?? String(key.value));
}

function guess(kind: string | undefined): string {
  const g = kind === undefined ? undefined : closest(kind, Object.keys(yamlKinds()));
  return g ? ` Did you mean "${g}"?` : '';
}
