import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '../../provider/resources/validate';
import { makeDoc, summary, withCode } from './_document';

const APP = { bundle_id: 'com.a.b', adam_id: '1', platforms: ['iOS'] };

test('computed id may not be set', () => {
  assert.deepEqual(summary(validateDocument(makeDoc([['applemdm_app', 'a', { ...APP, id: 'x' }]]))), ['error computed applemdm_app.a.id']);
});

test('unknown attributes are errors with a suggestion', () => {
  const diags = validateDocument(makeDoc([['applemdm_app', 'a', { ...APP, bundleid: 'x' }]]));
  assert.deepEqual(summary(diags), ['error unknown-key applemdm_app.a.bundleid']);
  assert.match([...diags][0].detail, /Did you mean "bundle_id"\?/);
});

test('semantic rules do not run on structurally invalid resources (no cascades)', () => {
  // No identity AND a wrong type: only the type error is reported.
  const diags = validateDocument(makeDoc([['applemdm_app', 'a', { bundle_id: 'com.a.b', platforms: 'iOS' }]]));
  assert.deepEqual(summary(diags), ['error type applemdm_app.a.platforms']);
});

test('control characters, bidi overrides and prototype keys are refused wherever they are', () => {
  const diags = validateDocument(
    makeDoc([
      ['applemdm_device_group', 'g', { description: 'bell\u0007' }],
      ['applemdm_device_group', 'h', { description: 'evil\u202Etxt.exe' }],
      [
        'applemdm_app_assignment',
        'x',
        {
          app: 'applemdm_app.a',
          intent: 'required',
          scope: { groups: ['applemdm_device_group.g'] },
          settings: { configuration: JSON.parse('{"__proto__": {"polluted": true}, "ok": "tab\\tand\\nnewline are fine"}') },
        },
      ],
      ['applemdm_app', 'a', APP],
    ]),
  );
  assert.deepEqual(summary(diags), [
    'error control-character applemdm_device_group.g.description',
    'error control-character applemdm_device_group.h.description',
    'error forbidden-key applemdm_app_assignment.x.settings.configuration.__proto__',
  ]);
  assert.match(withCode(diags, 'control-character')[0].detail, /U\+0007/);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('duplicate addresses from a front end are reported once each', () => {
  const doc = makeDoc([
    ['applemdm_app', 'a', APP],
    ['applemdm_app', 'a', { ...APP, adam_id: '2' }],
  ]);
  assert.deepEqual(summary(validateDocument(doc)), ['error duplicate-resource applemdm_app.a']);
});

test('invalid names and stack settings', () => {
  const doc = makeDoc([['applemdm_app', 'Bad-Name', APP]], { name: 'Prod Stack', identifierPrefix: 'example', targets: { iOS: 'latest' } });
  assert.deepEqual(summary(validateDocument(doc)), [
    'error invalid-name applemdm_app.Bad-Name',
    'error pattern identifier_prefix',
    'error pattern stack',
    'error pattern targets.iOS',
  ]);
});

test('a server URL with a user name or password is refused without quoting it', () => {
  const secret = 'canary-5e1d7c3a';
  for (const server of [`http://kmfddm:${secret}@127.0.0.1:9002`, `https://${secret}@mdm.example.com/api`, `http://:${secret}@[::1]:1`]) {
    const diags = validateDocument(makeDoc([], { server }));
    assert.deepEqual(summary(diags), ['error server-credentials server'], server);
    for (const d of diags) assert.ok(!JSON.stringify(d).includes(secret), 'the secret is not quoted');
  }
  for (const server of ['http://127.0.0.1:9002', 'https://mdm.example.com/api?x=@y', 'embedded:./data']) {
    assert.deepEqual(summary(validateDocument(makeDoc([], { server }))), [], server);
  }
});
