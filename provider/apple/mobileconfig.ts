import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { plainValue, toPlistXml } from './plist-xml';

/** Content type under which profiles are served (Apple's registered type for .mobileconfig). */
export const MOBILECONFIG_CONTENT_TYPE = 'application/x-apple-aspen-config';

/** A profile value (from buildProfile) as an artifact: XML plist bytes, plain content. */
export function profileArtifact(address: string, identifier: string, profile: Record<string, unknown>): Artifact {
  return makeArtifact({
    address,
    kind: 'profile',
    type: 'Configuration',
    identifier,
    fileName: artifactFileName('profile', identifier),
    content: plainValue(profile),
    bytes: toPlistXml(profile),
  });
}

/** The file name a profile is published under (no directory), used in asset URLs. */
export function profileAssetName(profile: Artifact): string {
  return profile.fileName.slice(profile.fileName.lastIndexOf('/') + 1);
}
