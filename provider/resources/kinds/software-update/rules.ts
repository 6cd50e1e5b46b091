import { appleSchemaAnnotation, compareVersions } from '../../../apple/schema';
import type { Platform, ResourceInstance } from '../../../core/document';
import type { SoftwareUpdateAttributes } from '../../generated';
import { checkScopeReferences, describeGroups, possiblyUnsupervisedGroups, overlapCandidates, scopeOverlap } from '../../_common-scope';
import { isHttpsUrl } from '../../_common-url';
import { requireKeyFacts } from '../../_common-platforms';
import { attributesOf, located, type ResourceRules, type RuleContext } from '../../rule-context';

type Enforcement = NonNullable<SoftwareUpdateAttributes['enforcement']>;
type Deferrals = NonNullable<SoftwareUpdateAttributes['deferrals']>;

const SETTINGS_DECLARATION = 'com.apple.configuration.softwareupdate.settings';
const ENFORCEMENT_DECLARATION = 'com.apple.configuration.softwareupdate.enforcement.specific';

/** Which platform honours each deferral (softwareupdate.settings Deferrals: combined on iOS, the others on macOS). */
const DEFERRAL_PLATFORMS: Record<keyof Deferrals, Platform[]> = {
  combined_days: ['iOS', 'tvOS', 'visionOS'],
  major_days: ['macOS'],
  minor_days: ['macOS'],
  system_days: ['macOS'],
};

const VERSION_MODE = ['target_os_version', 'target_build_version', 'target_local_datetime', 'details_url'] as const;
const LATEST_MODE = ['days_after_release', 'local_time'] as const;

/**
 * applemdm_software_update: one enforcement mode at a time, deferrals the platform honours, the OS versions that
 * understand the declarations, supervision, and the deprecated legacy restriction keys.
 */
export const softwareUpdateRules: ResourceRules = {
  type: 'applemdm_software_update',
  checkResource(resource: ResourceInstance, ctx: RuleContext): void {
    const a = attributesOf<SoftwareUpdateAttributes>(resource);
    checkScopeReferences(resource, ctx);
    const platform = a.platform as Platform;
    const floor = ctx.doc.stack.targets[platform];
    if (floor === undefined) {
      ctx.warning(resource, '/platform', 'Platform not targeted', `platform is ${platform}, which this stack does not target (targets in the stack settings); the policy reaches no device.`, 'platform-mismatch');
    }
    for (const [name, days] of Object.entries(a.deferrals ?? {}) as [keyof Deferrals, number][]) {
      if (days !== undefined && !DEFERRAL_PLATFORMS[name].includes(platform)) {
        ctx.warning(resource, `/deferrals/${name}`, 'Deferral ignored on this platform', `deferrals.${name} applies to ${DEFERRAL_PLATFORMS[name].join(', ')}, not ${platform}; ${platform} devices ignore it.`, 'platform-mismatch');
      }
    }
    if (a.enforcement) checkEnforcement(resource, a.enforcement, ctx);
    if (floor !== undefined) checkDeclarationSupport(resource, a, platform, floor, ctx);
    checkSupervision(resource, a, platform, ctx);
    if (a.legacy_profile === true) checkLegacyProfile(resource, platform, floor, ctx);
  },
  checkDocument(ctx: RuleContext): void {
    const list = ctx.valid('applemdm_software_update');
    for (const [i, j] of overlapCandidates(list, ctx)) {
      const [x, y] = [list[i], list[j]];
      const [ax, ay] = [attributesOf<SoftwareUpdateAttributes>(x), attributesOf<SoftwareUpdateAttributes>(y)];
      if (ax.platform !== ay.platform) continue;
      const overlap = scopeOverlap(x, y, ctx);
      if (!overlap) continue;
      if (ax.enforcement && ay.enforcement) {
        ctx.error(y, '/enforcement', 'Two enforced updates', `${located(x)} also enforces a ${ay.platform} update and the scopes overlap (${overlap}); a device can be held to one deadline only.`, 'conflicting-enforcement');
      } else {
        ctx.warning(y, '/platform', 'Overlapping update policies', `${located(x)} is also a ${ay.platform} policy for overlapping scopes (${overlap}); devices combine them (longest deferral wins).`, 'overlapping-policy');
      }
    }
  },
};

