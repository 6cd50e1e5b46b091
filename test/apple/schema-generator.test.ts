import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AppleKeyAnnotation } from '../../provider/apple/schema';
import { keySchema, type RawKey } from '../../scripts/gen-apple/key-schema';
import { parseAppleYaml } from '../../scripts/gen-apple/read-apple-yaml';
import { inheritSupport, resolveSupport } from '../../scripts/gen-apple/supported-os';

describe('reading Apple YAML', () => {
  it('keeps versions as written, never as numbers', () => {
    const doc = parseAppleYaml(
      'payload:\n  supportedOS:\n    macOS: {introduced: 10.10, deprecated: 10.13.4, removed: "11.0"}\n    iOS: {introduced: 4}\n',
      'inline',
    ) as { payload: { supportedOS: Record<string, Record<string, unknown>> } };
    assert.deepEqual(doc.payload.supportedOS.macOS, { introduced: '10.10', deprecated: '10.13.4', removed: '11.0' });
    assert.equal(doc.payload.supportedOS.iOS.introduced, '4');
  });

  it('keeps string defaults and rangelists as strings, numbers elsewhere', () => {
    const doc = parseAppleYaml(
      'payloadkeys:\n- {key: a, type: <string>, default: 1.10, rangelist: [1.0, 2.10]}\n- {key: b, type: <real>, default: 2.0}\n',
      'inline',
    ) as { payloadkeys: RawKey[] };
    assert.equal(doc.payloadkeys[0].default, '1.10');
    assert.deepEqual(doc.payloadkeys[0].rangelist, ['1.0', '2.10']);
    assert.equal(doc.payloadkeys[1].default, 2);
  });

  it('resolves aliases and survives an alias to an ancestor', () => {
    const doc = parseAppleYaml(
      'payloadkeys:\n- &node\n  key: list\n  type: <array>\n  subkeys:\n  - key: item\n    type: <dictionary>\n    subkeys:\n    - key: name\n      type: <string>\n    - key: children\n      type: <array>\n      subkeys:\n      - *node\n',
      'inline',
    ) as { payloadkeys: RawKey[] };
    const schema = keySchema(doc.payloadkeys[0], { iOS: { introduced: '4.0' } }, 'inline');
    const inner = schema.items?.properties?.children?.items;
    assert.equal((inner?.['x-apple'] as AppleKeyAnnotation).recursive, true);
    assert.equal(inner?.type, undefined);
  });

  it('rejects malformed YAML with the file name', () => {
    assert.throws(() => parseAppleYaml('payload: [unclosed', 'broken.yaml'), /broken\.yaml/);
  });
});

describe('supportedOS inheritance rule', () => {
  const payload = {
    iOS: { introduced: '4.0', supervised: false, userenrollment: { mode: 'allowed', behavior: 'x' } },
    tvOS: { introduced: '9.0' },
  };

  it('lays the key block over the payload block field by field, nested objects too', () => {
    const merged = inheritSupport(payload, { iOS: { supervised: true, userenrollment: { mode: 'forbidden' } } });
    assert.deepEqual(merged.iOS, { introduced: '4.0', supervised: true, userenrollment: { mode: 'forbidden', behavior: 'x' } });
    assert.deepEqual(merged.tvOS, { introduced: '9.0' });
  });

  it('treats introduced: n/a and absent platforms as unsupported', () => {
    const merged = inheritSupport(payload, { tvOS: { introduced: 'n/a' } });
    assert.deepEqual(resolveSupport(merged.tvOS), { supported: false });
    assert.deepEqual(resolveSupport(merged.macOS), { supported: false });
  });

  it('reads DDM allowed-enrollments as supervision and User Enrollment facts', () => {
    const only = resolveSupport({ introduced: '15.0', 'allowed-enrollments': ['supervised'] });
    assert.equal(only.supervised, true);
    assert.equal(only.userEnrollment, 'forbidden');
    const broad = resolveSupport({ introduced: '17.2', 'allowed-enrollments': ['supervised', 'device', 'user'] });
    assert.equal(broad.supervised, false);
    assert.equal(broad.userEnrollment, 'allowed');
  });
});

describe('key schemas', () => {
  const parent = { iOS: { introduced: '7.0' } };
  const cases: Array<[string, RawKey, Record<string, unknown>]> = [
    ['integer with range', { key: 'n', type: '<integer>', range: { min: 1, max: 90 }, default: 30 }, { type: 'integer', minimum: 1, maximum: 90, default: 30 }],
    ['real', { key: 'r', type: '<real>' }, { type: 'number' }],
    ['date', { key: 'd', type: '<date>' }, { type: 'string' }],
    ['data', { key: 'b', type: '<data>' }, { type: 'string', contentEncoding: 'base64' }],
    ['string with format and rangelist', { key: 's', type: '<string>', format: '^a', rangelist: ['a1'] }, { pattern: '^a', enum: ['a1'] }],
    ['any', { key: 'x', type: '<any>' }, { type: undefined }],
  ];
  for (const [name, raw, expected] of cases) {
    it(name, () => {
      const schema = keySchema({ ...raw, content: 'Apple prose that must not be copied.' } as RawKey, parent, 'test') as Record<string, unknown>;
      for (const [field, value] of Object.entries(expected)) assert.deepEqual(schema[field], value, field);
      assert.equal(schema.description, undefined);
      assert.equal(schema.title, raw.key);
    });
  }

  it('maps ANY subkeys to a string-keyed map and fixed subkeys to a closed object', () => {
    const map = keySchema({ key: 'm', type: '<dictionary>', subkeys: [{ key: 'ANY app identifier', type: '<string>' }] }, parent, 'test');
    assert.equal(map.properties, undefined);
    assert.equal((map.additionalProperties as { type: string }).type, 'string');
    const fixed = keySchema(
      { key: 'f', type: '<dictionary>', subkeys: [{ key: 'a', type: '<string>', presence: 'required' }, { key: 'b', type: '<boolean>' }] },
      parent,
      'test',
    );
    assert.deepEqual(fixed.required, ['a']);
    assert.equal(fixed.additionalProperties, false);
  });

  it('resolves subkeys against the parent key, not the payload', () => {
    const schema = keySchema(
      { key: 'p', type: '<dictionary>', supportedOS: { iOS: { supervised: true } }, subkeys: [{ key: 'c', type: '<string>', supportedOS: { iOS: { introduced: '9.0' } } }] },
      parent,
      'test',
    );
    const child = (schema.properties?.c['x-apple'] as AppleKeyAnnotation).platforms.iOS;
    assert.equal(child?.introduced, '9.0');
    assert.equal(child?.supervised, true);
  });

  it('reads both valuetype and the legacy subtype', () => {
    const a = keySchema({ key: 'u', type: '<string>', subtype: '<url>' }, parent, 'test');
    const b = keySchema({ key: 'v', type: '<string>', valuetype: 'uuid' }, parent, 'test');
    assert.equal((a['x-apple'] as AppleKeyAnnotation).valueType, 'url');
    assert.equal((b['x-apple'] as AppleKeyAnnotation).valueType, 'uuid');
  });

  it('fails on a type Apple has not defined', () => {
    assert.throws(() => keySchema({ key: 'q', type: '<quaternion>' }, parent, 'test'), /unknown Apple type <quaternion>/);
  });
});
