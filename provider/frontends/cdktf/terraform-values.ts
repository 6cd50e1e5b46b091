import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import type { ResourceSchemaNode } from '../../resources/schema-types';
import { pointerOfPath, secretScopeOf, type SecretScope } from '../secret-scope';
import { parseTerraformString } from './terraform-string';
import { resolveVariable, VARIABLE_REFERENCE, type TerraformVariableDecl } from './variables';

/** Deepest nesting read from a synthesized file; real stacks stay below 10 (the YAML front end uses the same bound). */
export const MAX_VALUE_DEPTH = 64;

export interface ValueContext {
  diags: Diagnostics;
  /** Diagnostic path of the value, starting with the resource address. */
  path: (string | number)[];
  source: SourceRef;
  /**
   * Reading a synthesized file (not values Terraform evaluated): `${var.NAME}` is read where the schema expects
   * secrets, recorded in `sensitive` (JSON pointers), and a literal where every value is a secret is refused.
   */
  secrets?: { variables: Map<string, TerraformVariableDecl>; sensitive: string[]; scope?: SecretScope };
}

/** The context one level down: its path, and the secret scope of the child's schema. */
function child(ctx: ValueContext, key: string | number, node: ResourceSchemaNode | undefined): ValueContext {
  const next: ValueContext = { ...ctx, path: [...ctx.path, key] };
  if (ctx.secrets) next.secrets = { ...ctx.secrets, scope: secretScopeOf(node, ctx.secrets.scope) };
  return next;
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
  if (ctx.secrets && ctx.secrets.scope === undefined) ctx = { ...ctx, secrets: { ...ctx.secrets, scope: secretScopeOf(node, 'none') } };
  if (node?.['x-terraform']?.encoding === 'json') return fromJsonString(value, ctx);
  if (node?.type === 'object' && node.properties && Array.isArray(value)) return fromBlockList(value, node, ctx, depth);
  if (typeof value === 'string') return fromString(value, node, ctx);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      const converted = fromTerraformValue(item, node?.items, child(ctx, i, node?.items), depth + 1);
      if (converted !== undefined) out.push(converted);
    });
    return out;
  }
  if (typeof value === 'object') {
    const entries: [string, unknown][] = [];
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const schema = node?.properties && Object.hasOwn(node.properties, key) ? node.properties[key] : undefined;
      const converted = fromTerraformValue(v, schema, child(ctx, key, schema), depth + 1);
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
  const scope = ctx.secrets?.scope ?? 'none';
  if (ctx.secrets && scope !== 'none') {
    const variable = parsed.kind === 'expression' ? VARIABLE_REFERENCE.exec(parsed.expression) : null;
    if (variable) {
      const value = resolveVariable(variable[1], ctx.secrets.variables, { diags: ctx.diags, path: ctx.path, source: ctx.source, label: label(ctx) });
      if (value !== undefined) ctx.secrets.sensitive.push(pointerOfPath(ctx.path));
      return value;
    }
    if (parsed.kind === 'literal' && scope === 'sensitive') {
      ctx.diags.error(
        'Secret written in the configuration',
        `${label(ctx)} holds a secret, so its value must come from a sensitive TerraformVariable (\${var.NAME}): a value written here is in the synthesized file and in Git.`,
        ctx.path,
        ctx.source,
        'literal-secret',
      );
      return undefined;
    }
  }
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
          '(not locals, data sources or Fn functions; variables only for secrets, in an app\'s configuration values and settings.secrets), and refer to other applemdm resources only by their id (e.g. app.id).',
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
  const leaves = ctx.secrets ? fromJsonLeaves(value, ctx) : undefined;
  if (leaves !== undefined) return leaves;
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

/**
 * A synthesized JSON string whose string values may each be a `${var.NAME}` (a TerraformVariable inside
 * appConfiguration({...})): parsed first, then every string read as a Terraform string of its own. Undefined when the
 * text is not JSON as it stands (the whole-string path reports it).
 */
function fromJsonLeaves(text: string, ctx: ValueContext): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const walk = (v: unknown, at: ValueContext, depth: number): unknown => {
    if (depth > MAX_VALUE_DEPTH) return undefined; // the whole-string path would not get here either; validation reports depth
    if (typeof v === 'string') return fromString(v, undefined, at);
    if (Array.isArray(v)) return v.map((x, i) => walk(x, { ...at, path: [...at.path, i] }, depth + 1));
    if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v as Record<string, unknown>).map(([k, x]) => {
        const key = k.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
        return [key, walk(x, { ...at, path: [...at.path, key] }, depth + 1)] as [string, unknown];
      });
      return Object.fromEntries(entries);
    }
    return v;
  };
  return walk(parsed, ctx, 0);
}

function label(ctx: ValueContext): string {
  return ctx.path.length > 1 ? ctx.path.slice(1).join('.') : String(ctx.path[0] ?? 'The value');
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 117)}...` : text);
}
