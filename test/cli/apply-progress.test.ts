import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplyEvent } from '../../provider/engine/apply';
import { ApplyProgress } from '../../provider/cli/apply-progress';

const EVENTS: ApplyEvent[] = [
  { kind: 'start', address: 'applemdm_device_group.sales', operations: 2 },
  { kind: 'start', address: 'applemdm_restrictions.baseline', operations: 3 },
  { kind: 'start', address: 'applemdm_app_assignment.slack_sales', operations: 2 },
  { kind: 'done', address: 'applemdm_device_group.sales' },
  { kind: 'failed', address: 'applemdm_restrictions.baseline', error: 'PUT /v1/assets/x: 503' },
  { kind: 'done', address: 'applemdm_app_assignment.slack_sales' },
];

function run(isTTY: boolean): string {
  const chunks: string[] = [];
  const progress = new ApplyProgress({ isTTY, write: (c) => (chunks.push(c), true) });
  for (const e of EVENTS) progress.onEvent(e);
  progress.finish();
  return chunks.join('');
}

test('without a terminal: exactly one plain line per finished resource, nothing else (scripts parse this)', () => {
  assert.equal(
    run(false),
    'applemdm_device_group.sales: done\n' +
      'applemdm_restrictions.baseline: FAILED: PUT /v1/assets/x: 503\n' +
      'applemdm_app_assignment.slack_sales: done\n',
  );
});

test('on a terminal: the same lines, with a live counts line rewritten in place and cleared at the end', () => {
  const out = run(true);
  const CLEAR = '\r\u001b[2K';
  // What remains on screen once every \r-rewrite has been applied: the plain lines, and no live line.
  const screen = out.split('\n').map((line) => line.split(CLEAR).pop()).join('\n');
  assert.equal(screen, run(false));
  const live = [...out.matchAll(/\r\u001b\[2K(Applying: [^\r\n]*)/g)].map((m) => m[1]);
  assert.deepEqual(live, [
    'Applying: 0/1 resources finished, 0 done, 0 failed…',
    'Applying: 0/2 resources finished, 0 done, 0 failed…',
    'Applying: 0/3 resources finished, 0 done, 0 failed…',
    'Applying: 1/3 resources finished, 1 done, 0 failed…',
    'Applying: 2/3 resources finished, 1 done, 1 failed…',
    'Applying: 3/3 resources finished, 2 done, 1 failed…',
  ]);
  assert.ok(out.endsWith(CLEAR), 'the live line is cleared before the summary');
});
