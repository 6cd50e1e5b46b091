import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeJson, encodeJson } from '../../provider/terraform/cty/json-codec';
import { CtyType, parseType, typeToJson } from '../../provider/terraform/cty/types';
import { ctyEqual, CtyValue, DecimalNumber, DynamicValue, normalizeDecimal, numberFromText, UNKNOWN } from '../../provider/terraform/cty/values';
import { CtyCodecError } from '../../provider/terraform/cty/wire-path';

/** JSON DynamicValue / raw state vectors from the wire-format spec's JSON rules. */
const canonical: { name: string; type: CtyType; value: CtyValue; json: string }[] = [
  { name: 'null', type: 'string', value: null, json: 'null' },
  { name: 'string with escapes', type: 'string', value: 'a"b\n\u00e9', json: '"a\\"b\\n\u00e9"' },
  { name: 'number', type: 'number', value: 1.5, json: '1.5' },
  { name: 'big integer keeps its digits', type: 'number', value: new DecimalNumber('12345678901234567890'), json: '12345678901234567890' },
  { name: 'bool', type: 'bool', value: false, json: 'false' },
  { name: 'list', type: ['list', 'number'], value: [1, 2], json: '[1,2]' },
  { name: 'map sorted', type: ['map', 'string'], value: { a: 'x', b: 'y' }, json: '{"a":"x","b":"y"}' },
  { name: 'object sorted, nulls written', type: ['object', { z: 'bool', a: 'string' }], value: { a: null, z: true }, json: '{"a":null,"z":true}' },
  { name: 'tuple', type: ['tuple', ['string', 'number']], value: ['x', 1], json: '["x",1]' },
  { name: 'dynamic is {"type","value"}', type: 'dynamic', value: new DynamicValue(['list', 'string'], ['a']), json: '{"type":["list","string"],"value":["a"]}' },
];

describe('cty JSON codec', () => {
  for (const v of canonical) {
    it(v.name, () => {
      assert.deepStrictEqual(decodeJson(v.json, v.type), v.value);
      assert.equal(encodeJson(v.value, v.type), v.json);
    });
  }

  it('reads numbers in every JSON spelling', () => {
    assert.equal(decodeJson('1e3', 'number'), 1000);
    assert.equal(decodeJson('-0.25', 'number'), -0.25);
    assert.equal(decodeJson('"42"', 'number'), 42);
    assert.deepStrictEqual(decodeJson('1e400', 'number'), new DecimalNumber('1e400'));
  });

  it('drops attributes an older schema had only when asked (UpgradeResourceState)', () => {
    const type: CtyType = ['object', { a: 'string', added: 'bool' }];
    assert.throws(() => decodeJson('{"a":"x","removed":1}', type), /unexpected attribute "removed"/);
    assert.deepStrictEqual(decodeJson('{"a":"x","removed":1}', type, { ignoreUnknownAttributes: true }), { a: 'x', added: null });
  });

  it('cannot write an unknown', () => {
    assert.throws(() => encodeJson(UNKNOWN, 'string'), CtyCodecError);
  });

  it('rejects malformed JSON and wrong types with a path', () => {
    assert.throws(() => decodeJson('{"a": [1,]}', ['object', { a: ['list', 'number'] }]), /malformed JSON/);
    assert.throws(() => decodeJson('{"a": [true]}', ['object', { a: ['list', 'number'] }]), (e: unknown) => e instanceof CtyCodecError && e.path.join('.') === 'a.0');
    assert.throws(() => decodeJson('[] x', ['list', 'string']), /trailing characters/);
  });

  it('keeps "__proto__" as an ordinary map key', () => {
    const value = decodeJson('{"__proto__": "x"}', ['map', 'string']) as Record<string, CtyValue>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepStrictEqual(Object.keys(value), ['__proto__']);
  });
});

describe('cty numbers and equality', () => {
  const spellings: [string, string][] = [
    ['1000', '1e3'],
    ['1e3', '1e3'],
    ['1000.000', '1e3'],
    ['0.0012', '1.2e-3'],
    ['-12.5', '-1.25e1'],
    ['0', '0'],
    ['-0.0', '0'],
  ];
  for (const [text, normal] of spellings) it(`normalizes ${text}`, () => assert.equal(normalizeDecimal(text), normal));

  it('uses a JS number only when float64 holds the exact value', () => {
    assert.equal(numberFromText('9007199254740991'), 9007199254740991);
    assert.deepStrictEqual(numberFromText('9007199254740993'), new DecimalNumber('9007199254740993'));
    assert.equal(numberFromText('0.1'), 0.1);
  });

  it('compares sets without order, numbers by value, unknown only with unknown', () => {
    assert.ok(ctyEqual(['a', 'b'], ['b', 'a'], ['set', 'string']));
    assert.ok(!ctyEqual(['a', 'b'], ['b', 'a'], ['list', 'string']));
    assert.ok(ctyEqual(1000, new DecimalNumber('1e3'), 'number'));
    assert.ok(!ctyEqual(UNKNOWN, 'x', 'string'));
    assert.ok(ctyEqual(UNKNOWN, UNKNOWN, 'string'));
    assert.ok(ctyEqual({ a: null }, {}, ['object', { a: 'string' }]));
  });
});

describe('cty type constraints', () => {
  it('parses and prints the wire form with sorted object attributes', () => {
    const t = parseType(['object', { z: ['set', 'number'], a: ['tuple', ['bool', 'dynamic']] }]);
    assert.equal(typeToJson(t), '["object",{"a":["tuple",["bool","dynamic"]],"z":["set","number"]}]');
    assert.equal(typeToJson(parseType(['object', { a: 'string' }, ['a']])), '["object",{"a":"string"},["a"]]');
  });

  for (const bad of ['str', ['list'], ['list', 'string', 'x'], ['object', []], ['tuple', 'string'], 3]) {
    it(`rejects ${JSON.stringify(bad)}`, () => assert.throws(() => parseType(bad), /not a cty type/));
  }
});
