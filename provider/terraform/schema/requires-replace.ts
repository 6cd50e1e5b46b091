import * as fs from 'node:fs';
import * as path from 'node:path';
import { ValuePath } from '../cty/wire-path';

/**
 * Which attribute paths force replacement, per resource type, read from the `x-requiresReplace` annotations of
 * schemas/resources/*.json (the `providers schema -json` document has no place for them). Paths go through nested
 * objects (blocks); an annotation inside an array's items marks the whole array.
 */
export function requiresReplaceFromResourceSchemas(dir: string): Record<string, ValuePath[]> {
  const out: Record<string, ValuePath[]> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const schema = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as JsonSchemaNode;
    const type = typeof schema.title === 'string' ? schema.title : path.basename(file, '.json');
    out[type] = requiresReplacePaths(schema);
  }
  return out;
}

interface JsonSchemaNode {
  title?: unknown;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  'x-requiresReplace'?: unknown;
}

export function requiresReplacePaths(schema: JsonSchemaNode, prefix: ValuePath = []): ValuePath[] {
  const out: ValuePath[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const here = [...prefix, name];
    if (property['x-requiresReplace'] === true || (property.items && mentionsRequiresReplace(property.items))) {
      out.push(here);
      continue;
    }
    out.push(...requiresReplacePaths(property, here));
  }
  return out;
}

function mentionsRequiresReplace(node: JsonSchemaNode): boolean {
  if (node['x-requiresReplace'] === true) return true;
  if (node.items && mentionsRequiresReplace(node.items)) return true;
  return Object.values(node.properties ?? {}).some(mentionsRequiresReplace);
}
