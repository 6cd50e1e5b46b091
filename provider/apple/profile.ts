import { canonicalJson } from '../core/canonical-json';
import { deterministicUuid } from '../core/identity';
import { plainValue } from './plist-xml';
import { sha256Hex } from '../core/sha256';

/**
 * A configuration profile (top level `Configuration` + payloads) with applemdm's identity rules (apple-mdm.md §2.4):
 *
 * - Top-level PayloadIdentifier = the resource identifier: installing a profile with the same identifier replaces it.
 * - Payload-level PayloadIdentifier = `<identifier>.<payload name>` and PayloadUUID = UUIDv5 of that identifier. Both
 *   stay fixed for the life of the resource, so on replacement the device updates each payload in place.
 * - Top-level PayloadUUID = UUIDv5 of `<identifier>#<sha256 of the profile without its top-level UUID>`: it changes
 *   exactly when the content changes, so ProfileList shows which revision a device runs, and equal content always
 *   gives the same UUID (no churn on recompiling).
 */
export interface PayloadSpec {
  /** PayloadType, e.g. com.apple.applicationaccess. */
  type: string;
  /** Suffix of the payload identifier; "payload" when the profile has one payload. */
  name: string;
  displayName?: string;
  /** The payload's own keys (values may contain PlistReal). */
  keys: Record<string, unknown>;
}

export interface ProfileSpec {
  identifier: string;
  displayName: string;
  description?: string;
  organization?: string;
  payloads: PayloadSpec[];
}

export function payloadIdentifier(profileIdentifier: string, name: string): string {
  return `${profileIdentifier}.${name}`;
}

export function buildProfile(spec: ProfileSpec): Record<string, unknown> {
  const content = spec.payloads.map((p) => {
    const id = payloadIdentifier(spec.identifier, p.name);
    return {
      ...p.keys,
      PayloadType: p.type,
      PayloadIdentifier: id,
      PayloadUUID: deterministicUuid(id),
      PayloadVersion: 1,
      ...(p.displayName ? { PayloadDisplayName: p.displayName } : {}),
    };
  });
  const withoutUuid: Record<string, unknown> = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: spec.identifier,
    PayloadDisplayName: spec.displayName,
    ...(spec.description ? { PayloadDescription: spec.description } : {}),
    ...(spec.organization ? { PayloadOrganization: spec.organization } : {}),
    PayloadContent: content,
  };
  return { ...withoutUuid, PayloadUUID: profileRevisionUuid(spec.identifier, withoutUuid) };
}

/** UUIDv5 over the identifier and a hash of the canonical content (PlistReal unwrapped; types do not change it). */
export function profileRevisionUuid(identifier: string, contentWithoutUuid: Record<string, unknown>): string {
  return deterministicUuid(`${identifier}#${sha256Hex(canonicalJson(plainValue(contentWithoutUuid)))}`);
}
