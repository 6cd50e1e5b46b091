import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffValues } from '../../provider/engine/value-diff';

const cases: { name: string; before: unknown; after: unknown; defaults?: Record<string, unknown>; ignore?: string[]; expect: unknown[] }[] = [
  { name: 'equal dictionaries in different key order', before: { a: 1, b: { c: true, d: 'x' } }, after: { b: { d: 'x', c: true }, a: 1 }, expect: [] },
  { name: 'one nested key changed', before: { a: 1, b: { c: true } }, after: { a: 1, b: { c: false } }, expect: [{ path: 'b.c', before: true, after: false }] },
  { name: 'key added', before: { a: 1 }, after: { a: 1, z: 'new' }, expect: [{ path: 'z', after: 'new' }] },
  { name: 'key removed', before: { a: 1, z: 'old' }, after: { a: 1 }, expect: [{ path: 'z', before: 'old' }] },
  { name: 'absent equals documented default', before: { IncludeInBackup: true }, after: {}, defaults: { IncludeInBackup: true }, expect: [] },
  { name: 'absent differs from explicit non-default', before: { IncludeInBackup: false }, after: {}, defaults: { IncludeInBackup: true }, expect: [{ path: 'IncludeInBackup', before: false }] },
  { name: 'arrays are atomic and ordered', before: { l: [1, 2] }, after: { l: [2, 1] }, expect: [{ path: 'l', before: [1, 2], after: [2, 1] }] },
  { name: 'string vs number is a change', before: { n: '1' }, after: { n: 1 }, expect: [{ path: 'n', before: '1', after: 1 }] },
  { name: 'plist Date vs ISO string are equal', before: { d: new Date('2024-01-02T03:04:05Z') }, after: { d: '2024-01-02T03:04:05.000Z' }, expect: [] },
  { name: 'Buffer vs Buffer compared by bytes', before: { b: Buffer.from('ab') }, after: { b: Buffer.from('ab') }, expect: [] },
  { name: 'ignored derived path', before: { ProfileURL: 'u?sha256=1' }, after: { ProfileURL: 'u?sha256=2' }, ignore: ['ProfileURL'], expect: [] },
  { name: 'null is absent', before: { a: null }, after: {}, expect: [] },
  { name: 'whole dictionary added is reported per key', before: {}, after: { d: { x: 1, y: 2 } }, expect: [{ path: 'd.x', after: 1 }, { path: 'd.y', after: 2 }] },
];

for (const c of cases) {
  test(`diffValues: ${c.name}`, () => {
    assert.deepEqual(diffValues(c.before, c.after, { defaults: c.defaults, ignore: c.ignore ? new Set(c.ignore) : undefined }), c.expect);
  });
}

test('diffValues: unordered arrays compare as sets', () => {
  const opts = { unordered: new Set(['StandardConfigurations']) };
  assert.deepEqual(diffValues({ StandardConfigurations: ['b', 'a'] }, { StandardConfigurations: ['a', 'b'] }, opts), []);
  assert.deepEqual(diffValues({ StandardConfigurations: ['a'] }, { StandardConfigurations: ['a', 'b'] }, opts), [
    { path: 'StandardConfigurations', before: ['a'], after: ['a', 'b'] },
  ]);
});
