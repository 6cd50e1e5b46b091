import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeMsgpack, encodeMsgpack } from '../../provider/terraform/cty/msgpack-codec';
import { CtyType } from '../../provider/terraform/cty/types';
import { CtyValue, DecimalNumber, DynamicValue, Unknown, UNKNOWN } from '../../provider/terraform/cty/values';
import { CtyCodecError } from '../../provider/terraform/cty/wire-path';
import { impliedType } from '../../provider/terraform/schema/implied-type';
import { BlockSchema } from '../../provider/terraform/schema/schema-document';

/**
 * Byte vectors written by hand from Terraform's object wire format and the msgpack spec (the comment on each row
 * says how the bytes were derived). Canonical rows must decode to the value AND encode back to the same bytes.
 */
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

interface Vector {
  name: string;
  type: CtyType;
  value: CtyValue;
  bytes: string;
}

const canonical: Vector[] = [
  { name: 'null of any type is nil', type: 'string', value: null, bytes: 'c0' },
  { name: 'unrefined unknown is fixext1 type 0 with a zero byte', type: 'string', value: UNKNOWN, bytes: 'd4 00 00' },
  { name: 'unknown list is the same extension', type: ['list', 'string'], value: UNKNOWN, bytes: 'd4 00 00' },
  { name: 'string as fixstr', type: 'string', value: 'hi', bytes: 'a2 6869' },
  { name: 'empty string', type: 'string', value: '', bytes: 'a0' },
  { name: 'true', type: 'bool', value: true, bytes: 'c3' },
  { name: 'false', type: 'bool', value: false, bytes: 'c2' },
  { name: 'small int as positive fixint', type: 'number', value: 1, bytes: '01' },
  { name: 'negative fixint', type: 'number', value: -1, bytes: 'ff' },
  { name: '300 as uint16', type: 'number', value: 300, bytes: 'cd 012c' },
  { name: '1.5 as float64', type: 'number', value: 1.5, bytes: 'cb 3ff8000000000000' },
  {
    name: 'a number float64 cannot hold is a decimal string (fixstr of 20 digits)',
    type: 'number',
    value: new DecimalNumber('12345678901234567890'),
    bytes: `b4 ${ascii('12345678901234567890')}`,
  },
  { name: 'list as array', type: ['list', 'string'], value: ['a', 'b'], bytes: '92 a161 a162' },
  { name: 'set as array', type: ['set', 'number'], value: [1, 2], bytes: '92 01 02' },
  { name: 'map with sorted string keys', type: ['map', 'bool'], value: { a: true, b: false }, bytes: '82 a161 c3 a162 c2' },
  {
    name: 'object keyed by attribute name, null attribute as nil',
    type: ['object', { name: 'string', n: 'number' }],
    value: { n: null, name: 'x' },
    bytes: '82 a16e c0 a46e616d65 a178',
  },
  { name: 'tuple as array', type: ['tuple', ['string', 'bool']], value: ['x', true], bytes: '92 a178 c3' },
  {
    name: 'dynamic: [type JSON as bin8, value]',
    type: 'dynamic',
    value: new DynamicValue('string', 'x'),
    bytes: `92 c4 08 ${ascii('"string"')} a178`,
  },
  {
    name: 'dynamic list of bool',
    type: 'dynamic',
    value: new DynamicValue(['list', 'bool'], [true]),
    bytes: `92 c4 0f ${ascii('["list","bool"]')} 91 c3`,
  },
  { name: 'dynamic null is plain nil', type: 'dynamic', value: null, bytes: 'c0' },
  { name: 'dynamic unknown is the bare extension', type: 'dynamic', value: UNKNOWN, bytes: 'd4 00 00' },
  {
    name: 'refined unknown: ext8 type 12, payload {1: false} (definitely not null)',
    type: 'string',
    value: new Unknown({ nullness: false }),
    bytes: 'c7 03 0c 81 01 c2',
  },
  {
    name: 'refined unknown string with prefix {1: false, 2: "ab"}',
    type: 'string',
    value: new Unknown({ nullness: false, stringPrefix: 'ab' }),
    bytes: 'c7 07 0c 82 01 c2 02 a26162',
  },
  {
    name: 'refined unknown number bounds {3: [0, true], 4: [10, false]}',
    type: 'number',
    value: new Unknown({ numberLower: { value: 0, inclusive: true }, numberUpper: { value: 10, inclusive: false } }),
    bytes: 'c7 09 0c 82 03 92 00 c3 04 92 0a c2',
  },
  {
    name: 'refined unknown collection length {5: 1, 6: 5}',
    type: ['list', 'string'],
    value: new Unknown({ lengthLower: 1, lengthUpper: 5 }),
    bytes: 'c7 05 0c 82 05 01 06 05',
  },
];

