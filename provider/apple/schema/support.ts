import type { AppleKeyFacts } from './key-facts';
import type { EnrollmentMode, Platform } from './types';
import { compareVersions } from './versions';

export interface SupportVerdict {
  supported: boolean;
  /** Why it is not supported, in words fit for a diagnostic ("removed in macOS 27.0"). */
  reason?: string;
  supervisedOnly: boolean;
  userEnrollment?: EnrollmentMode;
  introduced?: string;
  /** Versions are given whenever known; the *InEffect flags say whether they apply to the version asked about. */
  deprecated?: string;
  deprecatedInEffect: boolean;
  removed?: string;
  /** Where the deprecation/removal fact came from when not Apple's YAML ("overlay:release-26"). */
  source?: string;
}

/**
 * Whether a key can be used on a platform, optionally at a specific OS version (omit it for "any version").
 * A removed key is unsupported from its removal version on; a deprecated one is still supported.
 */
export function supportOn(facts: Pick<AppleKeyFacts, 'platforms'>, platform: Platform, osVersion?: string): SupportVerdict {
  const s = facts.platforms[platform];
  if (!s?.supported) return { supported: false, reason: `not supported on ${platform}`, supervisedOnly: false, deprecatedInEffect: false };
  const verdict: SupportVerdict = {
    supported: true,
    supervisedOnly: s.supervised === true,
    userEnrollment: s.userEnrollment,
    introduced: s.introduced,
    deprecated: s.deprecated,
    deprecatedInEffect: s.deprecated !== undefined && (osVersion === undefined || compareVersions(osVersion, s.deprecated) >= 0),
    removed: s.removed,
    source: s.sources?.removed ?? s.sources?.deprecated,
  };
  if (osVersion !== undefined && s.introduced !== undefined && compareVersions(osVersion, s.introduced) < 0) {
    return { ...verdict, supported: false, reason: `introduced in ${platform} ${s.introduced}` };
  }
  if (osVersion !== undefined && s.removed !== undefined && compareVersions(osVersion, s.removed) >= 0) {
    return { ...verdict, supported: false, reason: `removed in ${platform} ${s.removed}` };
  }
  return verdict;
}
