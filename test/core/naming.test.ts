import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appleKeyToAttribute } from '../../provider/core/naming';
import { restrictionKeys } from '../../provider/apple/schema';

test('Apple keys map mechanically to snake_case attributes', () => {
  const cases: [string, string][] = [
    ['allowCloudBackup', 'allow_cloud_backup'],
    ['allowUIAppInstallation', 'allow_ui_app_installation'],
    ['enforcedSoftwareUpdateMajorOSDeferredInstallDelay', 'enforced_software_update_major_os_deferred_install_delay'],
    ['allowOpenFromManagedToUnmanaged', 'allow_open_from_managed_to_unmanaged'],
    ['forceAirDropUnmanaged', 'force_air_drop_unmanaged'],
    ['allowAirPrintiBeaconDiscovery', 'allow_air_print_ibeacon_discovery'],
    ['allowiPhoneMirroring', 'allow_iphone_mirroring'],
    ['forceITunesStorePasswordEntry', 'force_itunes_store_password_entry'],
    ['allowListedAppBundleIDs', 'allow_listed_app_bundle_ids'],
    ['allowOTAPKIUpdates', 'allow_otapki_updates'],
    ['ratingTVShows', 'rating_tv_shows'],
    ['safariAcceptCookies', 'safari_accept_cookies'],
    ['allowiTunes', 'allow_itunes'],
    ['whitelistedAppBundleIDs', 'whitelisted_app_bundle_ids'],
  ];
  for (const [key, attr] of cases) assert.equal(appleKeyToAttribute(key), attr, key);
});

test('no restriction attribute name has a one-letter word (a sign of a bad split)', () => {
  const bad = restrictionKeys().map((k) => appleKeyToAttribute(k.key)).filter((a) => a.split('_').some((w) => w.length === 1));
  assert.deepEqual(bad, []);
});
