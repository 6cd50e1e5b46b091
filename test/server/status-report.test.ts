import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStatusReport } from '../../provider/server/status-report';

describe('status report parsing', () => {
  it('flattens leaves to paths; array elements share the array path', () => {
    const { value } = parseStatusReport({
      StatusItems: {
        device: { 'operating-system': { version: '18.1', 'is-beta': false, build: 22 } },
        management: { 'client-capabilities': { 'supported-versions': ['1.0.0', '1.1.0'], list: [{ a: 'x' }] } },
      },
    });
    assert.deepEqual(value?.values, [
      { path: '.StatusItems.management.client-capabilities.supported-versions', containerType: 'array', valueType: 'string', value: '1.0.0' },
      { path: '.StatusItems.management.client-capabilities.supported-versions', containerType: 'array', valueType: 'string', value: '1.1.0' },
      { path: '.StatusItems.management.client-capabilities.list.a', containerType: 'object', valueType: 'string', value: 'x' },
      { path: '.StatusItems.device.operating-system.version', containerType: 'object', valueType: 'string', value: '18.1' },
      { path: '.StatusItems.device.operating-system.is-beta', containerType: 'object', valueType: 'boolean', value: 'false' },
      { path: '.StatusItems.device.operating-system.build', containerType: 'object', valueType: 'number', value: '22' },
    ]);
    assert.equal(value?.declarations, undefined);
    assert.deepEqual(value?.facts, { os_version: '18.1' });
  });

  it('turns management.declarations into statuses, and failures into errors', () => {
    const failing = { identifier: 'b', 'server-token': 't2', active: false, valid: 'unknown', reasons: [{ code: 'Info.NotReferencedByActivation' }] };
    const { value } = parseStatusReport({
      StatusItems: {
        management: {
          declarations: {
            activations: [{ identifier: 'a', 'server-token': 't1', active: true, valid: 'valid' }],
            configurations: [failing, { identifier: 'c', 'server-token': 't3', active: false, valid: 'valid' }],
          },
        },
      },
      Errors: [{ StatusItem: 'x' }],
    });
    assert.deepEqual(value?.declarations, [
      { itemType: 'activations', identifier: 'a', active: true, valid: 'valid', serverToken: 't1' },
      { itemType: 'configurations', identifier: 'b', active: false, valid: 'unknown', serverToken: 't2', reasons: failing.reasons },
      { itemType: 'configurations', identifier: 'c', active: false, valid: 'valid', serverToken: 't3' },
    ]);
    assert.deepEqual(value?.errors, [
      { path: '.StatusItems.management.declarations.configurations', error: failing },
      { path: '.Errors', error: { StatusItem: 'x' } },
    ]);
    assert.deepEqual(value?.values, []);
  });

  it('reads registry facts from device items, preferring the model identifier', () => {
    const { value } = parseStatusReport({
      StatusItems: {
        device: {
          identifier: { 'serial-number': 'SN1' },
          model: { family: 'Mac', 'marketing-name': 'MacBook Air', identifier: 'Mac14,2' },
          'operating-system': { family: 'macOS', version: '15.1', 'build-version': '24B83' },
        },
      },
      FullReport: true,
    });
    assert.deepEqual(value?.facts, { platform: 'macOS', os_version: '15.1', os_build: '24B83', model: 'Mac14,2', serial_number: 'SN1' });
    assert.equal(value?.fullReport, true);
  });

  const bad: [string, unknown][] = [
    ['not an object', []],
    ['StatusItems not an object', { StatusItems: 'x' }],
    ['Errors not an array', { Errors: 'x' }],
    ['FullReport not a boolean', { FullReport: 1 }],
    ['management not an object', { StatusItems: { management: [] } }],
    ['declarations not an object', { StatusItems: { management: { declarations: [] } } }],
    ['category not an array', { StatusItems: { management: { declarations: { configurations: 'x' } } } }],
    ['item not an object', { StatusItems: { management: { declarations: { configurations: [1] } } } }],
    ['identifier empty', { StatusItems: { management: { declarations: { configurations: [{ identifier: '' }] } } } }],
    ['valid not a string', { StatusItems: { management: { declarations: { configurations: [{ identifier: 'a', valid: true }] } } } }],
    ['server-token not a string', { StatusItems: { management: { declarations: { configurations: [{ identifier: 'a', 'server-token': 1 }] } } } }],
    ['reasons not an array', { StatusItems: { management: { declarations: { configurations: [{ identifier: 'a', reasons: {} }] } } } }],
  ];
  for (const [name, body] of bad) {
    it(`refuses a report whose ${name}`, () => {
      const r = parseStatusReport(body);
      assert.equal(r.value, undefined);
      assert.equal(typeof r.error, 'string');
    });
  }
});
