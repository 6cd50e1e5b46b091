import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import { FORBIDDEN_KEYS, MAX_ALIAS_COUNT, MAX_DEPTH, MAX_NODES } from './limits';
import { splitPointer } from '../../resources/schema-registry';
import { sourceAt } from './source-ref';
import { dirname } from 'node:path';
import { resolveSecretText } from './secret-references';
import { secretScopeOf, type SecretScope } from '../secret-scope';

/** The parts of a JSON Schema node the conversion reads (resource schemas and the config-file schema). */
export interface SchemaLike {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaLike>;
  additionalProperties?: boolean | SchemaLike;
  items?: SchemaLike;
  definitions?: Record<string, SchemaLike>;
  'x-reference'?: string;
  'x-sensitive'?: boolean;
  'x-secretReferences'?: boolean;
}

export interface ConvertContext {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  diags: Diagnostics;
  /** Prefix of every diagnostic path, e.g. ["applemdm_app.slack"]. */
  path: (string | number)[];
  /** Filled with the position of every key and list item, by JSON pointer. */
  sources: Record<string, SourceRef>;
  /** Root schema for local `$ref`s ("#/definitions/x"). */
  root?: SchemaLike;
  /** Maps a key written in YAML to the attribute it sets (restriction keys may use Apple's names). */
  renameKey?: (parentPointer: string, key: string) => string;
  budget: { aliases: number; nodes: number; reported: boolean };
  /** Where the value being converted may or must come from a secret reference (set from the schema on the way down). */
  secretScope?: SecretScope;
  /** Filled with the JSON pointer of every value read from a secret reference. */
  sensitive?: string[];
}

export function newBudget(): ConvertContext['budget'] {
  return { aliases: 0, nodes: 0, reported: false };
}

/**
 * Converts a YAML node to a plain value, guided by the schema: where the schema wants a string, an unquoted scalar
 * keeps its source text (`target_os_version: 18.10` stays "18.10", `supervised: true` becomes "true"), and where it
 * wants a reference the plain name becomes an address (`app: slack` → "applemdm_app.slack"). Unknown keys are kept
 * for the structural validator to report; keys that could reach a prototype are reported and dropped here.
 */
export function convertNode(node: unknown, schema: SchemaLike | undefined, pointer: string, depth: number, ctx: ConvertContext): unknown {
  if (!spend(ctx, node)) return null;
  const s = resolveRef(schema, ctx.root);
  if (isAlias(node)) {
    ctx.budget.aliases++;
    if (ctx.budget.aliases > MAX_ALIAS_COUNT) {
      reportOnce(ctx, 'Too many aliases', `A file may use at most ${MAX_ALIAS_COUNT} aliases (*name); this looks like an alias bomb.`, node, 'alias-limit');
      return null;
    }
    return convertNode(node.resolve(ctx.doc), schema, pointer, depth, ctx);
  }
  if (isScalar(node)) {
    const value = scalarValue(node.value, node.type, node.source, s);
    return typeof value === 'string' ? secretOrText(value, pointer, ctx) : value;
  }
  if (depth >= MAX_DEPTH) {
    reportOnce(ctx, 'Nesting too deep', `Values may be nested at most ${MAX_DEPTH} levels deep.`, node, 'too-deep');
    return null;
  }
  if (isSeq(node)) {
    const out: unknown[] = [];
    node.items.forEach((item, i) => {
      const child = `${pointer}/${i}`;
      ctx.sources[child] = sourceAt(ctx.file, ctx.lines, (item as Node | null)?.range?.[0] ?? node.range?.[0]);
      out.push(convertNode(item, s?.items, child, depth + 1, ctx));
    });
    return out;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, string>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node | null;
      const written = keyText(keyNode);
      const where = sourceAt(ctx.file, ctx.lines, keyNode?.range?.[0] ?? node.range?.[0]);
      if (written === undefined) {
        ctx.diags.error('Invalid key', 'Keys must be plain text, not lists or mappings.', [...ctx.path, ...splitPointer(pointer)], where, 'invalid-key');
        continue;
      }
      if (FORBIDDEN_KEYS.has(written)) {
        ctx.diags.error(
          'Forbidden key',
          `The key "${written}" is not allowed anywhere in a configuration (it could alter object prototypes).`,
          [...ctx.path, ...splitPointer(pointer), written],
          where,
          'forbidden-key',
        );
        continue;
      }
      const key = ctx.renameKey ? ctx.renameKey(pointer, written) : written;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        ctx.diags.error(
          'Attribute set twice',
          `"${written}" and "${earlier}" both set ${key}; give it once.`,
          [...ctx.path, ...splitPointer(pointer), key],
          where,
          'duplicate-attribute',
        );
        continue;
      }
      seen.set(key, written);
      const child = `${pointer}/${escapePointer(key)}`;
      ctx.sources[child] = where;
      const childSchema = propertySchema(s, key);
      const outer = ctx.secretScope;
      ctx.secretScope = secretScopeOf(childSchema, outer);
      out[key] = convertNode(pair.value, childSchema, child, depth + 1, ctx);
      ctx.secretScope = outer;
    }
    return out;
  }
  return null;
}

