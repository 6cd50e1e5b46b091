import type { Diagnostic } from '../../core/diagnostics';
import type { ValuePath } from '../cty/wire-path';
import { providerAttributeName } from '../schema-emitter';
import type { BlockSchema, NestedBlockSchema } from '../schema/schema-document';

/**
 * Document paths → Terraform attribute paths. The document writes a nested block as an object (["scope", "groups",
 * 0]); Terraform has it as a list of at most one (["scope", 0, "groups", 0]), and names the provider's platform
 * settings in lower case. A path into a JSON-encoded attribute stops at the attribute, whose value is one string.
 */
export function terraformPath(path: ValuePath, block: BlockSchema): ValuePath {
  const out: ValuePath = [];
  let at: BlockSchema = block;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment !== 'string') return out;
    const name = providerAttributeName(segment);
    const nested: NestedBlockSchema | undefined = at.block_types?.[name];
    if (nested) {
      out.push(name);
      // Set elements have no address; single blocks need no index.
      if (nested.nesting_mode === 'set') return out;
      if (nested.nesting_mode === 'list') out.push(typeof path[i + 1] === 'number' ? (path[++i] as number) : 0);
      at = nested.block;
      continue;
    }
    if (!at.attributes?.[name]) return out;
    out.push(name);
    // Inside a plain attribute only list indexes remain meaningful (a JSON-encoded dictionary is one string).
    for (const rest of path.slice(i + 1)) {
      if (typeof rest !== 'number' || at.attributes[name].type === 'string') break;
      out.push(rest);
    }
    return out;
  }
  return out;
}

/**
 * A resource's diagnostics for Terraform: those about the resource itself keep their path, made relative and in
 * Terraform's form; those about another resource (its app, say) point at the resource as a whole, naming the other
 * one in the text.
 */
export function resourceDiagnostics(diagnostics: Iterable<Diagnostic>, address: string, block: BlockSchema): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const first = d.path[0];
    if (first === address) out.push({ ...d, path: terraformPath(d.path.slice(1), block) });
    else if (typeof first === 'string' && /^applemdm_[a-z_]+\.[a-z0-9_]+$/.test(first)) {
      out.push({ ...d, path: [], detail: `${d.detail} (${d.path.join('.')})` });
    } else out.push({ ...d, path: terraformPath(d.path, block) });
  }
  return out;
}
