import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeUtf8, firstInvalidUtf8Byte } from '../../provider/core/decode-utf8';
import { Diagnostics } from '../../provider/core/diagnostics';

const CASES: [string, number[], number][] = [
  ['a lone continuation byte', [0x61, 0x80, 0x62], 1],
  ['a truncated 3-byte sequence', [0x61, 0xe2, 0x82], 1],
  ['a truncated 3-byte sequence before ASCII', [0xe2, 0x82, 0x41], 0],
  ['an overlong "/"', [0xc0, 0xaf], 0],
  ['an overlong 3-byte form', [0xe0, 0x80, 0xaf], 0],
  ['an encoded UTF-16 surrogate', [0x61, 0x62, 0xed, 0xa0, 0x80], 2],
  ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
  ['0xFF', [0x41, 0xff, 0xfe], 1],
  ['after valid multi-byte text', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x80], 9],
];

test('the first invalid byte of each malformed sequence, as the WHATWG decoder rejects it', () => {
  for (const [what, bytes, offset] of CASES) {
    assert.equal(firstInvalidUtf8Byte(Uint8Array.from(bytes)), offset, what);
    assert.equal(decodeUtf8(Uint8Array.from(bytes), 'f.yaml', new Diagnostics()), undefined, what);
  }
});

test('valid UTF-8 decodes unchanged, a BOM included', () => {
  const text = '\uFEFFstack: démo € 😀\n';
  const bytes = Buffer.from(text, 'utf8');
  assert.equal(firstInvalidUtf8Byte(bytes), bytes.length);
  const diags = new Diagnostics();
  assert.equal(decodeUtf8(bytes, 'f.yaml', diags), text);
  assert.equal(diags.length, 0);
});

test('the diagnostic names the file, the byte offset and its line and column', () => {
  const bytes = Buffer.concat([Buffer.from('a: 1\nb: "é'), Buffer.from([0xff]), Buffer.from('"\n')]);
  const diags = new Diagnostics();
  assert.equal(decodeUtf8(bytes, '/cfg/groups.yaml', diags), undefined);
  const [d] = diags.toArray();
  assert.equal(d.severity, 'error');
  assert.equal(d.code, 'invalid-utf8');
  assert.match(d.detail, /\/cfg\/groups\.yaml is not valid UTF-8: the byte 0xFF at byte offset 11 \(line 2\)/);
  assert.deepEqual(d.source, { kind: 'file', file: '/cfg/groups.yaml', line: 2, col: 6 });
});