const decodeOnly: Vector[] = [
  { name: 'ext 0 with another payload is still unknown', type: 'string', value: UNKNOWN, bytes: 'd5 00 0000' },
  { name: 'a future extension code is unknown', type: 'bool', value: UNKNOWN, bytes: 'd4 05 00' },
  { name: 'ext -1 (msgpack timestamp) is unknown, not a Date', type: 'string', value: UNKNOWN, bytes: 'd6 ff 00000000' },
  { name: 'number written as a decimal string', type: 'number', value: 1.25, bytes: `a4 ${ascii('1.25')}` },
  { name: 'number string with exponent', type: 'number', value: 1000, bytes: `a3 ${ascii('1e3')}` },
  {
    name: 'number string beyond float64 precision stays decimal',
    type: 'number',
    value: new DecimalNumber('0.1000000000000000000001'),
    bytes: `b8 ${ascii('0.1000000000000000000001')}`,
  },
  { name: 'float32', type: 'number', value: 1.5, bytes: 'ca 3fc00000' },
  { name: 'int64 -1', type: 'number', value: -1, bytes: 'd3 ffffffffffffffff' },
  { name: 'uint64 beyond 2^53 stays decimal', type: 'number', value: new DecimalNumber('12345678901234567890'), bytes: 'cf ab54a98ceb1f0ad2' },
  { name: 'uint64 that fits is a number', type: 'number', value: 7, bytes: 'cf 0000000000000007' },
  { name: 'unknown refinement keys are ignored', type: 'string', value: new Unknown({ nullness: false }), bytes: 'c7 05 0c 82 01 c2 63 c3' },
  { name: 'an unreadable refinement payload is a plain unknown', type: 'string', value: new Unknown({}), bytes: 'c7 01 0c c1' },
  { name: 'dynamic type given as str instead of bin', type: 'dynamic', value: new DynamicValue('bool', true), bytes: `92 a6 ${ascii('"bool"')} c3` },
  { name: 'object attribute missing on the wire is null', type: ['object', { a: 'string', b: 'bool' }], value: { a: 'x', b: null }, bytes: '81 a161 a178' },
  { name: 'str8 string', type: 'string', value: 'x'.repeat(40), bytes: `d9 28 ${ascii('x'.repeat(40))}` },
];

describe('cty msgpack codec: canonical vectors', () => {
  for (const v of canonical) {
    it(v.name, () => {
      assert.deepStrictEqual(decodeMsgpack(hex(v.bytes), v.type), v.value);
      assert.equal(Buffer.from(encodeMsgpack(v.value, v.type)).toString('hex'), hex(v.bytes).toString('hex'));
    });
  }
});

describe('cty msgpack codec: decode-only vectors', () => {
  for (const v of decodeOnly) {
    it(v.name, () => assert.deepStrictEqual(decodeMsgpack(hex(v.bytes), v.type), v.value));
  }
});

