#!/usr/bin/env node
'use strict';
// Runs every test/**/*.test.ts with node's built-in test runner (TypeScript loaded through tsx).
// Node 20's --test only discovers .js files in directories, so the files are listed here explicitly.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const filter = process.argv.slice(2);
function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'fixtures' || entry.name === 'golden' || entry.name === 'node_modules') continue;
      walk(p, out);
    } else if (entry.name.endsWith('.test.ts')) out.push(path.relative(root, p));
  }
  return out;
}
let files = walk(path.join(root, 'test'), []).sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
const concurrency = process.env.APPLEMDM_TEST_CONCURRENCY || '2';
const res = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  // CI describes the job running the suite, not the user a test plays: applemdm refuses its embedded default when CI
  // is set (no server named), so tests that mean a CI job set CI themselves.
  { cwd: root, stdio: 'inherit', env: { ...withoutCi(process.env), CHECKPOINT_DISABLE: '1', FORCE_COLOR: '0' } },
);
process.exit(res.status === null ? 1 : res.status);

function withoutCi(env) {
  const copy = { ...env };
  delete copy.CI;
  return copy;
}
