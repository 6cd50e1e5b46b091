import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { compileDocument } from '../../provider/apple/compile-document';
import type { Declaration } from '../../provider/apple/declaration';
import type { GdmfCatalog } from '../../provider/apple/gdmf/catalog';
import { loadGdmfCatalog } from '../../provider/apple/gdmf/load-catalog';
import { assertValidArtifacts, byType, codes, group, NOW, softwareUpdate, withGroup } from './compile-helpers';

const SETTINGS = 'com.apple.configuration.softwareupdate.settings';
const ENFORCEMENT = 'com.apple.configuration.softwareupdate.enforcement.specific';

let catalogCache: GdmfCatalog | undefined;
async function quickstartCatalog(): Promise<GdmfCatalog> {
  if (!catalogCache) {
    const r = await loadGdmfCatalog(path.join(__dirname, '..', '..', 'examples', 'quickstart', 'gdmf-catalog.json'));
    assert.ok(r.catalog);
    catalogCache = r.catalog;
  }
  return catalogCache;
}

interface Opts {
  now?: Date;
  catalog?: GdmfCatalog;
  stack?: Record<string, unknown>;
  supervised?: string;
}

function compile(attributes: Record<string, unknown>, opts: Opts = {}) {
  const result = compileDocument(withGroup([group('g', { supervised: opts.supervised ?? 'true' }), softwareUpdate('policy', attributes)], opts.stack ?? {}), {
    now: opts.now ?? NOW,
    ...(opts.catalog ? { catalog: opts.catalog } : {}),
  });
  assertValidArtifacts(result.artifacts);
  const payload = (type: string) => {
    const found = result.artifacts.filter(byType(type));
    return found.length ? (found[0].content as Declaration).Payload : undefined;
  };
  return { result, settings: payload(SETTINGS), enforcement: payload(ENFORCEMENT) };
}

test('deferrals map to the platform\'s keys; keys the platform lacks are left out and reported', () => {
  const all = { combined_days: 10, major_days: 20, minor_days: 30, system_days: 40 };
  const cases: { platform: string; want: Record<string, number>; dropped: string[] }[] = [
    { platform: 'iOS', want: { CombinedPeriodInDays: 10 }, dropped: ['major_days', 'minor_days', 'system_days'] },
    { platform: 'macOS', want: { MajorPeriodInDays: 20, MinorPeriodInDays: 30, SystemPeriodInDays: 40 }, dropped: ['combined_days'] },
  ];
  for (const c of cases) {
    const { result, settings } = compile({ platform: c.platform, deferrals: all });
    assert.deepEqual(settings?.Deferrals, c.want, c.platform);
    const dropped = result.diagnostics.toArray().filter((d) => d.code === 'platform-unsupported').map((d) => d.path[2]);
    assert.deepEqual(dropped.sort(), c.dropped, c.platform);
  }
});

test('each setting maps to its key, per platform', () => {
  const attrs = {
    notifications: false,
    recommended_cadence: 'Newest',
    automatic_actions: { download: 'AlwaysOn', install_os_updates: 'AlwaysOff', install_security_update: 'AlwaysOn' },
    rapid_security_response: { enable: false, enable_rollback: true },
    allow_standard_user_os_updates: false,
  };
  const ios = compile({ platform: 'iOS', ...attrs });
  assert.deepEqual(ios.settings, {
    Notifications: false,
    RecommendedCadence: 'Newest',
    AutomaticActions: { Download: 'AlwaysOn', InstallOSUpdates: 'AlwaysOff' },
    RapidSecurityResponse: { Enable: false, EnableRollback: true },
  });
  assert.deepEqual(
    ios.result.diagnostics.toArray().filter((d) => d.code === 'platform-unsupported').map((d) => d.path.slice(1).join('.')).sort(),
    ['allow_standard_user_os_updates', 'automatic_actions.install_security_update'],
  );
  const mac = compile({ platform: 'macOS', ...attrs });
  assert.deepEqual(mac.settings, {
    Notifications: false,
    AllowStandardUserOSUpdates: false,
    AutomaticActions: { Download: 'AlwaysOn', InstallOSUpdates: 'AlwaysOff', InstallSecurityUpdate: 'AlwaysOn' },
    RapidSecurityResponse: { Enable: false, EnableRollback: true },
  });
  assert.ok(mac.result.diagnostics.toArray().some((d) => d.code === 'platform-unsupported' && d.path[1] === 'recommended_cadence'));
});

