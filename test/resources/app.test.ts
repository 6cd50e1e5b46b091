import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDocument } from '../../provider/resources/validate';
import { makeDoc, summary } from './_document';

const cases: { name: string; attrs: Record<string, unknown>; expect: string[] }[] = [
  { name: 'App Store app with a device licence', attrs: { bundle_id: 'com.a.b', adam_id: '1', license: 'device', platforms: ['iOS'] }, expect: [] },
  { name: 'in-house app', attrs: { bundle_id: 'com.a.b', manifest_url: 'https://x.example/m.plist', platforms: ['iOS'] }, expect: [] },
  {
    name: 'both identities',
    attrs: { bundle_id: 'com.a.b', adam_id: '1', manifest_url: 'https://x.example/m.plist', platforms: ['iOS'] },
    expect: ['error app-identity applemdm_app.a.manifest_url'],
  },
  { name: 'no identity', attrs: { bundle_id: 'com.a.b', platforms: ['iOS'] }, expect: ['error app-identity applemdm_app.a'] },
  {
    name: 'user licence on an in-house app',
    attrs: { bundle_id: 'com.a.b', manifest_url: 'https://x.example/m.plist', license: 'user', platforms: ['iOS'] },
    expect: ['error license-needs-adam-id applemdm_app.a.license'],
  },
  {
    name: 'manifest over http',
    attrs: { bundle_id: 'com.a.b', manifest_url: 'http://x.example/m.plist', platforms: ['iOS'] },
    expect: ['error https-required applemdm_app.a.manifest_url'],
  },
  { name: 'adam_id with letters', attrs: { bundle_id: 'com.a.b', adam_id: 'id123', platforms: ['iOS'] }, expect: ['error pattern applemdm_app.a.adam_id'] },
  { name: 'empty platforms', attrs: { bundle_id: 'com.a.b', adam_id: '1', platforms: [] }, expect: ['error count applemdm_app.a.platforms'] },
];

for (const c of cases) {
  test(`app rules: ${c.name}`, () => {
    assert.deepEqual(summary(validateDocument(makeDoc([['applemdm_app', 'a', c.attrs]]))), c.expect);
  });
}

test('app rules: the same bundle ID in two apps is an error naming the first', () => {
  const diags = validateDocument(
    makeDoc([
      ['applemdm_app', 'a', { bundle_id: 'com.a.b', adam_id: '1', platforms: ['iOS'] }],
      ['applemdm_app', 'b', { bundle_id: 'com.a.b', adam_id: '2', platforms: ['iOS'] }],
    ]),
  );
  assert.deepEqual(summary(diags), ['error duplicate-identifier applemdm_app.b.bundle_id']);
  assert.match([...diags][0].detail, /applemdm_app\.a \(test\.yaml:1:1\)/);
});
