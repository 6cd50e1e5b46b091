import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { toPlistXml } from '../../provider/apple/plist-xml';
import { diffObjects } from '../../provider/engine/diff-objects';
import { summarize, type DdmOperation, type Plan } from '../../provider/engine/plan';
import { redactKeyDiffs } from '../../provider/engine/redact-key-diffs';
import { renderJson } from '../../provider/engine/render/json';
import { renderMarkdown } from '../../provider/engine/render/markdown';
import { renderText } from '../../provider/engine/render/text';
import type { ActualObjects, DesiredObjects } from '../../provider/engine/server-objects';
import { sha256Hex } from '../../provider/core/sha256';

/**
 * An object holding a secret (sensitivePaths from the compiler, carried as DesiredObjects.sensitive) through the diff,
 * the three renderers, the saved plan and its restore. No backend delivers one today (app configuration needs the
 * command channel), so the objects are made here; what they pass through is the real engine.
 */
const CANARY = 'canary-plansecret-3f9a1c7e5b2d4086';
const OLD = 'canary-oldsecret-9e8d7c6b5a4f3210';
const PREFIX = 'com.example.mdm.demo';
const ID = `${PREFIX}.app-assignment.tool`;
const ASSET = `${PREFIX}.restrictions.wifi.mobileconfig`;

function profile(secret: string): Buffer {
  return toPlistXml({ PayloadType: 'Configuration', PayloadContent: [{ PayloadType: 'com.apple.wifi.managed', SSID_STR: 'corp', Password: secret }] });
}

function desired(secret: string): DesiredObjects {
  const bytes = profile(secret);
  return {
    declarations: new Map([[ID, { declaration: { Type: 'com.example.secret', Identifier: ID, Payload: { Name: 'tool', Config: { Token: secret, Mode: 'on' } } }, address: 'applemdm_app_assignment.tool' }]]),
    assets: new Map([[ASSET, { name: ASSET, bytes, contentType: 'application/x-apple-aspen-config', sha256: sha256Hex(bytes), address: 'applemdm_restrictions.wifi' }]]),
    sets: new Map(),
    setAddress: new Map(),
    enrollmentSets: new Map(),
    sensitive: new Map([
      [`declaration:${ID}`, ['/Config/Token']],
      [`asset:${ASSET}`, ['/PayloadContent/0/Password']],
    ]),
  };
}

function actual(withOld: boolean): ActualObjects {
  const bytes = profile(OLD);
  return {
    declarations: withOld ? new Map([[ID, { Type: 'com.example.secret', Identifier: ID, Payload: { Name: 'old', Config: { Token: OLD, Mode: 'on' } }, ServerToken: 't1' }]]) : new Map(),
    assets: withOld ? new Map([[ASSET, { sha256: sha256Hex(bytes), size: bytes.length }]]) : new Map(),
    sets: new Map(),
    enrollmentSets: new Map(),
  };
}

async function planFor(withOld: boolean): Promise<Plan> {
  const diff = await diffObjects({
    desired: desired(CANARY),
    actual: actual(withOld),
    stackPrefix: PREFIX,
    configured: new Set(['applemdm_app_assignment.tool', 'applemdm_restrictions.wifi']),
    managedMembership: new Set(),
    prune: false,
    diffOptionsFor: () => ({}),
    currentAsset: async () => (withOld ? profile(OLD) : undefined),
  });
  return {
    formatVersion: 1,
    stack: 'demo',
    identifierPrefix: 'com.example.mdm',
    backend: { kind: 'embedded', url: 'http://127.0.0.1:1' },
    configurationHash: 'a'.repeat(64),
    fingerprints: {},
    prune: false,
    changes: diff.changes,
    operations: diff.operations,
    notifySets: diff.notifySets,
    summary: summarize(diff.changes),
    warnings: diff.warnings,
  };
}

function assertClean(label: string, text: string): void {
  for (const s of [CANARY, OLD, Buffer.from(CANARY).toString('base64')]) assert.ok(!text.includes(s), `${label} contains a secret`);
}

for (const withOld of [false, true]) {
  test(`${withOld ? 'update' : 'create'}: the secret's key diffs are sensitive, the others shown; no renderer prints it`, async () => {
    const plan = await planFor(withOld);
    const tool = plan.changes.find((c) => c.address === 'applemdm_app_assignment.tool')!;
    const token = tool.keyDiffs.find((k) => k.path === 'Config.Token')!;
    assert.deepEqual(token, { path: 'Config.Token', object: 'declaration com.example.secret', sensitive: true });
    assert.ok(tool.keyDiffs.some((k) => k.path === 'Name' && k.after === 'tool' && !k.sensitive), 'other keys keep their values');
    const wifi = plan.changes.find((c) => c.address === 'applemdm_restrictions.wifi')!;
    assert.ok(wifi.keyDiffs.length > 0 && wifi.keyDiffs.every((k) => k.sensitive && !('after' in k) && !('before' in k)));
    const ops = plan.operations as DdmOperation[];
    assert.ok(ops.every((o) => (o.op === 'put-asset' || o.op === 'put-declaration') && o.sensitive), 'both writes are marked');
    assertClean('text', renderText(plan, { color: false }));
    assertClean('markdown', renderMarkdown(plan));
    const json = renderJson(plan);
    assertClean('json', json);
    assert.match(renderText(plan, { color: false }), /Config\.Token: \(sensitive/);
    assert.match(renderMarkdown(plan), /`Config\.Token` \| \(sensitive\) \| \(sensitive\) \|/);
    const saved = JSON.parse(json) as Plan;
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schemas', 'plan.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    assert.ok(validate(saved), JSON.stringify(validate.errors));
    // The in-memory plan, which apply executes in the same run, still holds the values.
    assert.ok(JSON.stringify(plan.operations).includes(CANARY));
  });
}

test('redactKeyDiffs: at, inside and around a secret path; neighbours and look-alike prefixes stay', () => {
  const diffs = [
    { path: 'Config.Token', object: 'o', after: 1 },
    { path: 'Config.Token.Inner', object: 'o', after: 2 },
    { path: 'Config', object: 'o', after: { Token: 3 } },
    { path: 'Config.TokenHint', object: 'o', after: 4 },
    { path: 'Other', object: 'o', before: 5, after: 6 },
  ];
  const out = redactKeyDiffs(diffs, ['/Config/Token']);
  assert.deepEqual(
    out.map((d) => [d.path, d.sensitive === true, 'after' in d]),
    [
      ['Config.Token', true, false],
      ['Config.Token.Inner', true, false],
      ['Config', true, false],
      ['Config.TokenHint', false, true],
      ['Other', false, true],
    ],
  );
  assert.ok(redactKeyDiffs(diffs, ['']).every((d) => d.sensitive), '"" is the whole object');
  assert.equal(redactKeyDiffs([{ path: 'a/b.c', object: 'o', after: 1 }], ['/a~1b/c'])[0].sensitive, true, 'pointer escapes are decoded');
});