describe('cty msgpack codec: schema-directed', () => {
  const block: BlockSchema = {
    attributes: { id: { type: 'string', computed: true }, tags: { type: ['map', 'string'], optional: true } },
    block_types: {
      s: { nesting_mode: 'single', block: { attributes: { a: { type: 'string', optional: true } } } },
      g: { nesting_mode: 'group', block: { attributes: { a: { type: 'string', optional: true } } } },
      l: { nesting_mode: 'list', block: { attributes: { a: { type: 'string', optional: true } } } },
      e: { nesting_mode: 'set', block: { attributes: { a: { type: 'string', optional: true } } } },
      m: { nesting_mode: 'map', block: { attributes: { a: { type: 'string', optional: true } } } },
    },
  };

  it('derives the implied type by nesting mode', () => {
    const inner: CtyType = ['object', { a: 'string' }];
    assert.deepStrictEqual(impliedType(block), [
      'object',
      { id: 'string', tags: ['map', 'string'], s: inner, g: inner, l: ['list', inner], e: ['set', inner], m: ['map', inner] },
    ]);
  });

  it('encodes single as object-or-nil, list and set as arrays, map as a map keyed by label', () => {
    const value: CtyValue = { id: UNKNOWN, tags: null, s: null, g: { a: null }, l: [{ a: 'x' }], e: [], m: { k: { a: 'y' } } };
    // Keys sorted: e, g, id, l, m, s, tags.
    const bytes = '87 a165 90 a167 81 a161 c0 a26964 d40000 a16c 91 81 a161 a178 a16d 81 a16b 81 a161 a179 a173 c0 a474616773 c0';
    assert.equal(Buffer.from(encodeMsgpack(value, impliedType(block))).toString('hex'), hex(bytes).toString('hex'));
    assert.deepStrictEqual(decodeMsgpack(hex(bytes), impliedType(block)), value);
  });

  it('infers the type of a plain value given for a dynamic attribute', () => {
    const bytes = Buffer.from(encodeMsgpack({ n: 2 }, 'dynamic')).toString('hex');
    assert.equal(bytes, hex(`92 c4 19 ${ascii('["object",{"n":"number"}]')} 81 a16e 02`).toString('hex'));
  });
});

describe('cty msgpack codec: errors name the path', () => {
  const cases: { name: string; type: CtyType; bytes: string; path: (string | number)[]; reason: RegExp }[] = [
    { name: 'wrong element type', type: ['object', { a: ['list', 'string'] }], bytes: '81 a161 91 01', path: ['a', 0], reason: /expected string/ },
    { name: 'unexpected attribute', type: ['object', { a: 'string' }], bytes: '81 a17a c0', path: [], reason: /unexpected attribute "z"/ },
    { name: 'tuple length', type: ['tuple', ['string']], bytes: '92 a161 a162', path: [], reason: /tuple of 1/ },
    { name: 'not a decimal string', type: ['map', 'number'], bytes: '81 a16b a3 616263', path: ['k'], reason: /not a decimal number/ },
    { name: 'malformed dynamic', type: 'dynamic', bytes: '91 c3', path: [], reason: /\[type, value\]/ },
    { name: 'truncated input', type: 'string', bytes: 'a5 6162', path: [], reason: /malformed msgpack/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      assert.throws(
        () => decodeMsgpack(hex(c.bytes), c.type),
        (err: unknown) => err instanceof CtyCodecError && c.reason.test(err.reason) && JSON.stringify(err.path) === JSON.stringify(c.path),
      );
    });
  }

  it('refuses to encode a value of the wrong type', () => {
    assert.throws(() => encodeMsgpack({ a: 1 }, ['object', { a: 'string' }]), /a: expected string, got number/);
    assert.throws(() => encodeMsgpack({ b: 'x' }, ['object', { a: 'string' }]), /unexpected attribute "b"/);
  });

  it('keeps a "__proto__" map key as data', () => {
    const value = decodeMsgpack(hex(`81 a9 ${ascii('__proto_x')} c3`), ['map', 'bool']) as Record<string, CtyValue>;
    assert.equal(value.__proto_x, true);
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
  });
});
