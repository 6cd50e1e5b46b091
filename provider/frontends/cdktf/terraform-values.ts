import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import type { ResourceSchemaNode } from '../../resources/schema-types';
import { parseTerraformString } from './terraform-string';

/** Deepest nesting read from a synthesized file; real stacks stay below 10 (the YAML front end uses the same bound). */
export const MAX_VALUE_DEPTH = 64;

export interface ValueContext {
  diags: Diagnostics;
  /** Diagnostic path of the value, starting with the resource address. */
  path: (string | number)[];
  source: SourceRef;
}

/**
 * Maps one attribute value from its Terraform form back to the document form, guided by the resource schema:
 * nested blocks (a list of at most one object, or the object itself) become objects, JSON-encoded attributes
 * (x-terraform encoding json) are parsed, `${applemdm_x.y.id}` becomes the address "applemdm_x.y" where the schema
 * declares a reference, and null means "not set". Anything the schema does not know is copied as is, so structural
 * validation reports it the same way as for YAML. Returns undefined for "not set" and for values it reported.
 */
export function fromTerraformValue(value: unknown, node: ResourceSchemaNode | undefined, ctx: ValueContext, depth = 0): unknown {
  if (depth > MAX_VALUE_DEPTH) {
    ctx.diags.error('Nesting too deep', `${label(ctx)} is nested more than ${MAX_VALUE_DEPTH} levels deep.`, ctx.path, ctx.source, 'too-deep');
    return undefined;
  }
  if (value === null || value === undefined) return undefined;
  if (node?.['x-terraform']?.encoding === 'json') return fromJsonString(value, ctx);
  if (node?.type === 'object' && node.properties && Array.isArray(value)) return fromBlockList(value, node, ctx, depth);
  if (typeof value === 'string') return fromString(value, node, ctx);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const converted = fromTerraformValue(item, node?.items, { ...ctx, path: [...ctx.path, i] }, depth + 1);
      if (converted !== undefined) out.push(converted);
    });
    return out;
  }
  if (typeof value === 'object') {
    const entries: [string, unknown][] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const child = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
      const converted = fromTerraformValue(v, child, { ...ctx, path: [...ctx.path, key] }, depth + 1);
      if (converted !== undefined) entries.push([key, converted]);
    }
    // fromEntries defines own data properties: a "__proto__" key stays a key, for validation to reject.
    return Object.fromEntries(entries);
  }
  return value;
}

/** Terraform JSON writes a block as an object or as a list of objects; applemdm blocks hold at most one. */
function fromBlockList(list: unknown[], node: ResourceSchemaNode, ctx: ValueContext, depth: number): unknown {
  if (list.length === 0) return undefined;
  if (list.length > 1) {
    ctx.diags.error('Too many blocks', `${label(ctx)} is given ${list.length} times; it is a single block.`, ctx.path, ctx.source, 'block-count');
    return undefined;
  }
  return fromTerraformValue(list[0], node, ctx, depth + 1);
}

function fromString(text: string, node: ResourceSchemaNode | undefined, ctx: ValueContext): unknown {
  const parsed = parseTerraformString(text);
  switch (parsed.kind) {
    case 'literal':
      return parsed.value;
    case 'reference':
      if (node?.['x-reference']) return parsed.address;
      ctx.diags.error(
        'Reference not allowed here',
        `${label(ctx)} refers to ${parsed.address}, but it is not a reference to another resource; write the value itself.`,
        ctx.path,
        ctx.source,
        'unsupported-reference',
      );
      return undefined;
    case 'expression':
      ctx.diags.error(
        'Unsupported Terraform expression',
        `${label(ctx)} is the expression ${quote(parsed.expression)}, which applemdm cannot evaluate. Use plain values ` +
          '(not variables, locals, data sources or Fn functions), and refer to other applemdm resources only by their id (e.g. app.id).',
        ctx.path,
        ctx.source,
        'unsupported-expression',
      );
      return undefined;
  }
}

/** A free-form dictionary (managed app configuration) travels through Terraform as a JSON string. */
function fromJsonString(value: unknown, ctx: ValueContext): unknown {
  if (typeof value !== 'string') return value; // already structured (hand-written file): validation checks it
  const literal = fromString(value, undefined, ctx);
  if (typeof literal !== 'string') return undefined;
  try {
    return JSON.parse(literal) as unknown;
  } catch (err) {
    ctx.diags.error(
      'Invalid JSON',
      `${label(ctx)} must be a JSON object (use appConfiguration({...}) or JSON.stringify); it does not parse: ${(err as Error).message}.`,
      ctx.path,
      ctx.source,
      'invalid-json',
    );
    return undefined;
  }
}

function label(ctx: ValueContext): string {
  return ctx.path.length > 1 ? ctx.path.slice(1).join('.') : String(ctx.path[0] ?? 'The value');
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
}
