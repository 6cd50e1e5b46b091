import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { Plan, ResourceChange, summarize } from '../../provider/engine/plan';
import { renderText } from '../../provider/engine/render/text';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../provider/engine/render/markdown';
import { renderJson } from '../../provider/engine/render/json';

function planOf(changes: ResourceChange[], ops = changes.filter((c) => c.action !== 'noop').length): Plan {
  return {
    formatVersion: 1,
    stack: 'demo',
    identifierPrefix: 'com.example.mdm',
    backend: { kind: 'embedded', url: 'http://127.0.0.1:1' },
    configurationHash: 'a'.repeat(64),
    fingerprints: { 'declaration:x': 'abc', 'declaration:y': null },
    prune: false,
    changes,
    operations: Array.from({ length: ops }, (_, i) => ({ op: 'delete-declaration' as const, phase: 0, address: `a${i}`, identifier: `x${i}` })),
    notifySets: [],
    summary: summarize(changes),
    warnings: [],
  };
}

const oneKey: ResourceChange = {
  address: 'applemdm_restrictions.baseline',
  action: 'update',
  objects: ['asset:com.example.mdm.demo.restrictions.baseline.mobileconfig'],
  keyDiffs: [{ path: 'allowCloudBackup', object: 'profile com.apple.applicationaccess', before: true, after: false }],
  notes: [{ code: 'profile-reinstall', risk: 'high', text: 'The profile is reinstalled on 12 devices.' }],
  risk: 'high',
};

