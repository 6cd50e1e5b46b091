import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { buildDeclaration } from './declaration';
import { toDeclarationJson } from './declaration-json';
import { profileAssetName } from './mobileconfig';

export const LEGACY_TYPE = 'com.apple.configuration.legacy';

/**
 * Where compiled profiles are published when no `assets.base_url` is configured. `.invalid` never resolves
 * (RFC 2606), so a declaration carrying it can never reach a device by mistake: the backend replaces this prefix
 * with its real asset URL when it uploads the declaration.
 */
export const ASSETS_PLACEHOLDER_BASE_URL = 'https://applemdm.invalid/assets';

/**
 * Delivers a profile through DDM (apple-mdm.md §6.7). The URL carries the profile's SHA-256, so the declaration (and
 * its ServerToken) changes whenever the profile bytes change: devices re-fetch a profile only on a token change.
 * The declaration shares the profile's identifier (they live in different namespaces: profile vs declaration).
 */
export function legacyDeclarationFor(profile: Artifact, assetsBaseUrl: string): Artifact {
  const url = `${assetsBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(profileAssetName(profile))}?sha256=${profile.sha256}`;
  const declaration = buildDeclaration(LEGACY_TYPE, profile.identifier, { ProfileURL: url });
  return makeArtifact({
    address: profile.address,
    kind: 'declaration',
    type: LEGACY_TYPE,
    identifier: profile.identifier,
    fileName: artifactFileName('declaration', profile.identifier),
    content: declaration,
    bytes: toDeclarationJson(declaration),
  });
}