test('a named target version is checked against the catalog with the expiry rule', async () => {
  const catalog = await quickstartCatalog();
  const cases: { version: string; deadline: string; now: string; catalog: boolean; errors: string[]; warnings: string[] }[] = [
    { version: '18.1', deadline: '2027-01-15T18:00:00', now: '2024-11-01', catalog: true, errors: [], warnings: [] },
    { version: '18.0.1', deadline: '2024-11-10T18:00:00', now: '2024-11-01', catalog: true, errors: [], warnings: [] },
    { version: '18.0.1', deadline: '2024-12-10T18:00:00', now: '2024-11-01', catalog: true, errors: [], warnings: ['catalog-expiry'] },
    { version: '18.0.1', deadline: '2025-01-15T18:00:00', now: '2024-12-01', catalog: true, errors: ['catalog-version'], warnings: [] },
    { version: '18.2', deadline: '2025-01-15T18:00:00', now: '2024-12-01', catalog: true, errors: ['catalog-version'], warnings: [] },
    { version: '18.1', deadline: '2024-11-15T18:00:00', now: '2024-12-01', catalog: true, errors: [], warnings: ['deadline-passed'] },
    { version: '18.2', deadline: '2027-01-15T18:00:00', now: '2024-12-01', catalog: false, errors: [], warnings: ['catalog-missing'] },
  ];
  for (const c of cases) {
    const { result, enforcement } = compile(
      { platform: 'iOS', enforcement: { target_os_version: c.version, target_local_datetime: c.deadline } },
      { now: new Date(`${c.now}T12:00:00Z`), ...(c.catalog ? { catalog } : {}) },
    );
    const label = `${c.version} by ${c.deadline} on ${c.now}`;
    assert.deepEqual(codes(result.diagnostics, 'error'), c.errors, label);
    assert.deepEqual(codes(result.diagnostics, 'warning'), c.warnings, label);
    if (c.errors.length) {
      assert.equal(enforcement, undefined, label);
      assert.deepEqual(result.artifacts, [], `${label}: a resource with an error compiles to nothing`);
    } else {
      assert.deepEqual(enforcement, { TargetOSVersion: c.version, TargetLocalDateTime: c.deadline }, label);
    }
  }
  const expired = compile({ platform: 'iOS', enforcement: { target_os_version: '18.0.1', target_local_datetime: '2025-01-15T18:00:00' } }, { now: new Date('2024-12-01T00:00:00Z'), catalog });
  assert.match(expired.result.diagnostics.toArray()[0].detail, /expired on 2024-11-18/);
  assert.deepEqual(expired.result.diagnostics.toArray()[0].path, ['applemdm_software_update.policy', 'enforcement', 'target_os_version']);
});

test('build and details URL are passed through; a build the catalog disagrees with is reported', async () => {
  const catalog = await quickstartCatalog();
  const ok = compile(
    { platform: 'iOS', enforcement: { target_os_version: '18.1', target_build_version: '22B83', target_local_datetime: '2027-01-15T18:00:00', details_url: 'https://intranet.example.com/ios' } },
    { catalog },
  );
  assert.deepEqual(ok.enforcement, { TargetOSVersion: '18.1', TargetBuildVersion: '22B83', TargetLocalDateTime: '2027-01-15T18:00:00', DetailsURL: 'https://intranet.example.com/ios' });
  assert.deepEqual(codes(ok.result.diagnostics), []);
  const off = compile({ platform: 'iOS', enforcement: { target_os_version: '18.1', target_build_version: '22B80', target_local_datetime: '2027-01-15T18:00:00' } }, { catalog });
  assert.deepEqual(codes(off.result.diagnostics), ['catalog-build']);
});

test('latest: the newest version offered on the compile date, deadline = posting date + days at local time', async () => {
  const catalog = await quickstartCatalog();
  const cases: { platform: string; now: string; want: Record<string, string> }[] = [
    { platform: 'iOS', now: '2024-10-15', want: { TargetOSVersion: '18.0.1', TargetLocalDateTime: '2024-10-17T09:30:00' } },
    { platform: 'iOS', now: '2024-11-01', want: { TargetOSVersion: '18.1', TargetLocalDateTime: '2024-11-11T09:30:00' } },
    { platform: 'macOS', now: '2024-11-01', want: { TargetOSVersion: '15.1', TargetLocalDateTime: '2024-11-11T09:30:00' } },
  ];
  for (const c of cases) {
    const { result, enforcement } = compile({ platform: c.platform, enforcement: { latest: true, days_after_release: 14, local_time: '09:30' } }, { now: new Date(`${c.now}T12:00:00Z`), catalog });
    assert.deepEqual(enforcement, c.want, `${c.platform} on ${c.now}`);
    assert.ok(codes(result.diagnostics, 'info').includes('enforcement-latest'));
  }
  const none = compile({ platform: 'iOS', enforcement: { latest: true, days_after_release: 14, local_time: '09:30' } });
  assert.deepEqual(codes(none.result.diagnostics, 'error'), ['catalog-missing']);
  const tooEarly = compile({ platform: 'iOS', enforcement: { latest: true, days_after_release: 14, local_time: '09:30' } }, { now: new Date('2024-01-01T00:00:00Z'), catalog });
  assert.deepEqual(codes(tooEarly.result.diagnostics, 'error'), ['catalog-version']);
  const both = compile({ platform: 'iOS', enforcement: { latest: true, days_after_release: 1, local_time: '09:30', target_os_version: '18.1' } }, { catalog });
  assert.deepEqual(codes(both.result.diagnostics, 'error'), ['enforcement-mode']);
});

