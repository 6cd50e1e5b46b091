import type { Platform, ResourceInstance } from '../core/document';
import type { Artifact } from './artifact';
import { keyAnnotation } from './apple-facts';
import { CompileContext, sourceOf } from './compile-context';
import { legacyDeclarationFor } from './legacy-declaration';
import { profileArtifact } from './mobileconfig';
import { buildProfile } from './profile';
import { RESTRICTIONS_PAYLOAD } from './restrictions';
import { isRecord } from '../core/records';

/**
 * Deferrals as the pre-DDM restriction keys (apple-mdm.md §3.1, §7), for devices without declarative software update
 * management: per deferral attribute, the flag that turns the delay on and the key holding the days. The pairing is by
 * meaning (Apple documents the replacement declaration, not a key table). These keys are deprecated in the 26 releases
 * and removed in 27, so using them is always reported.
 */
export const LEGACY_DEFERRAL_KEYS: Partial<Record<Platform, Record<string, [flag: string, days: string]>>> = {
  iOS: { combined_days: ['forceDelayedSoftwareUpdates', 'enforcedSoftwareUpdateDelay'] },
  tvOS: { combined_days: ['forceDelayedSoftwareUpdates', 'enforcedSoftwareUpdateDelay'] },
  macOS: {
    major_days: ['forceDelayedMajorSoftwareUpdates', 'enforcedSoftwareUpdateMajorOSDeferredInstallDelay'],
    minor_days: ['forceDelayedSoftwareUpdates', 'enforcedSoftwareUpdateMinorOSDeferredInstallDelay'],
    system_days: ['forceDelayedAppSoftwareUpdates', 'enforcedSoftwareUpdateNonOSDeferredInstallDelay'],
  },
};

export function compileLegacyDeferrals(ctx: CompileContext, resource: ResourceInstance, platform: Platform, identifier: string): Artifact[] {
  const deferrals = isRecord(resource.attributes.deferrals) ? resource.attributes.deferrals : {};
  const mapping = LEGACY_DEFERRAL_KEYS[platform] ?? {};
  const keys: Record<string, unknown> = {};
  for (const [attr, [flag, days]] of Object.entries(mapping)) {
    if (typeof deferrals[attr] !== 'number') continue;
    keys[flag] = true;
    keys[days] = deferrals[attr];
  }
  const where = { path: [resource.address, 'legacy_profile'], source: sourceOf(resource, '/legacy_profile') };
  if (Object.keys(keys).length === 0) {
    ctx.diagnostics.warning(
      'Nothing for the legacy profile',
      `legacy_profile is true, but no deferral of this ${platform} policy has a legacy restriction key (${Object.keys(mapping).map((a) => `deferrals.${a}`).join(', ') || 'none exist on this platform'}); no legacy profile is compiled.`,
      where.path,
      where.source,
      'legacy-empty',
    );
    return [];
  }

  const names = Object.keys(keys).sort();
  const facts = names.map((k) => keyAnnotation(RESTRICTIONS_PAYLOAD, [k])).filter((x) => x !== undefined);
  const support = facts.map((f) => f.platforms[platform]).filter((s) => s !== undefined);
  const deprecated = support.map((s) => s.deprecated).find(Boolean) ?? '26.0';
  const removed = support.map((s) => s.removed).find(Boolean) ?? '27.0';
  const replacement = facts.map((f) => f.replacement?.text).find(Boolean) ?? 'Use the com.apple.configuration.softwareupdate.settings declaration.';
  ctx.diagnostics.warning(
    'Deprecated software update restriction keys',
    `legacy_profile compiles ${names.join(', ')} (${RESTRICTIONS_PAYLOAD}), deprecated in ${platform} ${deprecated} and removed in ${platform} ${removed}. ${replacement} This policy's softwareupdate.settings declaration already carries the deferral for devices that support it; where both apply, the declaration wins.`,
    where.path,
    where.source,
    'deprecated-legacy-keys',
  );

  const profileId = `${identifier}.legacy-deferrals`;
  const profile = buildProfile({
    identifier: profileId,
    displayName: `Software update deferrals (legacy): ${resource.name}`,
    description: `Managed by applemdm (stack ${ctx.doc.stack.name}, ${resource.address}).`,
    payloads: [{ type: RESTRICTIONS_PAYLOAD, name: 'payload', displayName: `Software update deferrals: ${resource.name}`, keys }],
  });
  const artifact = profileArtifact(resource.address, profileId, profile);
  return [artifact, legacyDeclarationFor(artifact, ctx.assetsBaseUrl)];
}
