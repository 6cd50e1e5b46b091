import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deterministicUuid, isOwnedIdentifier, resourceIdentifier } from '../../provider/core/identity';

test('identifiers are derived from prefix, stack, kind and name', () => {
  assert.equal(
    resourceIdentifier('com.example.mdm', 'prod', 'applemdm_app_assignment', 'slack_sales'),
    'com.example.mdm.prod.app-assignment.slack-sales',
  );
});

test('ownership is recognised by the stack prefix only', () => {
  assert.equal(isOwnedIdentifier('com.example.mdm.prod.app.slack', 'com.example.mdm', 'prod'), true);
  assert.equal(isOwnedIdentifier('com.example.mdm.production.app.slack', 'com.example.mdm', 'prod'), false);
  assert.equal(isOwnedIdentifier('com.other.app.slack', 'com.example.mdm', 'prod'), false);
});

test('UUIDv5 is stable and uppercase', () => {
  const a = deterministicUuid('com.example.mdm.prod.restrictions.baseline');
  assert.equal(a, deterministicUuid('com.example.mdm.prod.restrictions.baseline'));
  assert.match(a, /^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  assert.notEqual(a, deterministicUuid('com.example.mdm.prod.restrictions.other'));
});