test('platforms without the declarations: enforcement and settings are errors unless the legacy profile carries them', () => {
  const tv = compile({ platform: 'tvOS', enforcement: { target_os_version: '18.1', target_local_datetime: '2027-01-15T18:00:00' }, notifications: true }, { stack: { targets: { tvOS: '17.0' } } });
  assert.deepEqual(codes(tv.result.diagnostics, 'error').sort(), ['platform-unsupported', 'platform-unsupported']);
  const legacyTv = compile({ platform: 'tvOS', deferrals: { combined_days: 10 }, legacy_profile: true }, { stack: { targets: { tvOS: '17.0' } } });
  assert.deepEqual(codes(legacyTv.result.diagnostics, 'error'), []);
  assert.equal(legacyTv.result.artifacts.filter(byType('Configuration')).length, 1);
});

test('legacy_profile: the deprecated restriction deferral keys per platform, with the 26/27 warning', () => {
  const cases: { platform: string; deferrals: Record<string, number>; keys: Record<string, unknown> }[] = [
    { platform: 'iOS', deferrals: { combined_days: 21 }, keys: { forceDelayedSoftwareUpdates: true, enforcedSoftwareUpdateDelay: 21 } },
    {
      platform: 'macOS',
      deferrals: { major_days: 60, minor_days: 14, system_days: 7 },
      keys: {
        forceDelayedMajorSoftwareUpdates: true,
        enforcedSoftwareUpdateMajorOSDeferredInstallDelay: 60,
        forceDelayedSoftwareUpdates: true,
        enforcedSoftwareUpdateMinorOSDeferredInstallDelay: 14,
        forceDelayedAppSoftwareUpdates: true,
        enforcedSoftwareUpdateNonOSDeferredInstallDelay: 7,
      },
    },
  ];
  for (const c of cases) {
    const { result } = compile({ platform: c.platform, deferrals: c.deferrals, legacy_profile: true });
    const profile = result.artifacts.find((a) => a.kind === 'profile');
    assert.ok(profile, c.platform);
    assert.equal(profile.identifier, 'com.example.mdm.test.software-update.policy.legacy-deferrals');
    const payload = (profile.content as { PayloadContent: Record<string, unknown>[] }).PayloadContent[0];
    assert.deepEqual(Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload'))), c.keys, c.platform);
    const legacy = result.artifacts.find((a) => a.type === 'com.apple.configuration.legacy');
    assert.equal(legacy?.identifier, profile.identifier);
    const w = result.diagnostics.toArray().find((d) => d.code === 'deprecated-legacy-keys');
    assert.ok(w, c.platform);
    assert.equal(w.severity, 'warning');
    assert.match(w.detail, new RegExp(`deprecated in ${c.platform} 26\\.0 and removed in ${c.platform} 27\\.0`));
    assert.match(w.detail, /softwareupdate\.settings/);
  }
  const empty = compile({ platform: 'iOS', notifications: true, legacy_profile: true });
  assert.deepEqual(codes(empty.result.diagnostics), ['legacy-empty']);
  assert.equal(empty.result.artifacts.filter((a) => a.kind === 'profile').length, 0);
});

test('identifiers: settings and enforcement of one policy are separate declarations in its groups\' activation', async () => {
  const catalog = await quickstartCatalog();
  const { result } = compile({ platform: 'iOS', deferrals: { combined_days: 7 }, enforcement: { target_os_version: '18.1', target_local_datetime: '2027-01-15T18:00:00' } }, { catalog });
  assert.deepEqual(result.artifacts.map((a) => a.identifier), [
    'com.example.mdm.test.device-group.g.activation',
    'com.example.mdm.test.software-update.policy.enforcement',
    'com.example.mdm.test.software-update.policy.settings',
  ]);
  const activation = result.artifacts[0].content as Declaration;
  assert.deepEqual(activation.Payload.StandardConfigurations, [
    'com.example.mdm.test.software-update.policy.enforcement',
    'com.example.mdm.test.software-update.policy.settings',
  ]);
});
