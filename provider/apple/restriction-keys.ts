import * as fs from 'node:fs';
import * as path from 'node:path';
import { schemasDir } from '../core/paths';

/**
 * Attribute path → com.apple.applicationaccess key, read from the resource schema's `x-apple-key` annotations
 * (schemas/resources/applemdm_restrictions.json), never from a hand-kept table. Paths are attribute names joined
 * with "." ("allow_screen_shot", "icloud.backup").
 */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  'x-apple-key'?: string;
}

let cached: Map<string, string> | undefined;

export function restrictionKeyMap(): Map<string, string> {
  if (cached) return cached;
  const file = path.join(schemasDir(), 'resources', 'applemdm_restrictions.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as SchemaNode;
  const map = new Map<string, string>();
  const walk = (node: SchemaNode, prefix: string[]): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const p = [...prefix, name];
      if (child['x-apple-key']) map.set(p.join('.'), child['x-apple-key']);
      else if (child.properties) walk(child, p);
    }
  };
  walk(schema, []);
  if (map.size === 0) throw new Error(`applemdm bug: ${file} maps no attribute to an Apple key`);
  cached = map;
  return map;
}
