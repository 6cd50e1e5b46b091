import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSettings, settingsBody, supportsSetting } from '../../provider/backends/intune/assignment-settings';

/** Graph's null semantics (intune-graph.md §3.4), normalised both ways: what Intune stores and what applemdm sends. */
const NULL_MEANS: { type: Parameters<typeof normalizeSettings>[0]; setting: string; meaning: boolean | null }[] = [
  { type: 'iosVppApp', setting: 'isRemovable', meaning: true },
  { type: 'iosStoreApp', setting: 'isRemovable', meaning: true },
  { type: 'iosLobApp', setting: 'isRemovable', meaning: true },
  { type: 'iosVppApp', setting: 'preventManagedAppBackup', meaning: false },
  { type: 'macOsVppApp', setting: 'preventManagedAppBackup', meaning: false },
  { type: 'iosStoreApp', setting: 'uninstallOnDeviceRemoval', meaning: true },
  { type: 'iosLobApp', setting: 'uninstallOnDeviceRemoval', meaning: true },
  { type: 'iosVppApp', setting: 'uninstallOnDeviceRemoval', meaning: false },
  { type: 'iosVppApp', setting: 'preventAutoAppUpdate', meaning: false },
  { type: 'iosVppApp', setting: 'vpnConfigurationId', meaning: null },
];
for (const c of NULL_MEANS) {
  test(`${c.type}.${c.setting}: null and absent mean ${String(c.meaning)}; the explicit value is no change`, () => {
    assert.equal(normalizeSettings(c.type, { [c.setting]: null }, 'required')[c.setting], c.meaning);
    assert.equal(normalizeSettings(c.type, {}, 'required')[c.setting], c.meaning);
    assert.equal(normalizeSettings(c.type, null, 'required')[c.setting], c.meaning);
    if (c.meaning !== null) assert.equal(normalizeSettings(c.type, { [c.setting]: c.meaning }, 'required')[c.setting], c.meaning);
  });
}

test('what a type lacks is not there to compare, and intent uninstall takes no settings at all', () => {
  assert.deepEqual(Object.keys(normalizeSettings('macOSLobApp', { preventManagedAppBackup: true, isRemovable: false }, 'required')), ['uninstallOnDeviceRemoval']);
  assert.deepEqual(normalizeSettings('iosVppApp', { isRemovable: false }, 'uninstall'), {});
  assert.equal(settingsBody('iosVppApp', { isRemovable: false }, 'uninstall'), null);
  assert.equal(settingsBody('macOSPkgApp', {}, 'required'), null);
  assert.equal(supportsSetting('macOsVppApp', 'preventManagedAppBackup'), true);
  assert.equal(supportsSetting('macOSLobApp', 'preventManagedAppBackup'), false);
  assert.equal(supportsSetting('macOsVppApp', 'isRemovable'), false);
});

test('bodies carry the settings type, the asked values, and null where nothing is asked', () => {
  assert.deepEqual(settingsBody('iosVppApp', { useDeviceLicensing: true, preventManagedAppBackup: true }, 'required'), {
    '@odata.type': '#microsoft.graph.iosVppAppAssignmentSettings',
    useDeviceLicensing: true,
    vpnConfigurationId: null,
    uninstallOnDeviceRemoval: null,
    isRemovable: null,
    preventManagedAppBackup: true,
    preventAutoAppUpdate: null,
  });
  assert.deepEqual(settingsBody('macOsVppApp', { uninstallOnDeviceRemoval: false }, 'available'), {
    '@odata.type': '#microsoft.graph.macOsVppAppAssignmentSettings',
    useDeviceLicensing: false,
    uninstallOnDeviceRemoval: false,
    preventManagedAppBackup: null,
    preventAutoAppUpdate: null,
  });
});
