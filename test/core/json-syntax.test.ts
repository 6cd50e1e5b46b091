import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson } from '../../provider/core/json-syntax';
import { parseGdmfCatalog } from '../../provider/apple/gdmf/parse-catalog';
import { parseSynthesizedStack } from '../../provider/frontends/cdktf';

/** JSON.parse's own messages quote the text ("Unexpected token 'r', "root:x:0:0"..."); these never do. */
const CASES: [string, string, number, number][] = [
  ['passwd', 'root:x:0:0:root:/root:/bin/bash\n', 1, 1],
  ['an environment', 'SECRET_TOKEN=abc\u0000PATH=/usr/bin', 1, 1],
  ['a truncated object', '{"a": [1, 2', 1, 12],
  ['a bad second line', '{\n  "secret": 1,\n  oops\n}', 3, 3],
];

test('JSON syntax errors carry a position, never the text', () => {
  for (const [what, text, line, col] of CASES) {
    const r = parseJson(text);
    assert.ok(!r.ok, what);
    assert.deepEqual([r.line, r.col], [line, col], what);
    for (const word of ['root', 'SECRET', 'secret', 'oops']) assert.ok(!r.problem.includes(word), `${what}: ${r.problem}`);
  }
  assert.deepEqual(parseJson('{"a":1}'), { ok: true, value: { a: 1 } });
});

test('the catalog and synthesized-stack readers report invalid JSON by position only', () => {
  for (const [what, text] of CASES) {
    const catalog = JSON.stringify(parseGdmfCatalog(text, 'pmv.json').diagnostics.toArray());
    const stack = JSON.stringify(parseSynthesizedStack(text, 'cdk.tf.json', '/tmp').diagnostics.toArray());
    for (const out of [catalog, stack]) {
      assert.match(out, /line \d+, column \d+|ends before/, what);
      assert.doesNotMatch(out, /root:x|SECRET|"secret|oops/, `${what}: ${out}`);
    }
  }
});