function checkEnforcement(resource: ResourceInstance, e: Enforcement, ctx: RuleContext): void {
  const versionFields = VERSION_MODE.filter((f) => e[f] !== undefined);
  const latestFields = LATEST_MODE.filter((f) => e[f] !== undefined);
  if (e.latest === true && versionFields.length) {
    ctx.error(
      resource,
      '/enforcement/latest',
      'Two enforcement modes',
      `enforcement sets latest: true and ${versionFields.join(', ')}; enforce either a specific version (target_os_version + target_local_datetime) or the latest one (latest + days_after_release + local_time).`,
      'enforcement-mode',
    );
    return;
  }
  if (e.latest === true) {
    for (const f of LATEST_MODE) {
      if (e[f] === undefined) ctx.error(resource, '/enforcement', 'Missing enforcement setting', `enforcement with latest: true needs ${f}.`, 'required');
    }
    return;
  }
  if (latestFields.length) {
    ctx.error(resource, `/enforcement/${latestFields[0]}`, 'Setting needs latest: true', `enforcement.${latestFields[0]} only applies with latest: true.`, 'enforcement-mode');
  }
  for (const f of ['target_os_version', 'target_local_datetime'] as const) {
    if (e[f] === undefined) ctx.error(resource, '/enforcement', 'Missing enforcement setting', `enforcement needs ${f} (or latest: true with days_after_release and local_time).`, 'required');
  }
  if (e.target_local_datetime !== undefined && !isCalendarDateTime(e.target_local_datetime)) {
    ctx.error(resource, '/enforcement/target_local_datetime', 'Invalid date', `enforcement.target_local_datetime is "${e.target_local_datetime}", which is not a real date and time.`, 'invalid-date');
  }
  if (e.details_url !== undefined && !isHttpsUrl(e.details_url)) {
    ctx.error(resource, '/enforcement/details_url', 'Details URL must use HTTPS', `enforcement.details_url is "${e.details_url}"; use an https:// URL.`, 'https-required');
  }
}

/** The declarations need iOS 17/18 and macOS 14/15; older devices only honour the legacy keys (legacy_profile). */
function checkDeclarationSupport(resource: ResourceInstance, a: SoftwareUpdateAttributes, platform: Platform, floor: string, ctx: RuleContext): void {
  const uses: [string, string, string][] = [];
  if (a.enforcement) uses.push(['/enforcement', ENFORCEMENT_DECLARATION, 'enforcement']);
  const settings = (['deferrals', 'automatic_actions', 'rapid_security_response', 'notifications', 'recommended_cadence', 'allow_standard_user_os_updates'] as const).filter(
    (k) => a[k] !== undefined,
  );
  if (settings.length) uses.push([`/${settings[0]}`, SETTINGS_DECLARATION, settings.join(', ')]);
  for (const [pointer, declaration, what] of uses) {
    const support = appleSchemaAnnotation(declaration).platforms[platform];
    if (!support?.supported) {
      ctx.warning(resource, pointer, 'Not supported on this platform', `${what}: ${declaration} is not supported on ${platform}.`, 'os-support');
    } else if (support.introduced && compareVersions(floor, support.introduced) < 0) {
      const legacyHint = a.deferrals && !a.legacy_profile ? ' Set legacy_profile: true to also send the (deprecated) restriction keys for deferrals.' : '';
      ctx.warning(
        resource,
        pointer,
        'Needs a newer OS',
        `${what}: ${declaration} needs ${platform} ${support.introduced}; this stack targets ${platform} ${floor} and later, and older devices ignore it.${legacyHint}`,
        'os-support',
      );
    }
  }
}

/** On iOS deferrals, automatic actions and RSR settings need supervision; on macOS the whole declaration does. */
function checkSupervision(resource: ResourceInstance, a: SoftwareUpdateAttributes, platform: Platform, ctx: RuleContext): void {
  const supervisedOnly =
    platform === 'macOS'
      ? (['deferrals', 'automatic_actions', 'allow_standard_user_os_updates', 'enforcement'] as const).filter((k) => a[k] !== undefined)
      : platform === 'iOS'
        ? (['deferrals', 'automatic_actions', 'rapid_security_response'] as const).filter((k) => a[k] !== undefined)
        : [];
  if (!supervisedOnly.length) return;
  const groups = possiblyUnsupervisedGroups(resource, ctx);
  if (!groups.length) return;
  ctx.warning(
    resource,
    `/${supervisedOnly[0]}`,
    'Settings need supervision',
    `${supervisedOnly.join(', ')} apply only to supervised ${platform} devices, but ${describeGroups(groups)} may hold unsupervised devices, which ignore them.`,
    'supervised-only',
  );
}

function checkLegacyProfile(resource: ResourceInstance, platform: Platform, floor: string | undefined, ctx: RuleContext): void {
  const support = requireKeyFacts('com.apple.applicationaccess', 'forceDelayedSoftwareUpdates').platforms[platform];
  if (!support?.supported) {
    ctx.warning(resource, '/legacy_profile', 'Legacy keys not available', `${platform} has no software-update restriction keys; legacy_profile has no effect.`, 'os-support');
    return;
  }
  const text =
    'legacy_profile sends the software-update restriction keys (forceDelayedSoftwareUpdates and the enforcedSoftwareUpdate*Delay keys), ' +
    `which Apple deprecated in ${platform} ${support.deprecated ?? '26.0'} and removes in ${support.removed ?? '27.0'}; the declarations (deferrals) replace them.`;
  if (floor !== undefined && support.removed !== undefined && compareVersions(floor, support.removed) >= 0) {
    ctx.error(resource, '/legacy_profile', 'Legacy keys removed', `${text} This stack targets ${platform} ${floor} and later, where they no longer exist; remove legacy_profile.`, 'removed-key');
  } else {
    ctx.warning(resource, '/legacy_profile', 'Deprecated legacy keys', `${text} Keep it only while pre-DDM devices remain.`, 'deprecated-key');
  }
}

/** yyyy-mm-ddThh:mm:ss naming a real calendar moment (the schema checks only the shape). */
function isCalendarDateTime(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}
