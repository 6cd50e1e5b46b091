import type { Platform } from '../core/document';
import { compareOsVersions } from './gdmf/os-version';
import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { ATTRIBUTE_KEYS, AssignmentInputs, describeAppKey, settingPath } from './app-assignment-inputs';
import { reportItemSupport, reportKeySupport, TargetProfile } from './capabilities';
import type { CompileContext } from './compile-context';
import { buildDeclaration } from './declaration';
import { toDeclarationJson } from './declaration-json';

export const APP_MANAGED = 'com.apple.configuration.app.managed';

/** app.managed has no Removable: removability follows InstallBehavior.Install (Required = cannot be removed). */
const DDM_ATTRIBUTE_KEYS = ATTRIBUTE_KEYS.filter(([setting]) => setting !== 'removable');

/**
 * Exactly one identity key (apple-mdm.md §6.4): AppStoreID (string) for App Store apps with an ID, ManifestURL for
 * in-house apps, BundleID otherwise.
 */
export function managedAppIdentity(inputs: Pick<AssignmentInputs, 'adamId' | 'manifestUrl' | 'bundleId'>): Record<string, string> {
  if (inputs.adamId) return { AppStoreID: inputs.adamId };
  if (inputs.manifestUrl) return { ManifestURL: inputs.manifestUrl };
  return { BundleID: inputs.bundleId };
}

export function isAppStoreIdentity(identity: Record<string, string>): boolean {
  return 'AppStoreID' in identity || 'BundleID' in identity;
}

/** The declaration payload, or undefined when the assignment cannot be expressed at all (reported). */
export function appManagedPayload(ctx: CompileContext, inputs: AssignmentInputs): Record<string, unknown> | undefined {
  const s = inputs.settings;
  const identity = managedAppIdentity(inputs);
  const where = (setting: string) => settingPath(inputs, setting);
  const cannot = (setting: string, detail: string): void => {
    const w = where(setting);
    ctx.diagnostics.warning('Setting cannot be expressed by DDM app.managed', detail, w.path, w.source, 'ddm-capability');
  };

  if (isAppStoreIdentity(identity) && inputs.license === 'none') {
    ctx.diagnostics.warning(
      'App Store app without a licence cannot be managed by DDM',
      `${inputs.app.address} has license none, but app.managed installs App Store apps only with an Apps and Books licence (InstallBehavior.License.Assignment). No app.managed declaration is compiled for ${inputs.assignment.address}; only the InstallApplication command delivers it. Set license to user or device to manage it declaratively.`,
      [inputs.app.address, 'license'],
      describeAppKey(inputs, ['InstallBehavior', 'License']).source,
      'ddm-capability',
    );
    return undefined;
  }
  if (s.removable === false && inputs.intent !== 'required') {
    cannot('removable', `settings.removable=false cannot be expressed by app.managed, which has no Removable attribute; only intent required (InstallBehavior.Install = Required) stops users from deleting the app. Use intent required, or deliver the app with the InstallApplication command.`);
  }
  if (s.remove_on_unenroll) {
    cannot('remove_on_unenroll', `settings.remove_on_unenroll=true has no app.managed key (ManagementFlags bit 1 exists only in InstallApplication); devices managing the app through DDM decide themselves what happens to it at unenrollment.`);
  }
  for (const setting of ['configuration', 'secrets'] as const) {
    if (s[setting] === undefined) continue;
    cannot(setting, `settings.${setting} is not part of app.managed in the bundled Apple schema (later releases deliver it as a com.apple.asset.data asset, iOS 18.4+); only the InstallApplication command carries it.`);
  }

  const attributes: Record<string, unknown> = {};
  for (const [setting, key] of DDM_ATTRIBUTE_KEYS) if (s[setting] !== undefined) attributes[key] = s[setting];
  const vpp = inputs.license === 'user' || inputs.license === 'device';
  const installBehavior: Record<string, unknown> = {
    Install: inputs.intent === 'required' ? 'Required' : 'Optional',
    ...(vpp && isAppStoreIdentity(identity) ? { License: { Assignment: inputs.license === 'device' ? 'Device' : 'User' } } : {}),
  };
  return {
    ...identity,
    InstallBehavior: installBehavior,
    ...(s.prevent_backup ? { IncludeInBackup: false } : {}),
    ...(Object.keys(attributes).length ? { Attributes: attributes } : {}),
  };
}

export function compileAppManaged(ctx: CompileContext, inputs: AssignmentInputs, identifier: string, target: TargetProfile): Artifact | undefined {
  const payload = appManagedPayload(ctx, inputs);
  if (!payload) return undefined;
  const subject = {
    schema: APP_MANAGED,
    label: 'the app.managed declaration',
    address: inputs.assignment.address,
    source: inputs.assignment.source,
    describeKey: (k: string[]) => describeAppKey(inputs, k),
  };
  const supported = reportItemSupport(subject, target, ctx.diagnostics);
  reportKeySupport(subject, payload, target, ctx.diagnostics);
  reportLicenseKeyFloor(ctx, inputs, payload, supported, target);
  const declaration = buildDeclaration(APP_MANAGED, identifier, payload);
  return makeArtifact({
    address: inputs.assignment.address,
    kind: 'declaration',
    type: APP_MANAGED,
    identifier,
    fileName: artifactFileName('declaration', identifier),
    content: declaration,
    bytes: toDeclarationJson(declaration),
  });
}

/**
 * License.Assignment replaced License.VPPType with iOS 18 (VPPType is marked removed in 18.0). A stack whose iOS floor
 * is below 18 may have devices that only read VPPType; sending both would put a removed key in front of 18+ devices,
 * so the declaration carries Assignment only and the user is told.
 */
function reportLicenseKeyFloor(ctx: CompileContext, inputs: AssignmentInputs, payload: Record<string, unknown>, platforms: Platform[], target: TargetProfile): void {
  const license = (payload.InstallBehavior as Record<string, unknown>).License;
  const floor = target.floors.iOS;
  if (!license || !platforms.includes('iOS') || !floor || compareOsVersions(floor, '18.0') >= 0) return;
  const w = describeAppKey(inputs, ['InstallBehavior', 'License']);
  ctx.diagnostics.warning(
    'Licence key differs before iOS 18',
    `${inputs.assignment.address} sends InstallBehavior.License.Assignment, which replaced License.VPPType in iOS 18; the stack targets iOS ${floor}, and devices on iOS 17.x may expect VPPType.`,
    w.path,
    w.source,
    'os-floor',
  );
}
