import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Diagnostics, NO_SOURCE } from '../../provider/core/diagnostics';

test('a later layer adds no second warning for an attribute already warned about; errors always pass', () => {
  const first = new Diagnostics().warning('Deferral ignored', 'x', ['applemdm_software_update.ios', 'deferrals', 'major_days']);
  first.appendLayer([
    { severity: 'warning', summary: 'Setting not available', detail: 'y', path: ['applemdm_software_update.ios', 'deferrals', 'major_days'], source: NO_SOURCE },
    { severity: 'warning', summary: 'Other', detail: 'z', path: ['applemdm_software_update.ios', 'notifications'], source: NO_SOURCE },
    { severity: 'error', summary: 'Broken', detail: 'w', path: ['applemdm_software_update.ios', 'deferrals', 'major_days'], source: NO_SOURCE },
  ]);
  assert.deepEqual(first.toArray().map((d) => d.summary), ['Deferral ignored', 'Other', 'Broken']);
});
