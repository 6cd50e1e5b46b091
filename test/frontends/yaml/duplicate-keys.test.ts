import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { duplicateKeyOffsets } from '../../../provider/frontends/yaml/duplicate-keys';

const OPTIONS = { strict: true, version: '1.2' } as const;

/** The yaml package's own (quadratic) check: what duplicateKeyOffsets replaces, and must agree with. */
function parserDuplicates(text: string): number[] {
  return parseDocument(text, { ...OPTIONS, uniqueKeys: true })
    .errors.filter((e) => e.code === 'DUPLICATE_KEY')
    .map((e) => e.pos[0]);
}

const CASES: [string, string, number][] = [
  ['no duplicates', 'a: 1\nb: 2\nc: { d: 1, e: 2 }\n', 0],
  ['a block mapping', 'apps:\n  slack:\n    platforms: [iOS]\n    platforms: [macOS]\n', 1],
  ['a flow mapping', 'a: { x: 1, y: 2, x: 3 }\n', 1],
  ['top level, three times', 'apps: {}\ngroups: {}\napps: {}\napps: {}\n', 2],
  ['the same key in different mappings', 'a: { k: 1 }\nb: { k: 1 }\n', 0],
  ['quoted and plain spellings of one string', 'k: 1\n"k": 2\n\'k\': 3\n', 2],
  ['a number and the same text as a string', '1: a\n"1": b\n', 0],
  ['equal numbers written differently', '1: a\n0x1: b\n1.0: c\n', 2],
  ['booleans and nulls', 'true: a\ntrue: b\n~: c\nnull: d\n', 2],
  ['an empty key twice', ': a\n: b\n', 1],
  ['keys that are collections', '[a]: 1\n[a]: 2\n{ b: 1 }: 3\n', 0],
  ['inside a list of mappings', '- { a: 1, a: 2 }\n- { a: 1 }\n', 1],
  ['a merge key is an ordinary key in YAML 1.2', '<<: { a: 1 }\n<<: { b: 2 }\n', 1],
  ['an alias does not repeat its anchor\'s keys', 'base: &b { k: 1 }\nother: *b\n', 0],
  ['with anchors and tags on the keys', '&x k: 1\n!!str k: 2\n', 1],
];

test('reports the same duplicate keys, at the same offsets, as the parser\'s own check', () => {
  for (const [what, text, count] of CASES) {
    const found = duplicateKeyOffsets(parseDocument(text, { ...OPTIONS, uniqueKeys: false }));
    assert.equal(found.length, count, `${what}: ${JSON.stringify(found)}`);
    assert.deepEqual(found, parserDuplicates(text), what);
  }
});

test('a mapping with 100,000 keys and one duplicate at the end', () => {
  const lines = Array.from({ length: 100_000 }, (_, i) => `k${i}: 1`);
  lines.push('k7: 2');
  const text = `${lines.join('\n')}\n`;
  assert.deepEqual(duplicateKeyOffsets(parseDocument(text, { ...OPTIONS, uniqueKeys: false })), [text.lastIndexOf('k7: 2')]);
});
