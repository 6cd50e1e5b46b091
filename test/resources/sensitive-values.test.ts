import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSensitivePointer } from '../../provider/resources/sensitive-pointers';
import { validateDocument } from '../../provider/resources/validate';
import { GROUPS, makeDoc, scope, withCode } from './_document';

const CANARY = 'canary-validation-8d6f4b2a0c1e3957';
const APP: [ 'applemdm_app', string, Record<string, unknown>] = ['applemdm_app', 'tool', { bundle_id: 'com.example.tool', adam_id: '618783545', license: 'device', platforms: ['iOS'] }];

function assignment(settings: Record<string, unknown>) {
  return makeDoc([...GROUPS, APP, ['applemdm_app_assignment', 'tool_sup', { app: 'applemdm_app.tool', intent: 'required', scope: scope('sup'), settings }]]);
}

test('a schema error on a secret describes it without quoting it (values arrive typed from Terraform)', () => {
  const diags = [...validateDocument(assignment({ secrets: { Password: [CANARY] } }))];
  const typed = withCode(diags, 'type');
  assert.equal(typed.length, 1, JSON.stringify(diags));
  assert.match(typed[0].detail, /settings\.secrets\.Password is a secret \(not shown\); expected a string/);
  for (const d of diags) assert.ok(!JSON.stringify(d).includes(CANARY));
});

test('a key in both configuration and secrets is an error at the secret', () => {
  const diags = withCode(validateDocument(assignment({ configuration: { Token: 'x' }, secrets: { Token: CANARY } })), 'secret-key-twice');
  assert.deepEqual(diags.map((d) => d.path), [['applemdm_app_assignment.tool_sup', 'settings', 'secrets', 'Token']]);
});

test('isSensitivePointer: under an x-sensitive attribute or a pointer the front end recorded, nothing else', () => {
  const r = { ...assignment({}).resources.find((x) => x.type === 'applemdm_app_assignment')!, sensitive: ['/settings/configuration/Token'] };
  const cases: [string, boolean][] = [
    ['/settings/secrets', true],
    ['/settings/secrets/Password', true],
    ['/settings/configuration/Token', true],
    ['/settings/configuration/Token/0', true],
    ['/settings/configuration/TokenHint', false],
    ['/settings/configuration', false],
    ['/settings/removable', false],
    ['/app', false],
  ];
  for (const [pointer, expected] of cases) assert.equal(isSensitivePointer(r, pointer), expected, pointer);
});