/** A string's value after `${env:}` / `${file:}` resolution; a value read from a reference is recorded as sensitive. */
function secretOrText(text: string, pointer: string, ctx: ConvertContext): string | null {
  const scope = ctx.secretScope ?? 'none';
  if (scope === 'none' && !text.includes('${')) return text;
  const path = [...ctx.path, ...splitPointer(pointer)];
  const label = splitPointer(pointer).join('.') || String(ctx.path[0] ?? 'the value');
  const resolved = resolveSecretText(text, scope, { diags: ctx.diags, path, source: ctx.sources[pointer] ?? sourceAt(ctx.file, ctx.lines, undefined), root: dirname(ctx.file), label });
  if (resolved === undefined) return null;
  if (resolved.sensitive) (ctx.sensitive ??= []).push(pointer);
  return resolved.value;
}

function scalarValue(value: unknown, type: string | undefined, source: string | undefined, schema: SchemaLike | undefined): unknown {
  let v = value;
  if (wantsString(schema) && v !== null && typeof v !== 'string' && type === 'PLAIN' && source !== undefined) v = source;
  const ref = schema?.['x-reference'];
  if (ref && typeof v === 'string' && v !== '' && !v.startsWith(`${ref}.`)) v = `${ref}.${v}`;
  return v;
}

function wantsString(schema: SchemaLike | undefined): boolean {
  if (!schema) return false;
  if (schema.type === 'string') return true;
  if (Array.isArray(schema.type)) return schema.type.includes('string');
  return schema.type === undefined && Array.isArray(schema.enum) && schema.enum.every((x) => typeof x === 'string');
}

function propertySchema(schema: SchemaLike | undefined, key: string): SchemaLike | undefined {
  if (!schema) return undefined;
  if (schema.properties && Object.hasOwn(schema.properties, key)) return schema.properties[key];
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

function resolveRef(schema: SchemaLike | undefined, root: SchemaLike | undefined): SchemaLike | undefined {
  const ref = schema?.$ref;
  if (!ref) return schema;
  const m = /^#\/definitions\/([A-Za-z0-9_]+)$/.exec(ref);
  return m && root?.definitions ? root.definitions[m[1]] : undefined;
}

function keyText(key: Node | null): string | undefined {
  if (key === null) return '';
  if (!isScalar(key)) return undefined;
  if (typeof key.value === 'string') return key.value;
  return key.source ?? String(key.value);
}

/** Counts nodes (alias expansions included) so a small file cannot make the walk explode. */
function spend(ctx: ConvertContext, node: unknown): boolean {
  if (++ctx.budget.nodes <= MAX_NODES) return true;
  reportOnce(ctx, 'File too complex', `A file may contain at most ${MAX_NODES} values (counting alias expansions).`, node, 'node-limit');
  return false;
}

function reportOnce(ctx: ConvertContext, summary: string, detail: string, node: unknown, code: string): void {
  if (ctx.budget.reported) return;
  ctx.budget.reported = true;
  ctx.diags.error(summary, detail, [...ctx.path], sourceAt(ctx.file, ctx.lines, (node as Node | null)?.range?.[0]), code);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