test('text renderer: no changes', () => {
  const out = renderText(planOf([], 0), { color: false });
  assert.match(out, /No changes\. The server matches the configuration\./);
  assert.doesNotMatch(out, /\u001b\[/);
});

test('text renderer: per-key update with glyphs and colour only when asked', () => {
  const plain = renderText(planOf([oneKey]), { color: false });
  assert.match(plain, /~ applemdm_restrictions\.baseline/);
  assert.match(plain, /~ allowCloudBackup: true → false/);
  assert.match(plain, /Plan: 0 to create, 1 to update, 0 to replace, 0 to delete\./);
  assert.match(renderText(planOf([oneKey]), { color: true }), /\u001b\[33m/);
});

test('text renderer masks sensitive values', () => {
  const c: ResourceChange = { ...oneKey, keyDiffs: [{ path: 'secret', object: 'x', sensitive: true }] };
  const out = renderText(planOf([c]), { color: false });
  assert.match(out, /secret: \(sensitive value changed\)/);
});

test('text and markdown renderers escape control and bidi characters from the server or the configuration', () => {
  const hostile: ResourceChange = {
    ...oneKey,
    address: 'applemdm_restrictions.base\u001b[2Jline',
    keyDiffs: [
      { path: 'extra.evil\u001b]0;x\u0007', object: 'x', before: 'Slack\u202Eexe.ppa', after: 'a\u007f\u009b' },
      { path: 'allow\rCamera', object: 'x', after: true },
    ],
    notes: [{ code: 'n', risk: 'high', text: 'note \u2066hidden\u2069' }],
  };
  const plan = { ...planOf([hostile]), warnings: [{ summary: 'warn\u0007', detail: 'one\ntwo\u001b', address: 'a\u202E' }] };
  for (const out of [renderText(plan, { color: false }), renderMarkdown(plan)]) {
    assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  }
  const text = renderText(plan, { color: false });
  assert.match(text, /~ extra\.evil\\u\{1b\}\]0;x\\u\{7\}: "Slack\\u202eexe\.ppa" → "a\\u007f\\u009b"/);
  assert.match(text, /\+ allow\\u\{d\}Camera = true/);
  assert.match(text, /Warning: warn\\u\{7\} \(a\\u\{202e\}\)\n  one\ntwo\\u\{1b\}/);
  // Colour codes are applemdm's own and stay.
  assert.match(renderText(plan, { color: true }), /\u001b\[33m  ~ applemdm_restrictions\.base\\u\{1b\}\[2Jline/);
});

test('markdown renderer: one key change renders as exactly one table row', () => {
  const md = renderMarkdown(planOf([oneKey]));
  const rows = md.split('\n').filter((l) => l.startsWith('| `'));
  assert.equal(rows.length, 1);
  assert.equal(rows[0], '| `allowCloudBackup` | `true` | `false` |');
  assert.match(md, /High risk \(1\)/);
});

test('markdown renderer stays under the comment limit for 5,000 resources and points to the artifact', () => {
  const many: ResourceChange[] = Array.from({ length: 5000 }, (_, i) => ({
    address: `applemdm_app_assignment.app_${i}`,
    action: 'create',
    objects: [`declaration:x${i}`],
    keyDiffs: Array.from({ length: 6 }, (_, k) => ({ path: `Key${k}`, object: 'declaration', after: `value-${i}-${k}` })),
    notes: [],
    risk: 'low',
  }));
  const md = renderMarkdown(planOf(many), { artifactHint: 'plan.json' });
  assert.ok(md.length <= MARKDOWN_LIMIT, `length ${md.length}`);
  assert.match(md, /\| 5000 \| 0 \| 0 \| 0 \| 0 \|/);
  assert.match(md, /omitted to fit the comment limit.*`plan\.json`/);
});

test('json renderer output validates against schemas/plan.schema.json and is canonical', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../schemas/plan.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const json = renderJson(planOf([oneKey]));
  const parsed = JSON.parse(json) as { changes: Record<string, unknown>[] } & Record<string, unknown>;
  assert.ok(validate(parsed), JSON.stringify(validate.errors));
  assert.equal(json, renderJson(JSON.parse(json)));
  const broken = { ...parsed, changes: [{ ...parsed.changes[0], action: 'explode' }] };
  assert.equal(validate(broken), false);
});

// Issue 13: adding an assignment to a group rendered two identical, cut-off copies of the list.
const configs = ['com.example.mdm.quickstart.app-assignment.slack-sales', 'com.example.mdm.quickstart.app-assignment.outlook-sales', 'com.example.mdm.quickstart.app-assignment.zoom-everyone'];
const listChange: ResourceChange = {
  ...oneKey,
  address: 'applemdm_device_group.sales_iphones',
  keyDiffs: [{ path: 'StandardConfigurations', object: 'set sales', before: configs, after: [...configs, 'com.example.mdm.quickstart.app-assignment.teams-sales'] }],
};

test('text and markdown renderers diff lists element by element, so an added entry is never hidden', () => {
  const text = renderText(planOf([listChange]), { color: false });
  assert.match(text, /~ StandardConfigurations:\n {10}\+ "com\.example\.mdm\.quickstart\.app-assignment\.teams-sales"\n/);
  assert.doesNotMatch(text, /slack-sales/, 'unchanged elements are not repeated');
  const md = renderMarkdown(planOf([listChange]));
  assert.match(md, /\| `StandardConfigurations` \| — \| \+ `"com\.example\.mdm\.quickstart\.app-assignment\.teams-sales"` \|/);
  const removed: ResourceChange = { ...listChange, keyDiffs: [{ ...listChange.keyDiffs[0]!, before: configs, after: configs.slice(1) }] };
  assert.match(renderText(planOf([removed]), { color: false }), /\n {10}- "com\.example\.mdm\.quickstart\.app-assignment\.slack-sales"\n/);
  assert.match(renderMarkdown(planOf([removed])), /\| − `"com\.example\.mdm\.quickstart\.app-assignment\.slack-sales"` \| — \|/);
});

test('text and markdown renderers shorten long values around the part that differs', () => {
  const base = `https://assets.example.com/${'a'.repeat(200)}/`;
  const url: ResourceChange = { ...oneKey, keyDiffs: [{ path: 'ProfileURL', object: 'x', before: `${base}old-123.mobileconfig`, after: `${base}new-456.mobileconfig` }] };
  const text = renderText(planOf([url]), { color: false });
  const line = text.split('\n').find((l) => l.includes('ProfileURL'))!;
  const [before, after] = line.split(': ')[1]!.split(' → ');
  assert.notEqual(before, after);
  assert.match(before!, /old-123/);
  assert.match(after!, /new-456/);
  assert.ok(line.length < 200, line);
  const md = renderMarkdown(planOf([url]));
  assert.match(md, /\| `ProfileURL` \| `[^|]*old-123[^|]*` \| `[^|]*new-456[^|]*` \|/);
  // Reordering alone still shows the whole lists (the order is the change).
  const reordered: ResourceChange = { ...listChange, keyDiffs: [{ ...listChange.keyDiffs[0]!, before: configs, after: [...configs].reverse() }] };
  assert.match(renderText(planOf([reordered]), { color: false }), /~ StandardConfigurations: \["com[^→]*→ \["com/);
});
