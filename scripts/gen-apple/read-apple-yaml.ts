import * as fs from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';

const VERSION_FIELDS = new Set(['introduced', 'deprecated', 'removed']);

/**
 * Reads one of Apple's schema YAML files as plain data. Aliases are resolved (an alias to an ancestor yields a
 * cyclic object, which the schema builder cuts). Version fields, and defaults / rangelists of `<string>` keys,
 * keep their source text: YAML would read an unquoted `10.10` as the number 10.1.
 */
export function readAppleYaml(file: string): unknown {
  return parseAppleYaml(fs.readFileSync(file, 'utf8'), file);
}

export function parseAppleYaml(text: string, label: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${label}: ${doc.errors[0].message}`);
  visit(doc, {
    Pair(_key, pair) {
      const name = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof name === 'string' && VERSION_FIELDS.has(name) && isScalar(pair.value)) keepSourceText(pair.value);
    },
    Map(_key, map) {
      if (map.get('type') !== '<string>') return;
      const def = map.get('default', true);
      if (isScalar(def)) keepSourceText(def);
      const list = map.get('rangelist', true);
      if (isSeq(list)) for (const item of list.items) if (isScalar(item)) keepSourceText(item);
    },
  });
  if (!isMap(doc.contents)) throw new Error(`${label}: expected a mapping at the top level`);
  return doc.toJS({ maxAliasCount: 10000 });
}

function keepSourceText(node: Scalar): void {
  if (typeof node.value === 'number') node.value = node.source ?? String(node.value);
}
