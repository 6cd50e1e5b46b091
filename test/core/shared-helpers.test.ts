import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mapWithConcurrency } from '../../provider/core/concurrency';
import { isRecord, setAt } from '../../provider/core/records';
import { sha256Hex } from '../../provider/core/sha256';

test('isRecord: dictionaries only', () => {
  const table: [unknown, boolean][] = [[{}, true], [{ a: 1 }, true], [Object.create(null), true], [[], false], [null, false], [undefined, false], ['x', false], [1, false]];
  for (const [value, expected] of table) assert.equal(isRecord(value), expected, JSON.stringify(value));
});

test('setAt creates missing dictionaries and replaces a non-dictionary on the way', () => {
  const obj: Record<string, unknown> = { a: 5 };
  setAt(obj, ['a', 'b', 'c'], true);
  setAt(obj, ['d'], 1);
  assert.deepEqual(obj, { a: { b: { c: true } }, d: 1 });
});

test('sha256Hex hashes strings and bytes alike', () => {
  const empty = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
  assert.equal(sha256Hex(''), empty);
  assert.equal(sha256Hex(Buffer.alloc(0)), empty);
  assert.equal(sha256Hex(new Uint8Array([97])), sha256Hex('a'));
});

test('mapWithConcurrency keeps order, bounds calls in flight and stops taking work after a failure', async () => {
  let inFlight = 0;
  let most = 0;
  const out = await mapWithConcurrency([1, 2, 3, 4, 5, 6], 2, async (n) => {
    most = Math.max(most, ++inFlight);
    await new Promise((r) => setImmediate(r));
    inFlight--;
    return n * 10;
  });
  assert.deepEqual(out, [10, 20, 30, 40, 50, 60]);
  assert.equal(most, 2);
  const started: number[] = [];
  await assert.rejects(
    mapWithConcurrency([1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 2) throw new Error('boom');
    }),
    /boom/,
  );
  assert.deepEqual(started, [1, 2]);
});

test('the shared helpers are defined once, in provider/core', () => {
  const names = /\bfunction (isRecord|isObject|isPlainObject|sha256Hex|setAt|runBounded|mapWithConcurrency)\b/;
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.ts') && names.test(fs.readFileSync(full, 'utf8'))) found.push(path.relative(path.join(__dirname, '..', '..'), full));
    }
  };
  visit(path.join(__dirname, '..', '..', 'provider'));
  assert.deepEqual(found.sort(), ['provider/core/concurrency.ts', 'provider/core/records.ts', 'provider/core/sha256.ts']);
});
