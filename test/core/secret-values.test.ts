import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SecretScrubber } from '../../provider/core/secret-scrubber';
import { formatDiagnostics } from '../../provider/cli/print-diagnostics';
import { redactKnownSecrets, rememberSecret } from '../../provider/core/secret-values';

/** The last line of defence: a secret read from the environment never reaches printed text, whoever quotes it. */
const SECRET = 'canary-remembered-2b4d6f8a0c1e3579';

test('a remembered secret is redacted from a server error body, a diagnostic and any text; short values are not remembered', () => {
  const echo = `400 Bad Request: {"Configuration":{"Token":"${SECRET}"},"url":"/x?t=${encodeURIComponent(SECRET + '/')}"}`;
  assert.ok(new SecretScrubber([]).scrub(echo).includes(SECRET), 'not yet remembered: the check can fail');
  rememberSecret(SECRET);
  rememberSecret('short');
  assert.equal(new SecretScrubber([]).scrub(echo).includes(SECRET), false);
  assert.match(new SecretScrubber([]).scrub(echo), /"Token":"\[redacted\]"/);
  const printed = formatDiagnostics([{ severity: 'error', summary: 'Server refused', detail: `the server said: ${SECRET}`, path: [], source: { kind: 'none' } }]);
  assert.equal(printed.includes(SECRET), false);
  assert.equal(redactKnownSecrets('short and sales stay'), 'short and sales stay');
  assert.equal(redactKnownSecrets(`a ${SECRET}${SECRET} b`), 'a [redacted][redacted] b');
});
