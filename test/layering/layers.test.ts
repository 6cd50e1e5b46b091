import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { EXCEPTIONS, layerViolations, relativeImports } from './layers';

const PROVIDER = path.join(__dirname, '..', '..', 'provider');

test('every relative import under provider/ stays within the layer table (DESIGN.md "Layout and layering")', () => {
  const { violations, unknown } = layerViolations(PROVIDER);
  assert.deepEqual(unknown, [], 'files in a folder the table does not name');
  assert.deepEqual(violations.map((v) => `${v.from} (${v.fromLayer}) imports ${v.specifier} (${v.toLayer})`), []);
});

test('every listed exception is still needed (the list only shrinks)', () => {
  const { used } = layerViolations(PROVIDER);
  assert.deepEqual(Object.keys(EXCEPTIONS).filter((k) => !used.has(k)), []);
});

test('a deliberate violation in the fixture is found: a backend importing the engine', () => {
  const { violations } = layerViolations(path.join(__dirname, 'fixture', 'provider'));
  assert.deepEqual(violations.map((v) => [v.from, v.toLayer, v.specifier]), [['backends/contract.ts', 'engine', '../engine/planner']]);
});

test('the import reader sees every form of relative import, and no package import', () => {
  const source = [
    "import { a } from './a';",
    "import type { B } from '../b/b';",
    "export { c } from \"./c\";",
    "import './side-effect';",
    "const d = require('../d');",
    "const e = await import('./e');",
    "import { f } from 'node:fs';",
    "import g from 'yaml';",
  ].join('\n');
  assert.deepEqual(relativeImports(source), ['./a', '../b/b', './c', './side-effect', '../d', './e']);
});
