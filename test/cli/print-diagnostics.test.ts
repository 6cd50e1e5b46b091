import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostics } from '../../provider/core/diagnostics';
import { formatDiagnostics } from '../../provider/cli/print-diagnostics';

test('diagnostics print quoted input with control and bidi characters escaped, their own line breaks kept', () => {
  const diags = new Diagnostics()
    .error('Invalid name\u0007', '"evil\u001b]52;c;cGF5bG9hZA==\u0007" is not a name.\nNames use a-z.', ['applemdm_app.evil\u001b[2J', 'allow\rCamera'], {
      kind: 'construct',
      path: 'demo/\u202Eslack',
    })
    .warning('Odd value', 'ENR-1\u007f and \u009b2J', [], { kind: 'file', file: '/cfg/\u2066r.yaml', line: 1, col: 1 });
  const out = formatDiagnostics(diags);
  assert.doesNotMatch(out, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  assert.equal(
    out,
    'Error: Invalid name\\u{7} [applemdm_app.evil\\u{1b}[2J.allow\\u{d}Camera]\n' +
      '  at demo/\\u{202e}slack\n' +
      '  "evil\\u{1b}]52;c;cGF5bG9hZA==\\u{7}" is not a name.\nNames use a-z.\n' +
      '\n' +
      'Warning: Odd value\n' +
      '  at /cfg/\\u{2066}r.yaml:1:1\n' +
      '  ENR-1\\u{7f} and \\u{9b}2J\n',
  );
});
