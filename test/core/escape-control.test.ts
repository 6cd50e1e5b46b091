import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeControlCharacters, escapeControlCharactersInJson } from '../../provider/core/escape-control';

const HOSTILE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

test('every C0 and C1 control, DEL and bidi control is escaped; other text is kept', () => {
  const cases: [string, string][] = [
    ['evil\u001b[2J', 'evil\\u{1b}[2J'],
    ['\u001b]0;pwned\u0007', '\\u{1b}]0;pwned\\u{7}'],
    ['allow\rCamera', 'allow\\u{d}Camera'],
    ['ENR-1\u007f', 'ENR-1\\u{7f}'],
    ['csi\u009b2J', 'csi\\u{9b}2J'],
    ['Slack\u202Eexe.ppa', 'Slack\\u{202e}exe.ppa'],
    ['\u2066isolate\u2069', '\\u{2066}isolate\\u{2069}'],
    ['tab\there', 'tab\\u{9}here'],
    ['two\nlines', 'two\\u{a}lines'],
    ['café 東京 😀 \u00a0', 'café 東京 😀 \u00a0'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(escapeControlCharacters(input), expected, JSON.stringify(input));
    assert.doesNotMatch(escapeControlCharacters(input), HOSTILE);
  }
  assert.equal(escapeControlCharacters('one\ntwo\r\n\u001b', { keepNewlines: true }), 'one\ntwo\\u{d}\n\\u{1b}');
});

test('in JSON text the characters JSON.stringify leaves raw become JSON escapes, so the JSON still parses', () => {
  const value = { name: 'Slack\u202Eexe.ppa', del: 'a\u007f', c1: '\u0085', esc: '\u001b' };
  const json = escapeControlCharactersInJson(JSON.stringify(value));
  assert.doesNotMatch(json, HOSTILE);
  assert.match(json, /Slack\\u202eexe\.ppa/);
  assert.deepEqual(JSON.parse(json), value);
});
