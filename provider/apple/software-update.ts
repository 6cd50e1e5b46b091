import type { Platform, ResourceInstance } from '../core/document';
import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { itemSupport, keySupport } from './apple-facts';
import { CompileContext, identifierOf, resolveScope, sourceOf } from './compile-context';
import { buildDeclaration } from './declaration';
import { toDeclarationJson } from './declaration-json';
import { compileLegacyDeferrals, LEGACY_DEFERRAL_KEYS } from './legacy-deferrals';
import { resolveEnforcement } from './software-update-enforcement';
import { isRecord } from '../core/records';
import { setAt } from '../core/records';

export const SOFTWARE_UPDATE_SETTINGS = 'com.apple.configuration.softwareupdate.settings';
export const SOFTWARE_UPDATE_ENFORCEMENT = 'com.apple.configuration.softwareupdate.enforcement.specific';

/** applemdm_software_update attribute path → softwareupdate.settings key path. */
export const SETTINGS_KEYS: [string[], string[]][] = [
  [['notifications'], ['Notifications']],
  [['deferrals', 'combined_days'], ['Deferrals', 'CombinedPeriodInDays']],
  [['deferrals', 'major_days'], ['Deferrals', 'MajorPeriodInDays']],
  [['deferrals', 'minor_days'], ['Deferrals', 'MinorPeriodInDays']],
  [['deferrals', 'system_days'], ['Deferrals', 'SystemPeriodInDays']],
  [['recommended_cadence'], ['RecommendedCadence']],
  [['automatic_actions', 'download'], ['AutomaticActions', 'Download']],
  [['automatic_actions', 'install_os_updates'], ['AutomaticActions', 'InstallOSUpdates']],
  [['automatic_actions', 'install_security_update'], ['AutomaticActions', 'InstallSecurityUpdate']],
  [['rapid_security_response', 'enable'], ['RapidSecurityResponse', 'Enable']],
  [['rapid_security_response', 'enable_rollback'], ['RapidSecurityResponse', 'EnableRollback']],
  [['allow_standard_user_os_updates'], ['AllowStandardUserOSUpdates']],
];

/**
 * applemdm_software_update → softwareupdate.settings (when any setting is given), softwareupdate.enforcement.specific
 * (when enforcement is given) and, with legacy_profile, a profile with the deprecated restriction deferral keys.
 * A key the policy's platform does not support is left out of the declaration and reported. OS floors and
 * supervision of the declarations are validation's job (provider/resources/software-update.ts), not repeated here.
 */
export function compileSoftwareUpdate(ctx: CompileContext, resource: ResourceInstance): Artifact[] {
  const platform = resource.attributes.platform as Platform;
  resolveScope(ctx, resource); // reports dangling groups; membership itself is read by set-membership
  const identifier = identifierOf(ctx, resource);
  const out: Artifact[] = [];
  const legacy = resource.attributes.legacy_profile === true;

  const settings = settingsPayload(ctx, resource, platform, legacy);
  if (settings) {
    out.push(declarationArtifact(resource.address, SOFTWARE_UPDATE_SETTINGS, `${identifier}.settings`, settings));
  }

  if (isRecord(resource.attributes.enforcement)) {
    if (!itemSupport(SOFTWARE_UPDATE_ENFORCEMENT, platform).supported) {
      ctx.diagnostics.error(
        'Enforcement not available on this platform',
        `${SOFTWARE_UPDATE_ENFORCEMENT} does not exist on ${platform}, so enforcement cannot be expressed for this policy.`,
        [resource.address, 'enforcement'],
        sourceOf(resource, '/enforcement'),
        'platform-unsupported',
      );
    } else {
      const keys = resolveEnforcement(ctx, resource, platform);
      if (keys) {
        const payload = { ...keys } as Record<string, unknown>;
        out.push(declarationArtifact(resource.address, SOFTWARE_UPDATE_ENFORCEMENT, `${identifier}.enforcement`, payload));
      }
    }
  }

  if (legacy) out.push(...compileLegacyDeferrals(ctx, resource, platform, identifier));
  return out;
}

/** The settings payload with only the keys the platform supports; undefined when nothing is left. */
function settingsPayload(ctx: CompileContext, resource: ResourceInstance, platform: Platform, legacy: boolean): Record<string, unknown> | undefined {
  const declarationSupported = itemSupport(SOFTWARE_UPDATE_SETTINGS, platform).supported;
  const payload: Record<string, unknown> = {};
  for (const [attrPath, keyPath] of SETTINGS_KEYS) {
    const value = valueAt(resource.attributes, attrPath);
    if (value === undefined) continue;
    const pointer = `/${attrPath.join('/')}`;
    const attrPathText = attrPath.join('.');
    if (!declarationSupported) {
      const viaLegacy = legacy && LEGACY_DEFERRAL_KEYS[platform]?.[attrPath[1] ?? ''] && attrPath[0] === 'deferrals';
      if (viaLegacy) continue; // delivered by the legacy profile, with its own deprecation warning
      ctx.diagnostics.error(
        'Setting not available on this platform',
        `${attrPathText} cannot be expressed on ${platform}: ${SOFTWARE_UPDATE_SETTINGS} does not exist there${attrPath[0] === 'deferrals' ? ' (legacy_profile: true can deliver deferrals through deprecated restriction keys)' : ''}.`,
        [resource.address, ...attrPath],
        sourceOf(resource, pointer),
        'platform-unsupported',
      );
      continue;
    }
    const unsupportedAt = firstUnsupported(keyPath, platform);
    if (unsupportedAt) {
      ctx.diagnostics.warning(
        'Setting not available on this platform',
        `${attrPathText} (${keyPath.join('.')}) is not supported on ${platform}, so it is left out of the ${platform} softwareupdate.settings declaration.`,
        [resource.address, ...attrPath],
        sourceOf(resource, pointer),
        'platform-unsupported',
      );
      continue;
    }
    setAt(payload, keyPath, value);
  }
  return Object.keys(payload).length ? payload : undefined;
}

/** The first key on the path that the platform does not support (a parent unsupported hides its children). */
function firstUnsupported(keyPath: string[], platform: Platform): string | undefined {
  for (let i = 1; i <= keyPath.length; i++) {
    const s = keySupport(SOFTWARE_UPDATE_SETTINGS, keyPath.slice(0, i), platform);
    if (s && !s.supported) return keyPath.slice(0, i).join('.');
  }
  return undefined;
}

function declarationArtifact(address: string, type: string, identifier: string, payload: Record<string, unknown>): Artifact {
  const declaration = buildDeclaration(type, identifier, payload);
  return makeArtifact({
    address,
    kind: 'declaration',
    type,
    identifier,
    fileName: artifactFileName('declaration', identifier),
    content: declaration,
    bytes: toDeclarationJson(declaration),
  });
}

function valueAt(obj: Record<string, unknown>, path: string[]): unknown {
  let v: unknown = obj;
  for (const p of path) {
    if (!isRecord(v)) return undefined;
    v = v[p];
  }
  return v === null ? undefined : v;
}

