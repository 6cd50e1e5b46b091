import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson } from '../../provider/core/canonical-json';

test('canonical JSON sorts keys at every depth and drops undefined', () => {
  assert.equal(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } }), '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
});

test('canonical JSON keeps a "__proto__" key as data', () => {
  const parsed = JSON.parse('{"b":1,"__proto__":{"polluted":true}}') as Record<string, unknown>;
  assert.equal(canonicalJson(parsed), '{"__proto__":{"polluted":true},"b":1}');
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
