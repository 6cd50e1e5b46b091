import type { IosGeneralDeviceConfiguration, MacOSGeneralDeviceConfiguration } from './graph-types';

/**
 * Apple `com.apple.applicationaccess` keys → the device restriction properties of Intune's iOS/iPadOS and macOS
 * general device configurations (intune-graph.md §4.2–4.3, Appendix A). Intune's "…Block…" properties are the inverse
 * of Apple's "allow…" keys (`invert`). Property names are typed against the Graph beta typings, so a misspelling fails
 * tsc. A key absent here, or absent for a platform, cannot be expressed on Intune: the planner reports it.
 *
 * macOS's three "force delayed" booleans are one flags property on Intune, `updateDelayPolicy`.
 */
export type IosProperty = keyof IosGeneralDeviceConfiguration;
export type MacProperty = keyof MacOSGeneralDeviceConfiguration;
export type DelayFlag = 'delayOSUpdateVisibility' | 'delayAppUpdateVisibility' | 'delayMajorOsUpdateVisibility';

export interface PropertyMapping<P> {
  property: P;
  invert?: true;
  /** For updateDelayPolicy: the flag this boolean key sets. */
  flag?: DelayFlag;
}

export interface RestrictionMapping {
  iOS?: PropertyMapping<IosProperty>;
  macOS?: PropertyMapping<MacProperty>;
}

const inv = <P>(property: P): PropertyMapping<P> => ({ property, invert: true });
const same = <P>(property: P): PropertyMapping<P> => ({ property });

export const RESTRICTION_PROPERTIES: Readonly<Record<string, RestrictionMapping>> = {
  // iCloud
  allowCloudBackup: { iOS: inv('iCloudBlockBackup') },
  allowCloudDocumentSync: { iOS: inv('iCloudBlockDocumentSync'), macOS: inv('iCloudBlockDocumentSync') },
  allowManagedAppsCloudSync: { iOS: inv('iCloudBlockManagedAppsSync') },
  allowCloudKeychainSync: { iOS: inv('keychainBlockCloudSync'), macOS: inv('keychainBlockCloudSync') },
  allowCloudPhotoLibrary: { iOS: inv('iCloudBlockPhotoLibrary'), macOS: inv('iCloudBlockPhotoLibrary') },
  allowPhotoStream: { iOS: inv('iCloudBlockPhotoStreamSync') },
  allowSharedStream: { iOS: inv('iCloudBlockSharedPhotoStream') },
  allowCloudPrivateRelay: { iOS: inv('iCloudPrivateRelayBlocked'), macOS: inv('iCloudPrivateRelayBlocked') },
  allowActivityContinuation: { iOS: inv('iCloudBlockActivityContinuation'), macOS: inv('iCloudBlockActivityContinuation') },
  forceEncryptedBackup: { iOS: same('iCloudRequireEncryptedBackup') },
  allowCloudDesktopAndDocuments: { macOS: inv('iCloudDesktopAndDocumentsBlocked') },
  allowCloudAddressBook: { macOS: inv('iCloudBlockAddressBook') },
  allowCloudBookmarks: { macOS: inv('iCloudBlockBookmarks') },
  allowCloudCalendar: { macOS: inv('iCloudBlockCalendar') },
  allowCloudNotes: { macOS: inv('iCloudBlockNotes') },
  allowCloudReminders: { macOS: inv('iCloudBlockReminders') },
  allowCloudMail: { macOS: inv('iCloudBlockMail') },
  allowEnterpriseBookBackup: { iOS: inv('enterpriseBookBlockBackup') },
  allowEnterpriseBookMetadataSync: { iOS: inv('enterpriseBookBlockMetadataSync') },
  // Managed Open-In
  allowOpenFromManagedToUnmanaged: { iOS: inv('documentsBlockManagedDocumentsInUnmanagedApps') },
  allowOpenFromUnmanagedToManaged: { iOS: inv('documentsBlockUnmanagedDocumentsInManagedApps') },
  requireManagedPasteboard: { iOS: same('managedPasteboardRequired') },
  allowManagedToWriteUnmanagedContacts: { iOS: same('contactsAllowManagedToUnmanagedWrite') },
  allowUnmanagedToReadManagedContacts: { iOS: same('contactsAllowUnmanagedToManagedRead') },
  forceAirDropUnmanaged: { iOS: same('airDropForceUnmanagedDropTarget') },
  // Update delay (legacy restriction keys; Apple deprecates them in the 26 releases)
  forceDelayedSoftwareUpdates: { iOS: same('softwareUpdatesForceDelayed'), macOS: { property: 'updateDelayPolicy', flag: 'delayOSUpdateVisibility' } },
  forceDelayedAppSoftwareUpdates: { macOS: { property: 'updateDelayPolicy', flag: 'delayAppUpdateVisibility' } },
  forceDelayedMajorSoftwareUpdates: { macOS: { property: 'updateDelayPolicy', flag: 'delayMajorOsUpdateVisibility' } },
  enforcedSoftwareUpdateDelay: { iOS: same('softwareUpdatesEnforcedDelayInDays'), macOS: same('softwareUpdatesEnforcedDelayInDays') },
  enforcedSoftwareUpdateMajorOSDeferredInstallDelay: { macOS: same('softwareUpdateMajorOSDeferredInstallDelayInDays') },
  enforcedSoftwareUpdateMinorOSDeferredInstallDelay: { macOS: same('softwareUpdateMinorOSDeferredInstallDelayInDays') },
  enforcedSoftwareUpdateNonOSDeferredInstallDelay: { macOS: same('softwareUpdateNonOSDeferredInstallDelayInDays') },
  // A few common keys with an unambiguous Intune twin
  allowScreenShot: { iOS: inv('screenCaptureBlocked'), macOS: inv('screenCaptureBlocked') },
  allowAssistantWhileLocked: { iOS: inv('siriBlockedWhenLocked') },
  allowAssistant: { iOS: inv('siriBlocked') },
  allowCamera: { iOS: inv('cameraBlocked'), macOS: inv('cameraBlocked') },
  allowAirDrop: { iOS: inv('airDropBlocked'), macOS: inv('airDropBlocked') },
  allowEraseContentAndSettings: { iOS: inv('deviceBlockEraseContentAndSettings'), macOS: inv('eraseContentAndSettingsBlocked') },
};

export type RestrictionPlatform = 'iOS' | 'macOS';

/** Every property the table can write for a platform, with its value when applemdm asks for nothing (Graph's default). */
export function managedProperties(platform: RestrictionPlatform): Map<string, boolean | number | string | null> {
  const out = new Map<string, boolean | number | string | null>();
  for (const mapping of Object.values(RESTRICTION_PROPERTIES)) {
    const m = mapping[platform];
    if (!m) continue;
    const p = String(m.property);
    if (m.flag) out.set(p, 'none');
    else if (/InDays$/.test(p)) out.set(p, null);
    else out.set(p, false);
  }
  return new Map([...out.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The property values for a platform from Apple key values (keys without a mapping for the platform are the caller's
 * to report). Unset managed properties get their default, so a PATCH also resets what someone changed in the portal.
 */
export function restrictionProperties(platform: RestrictionPlatform, keys: Record<string, unknown>): Record<string, boolean | number | string | null> {
  const out: Record<string, boolean | number | string | null> = Object.fromEntries(managedProperties(platform));
  const flags = new Set<DelayFlag>();
  for (const [key, value] of Object.entries(keys)) {
    const m = RESTRICTION_PROPERTIES[key]?.[platform];
    if (!m) continue;
    if (m.flag) {
      if (value === true) flags.add(m.flag);
      continue;
    }
    out[String(m.property)] = m.invert ? !(value as boolean) : (value as boolean | number);
  }
  if (flags.size) out.updateDelayPolicy = [...flags].sort().join(',');
  return out;
}

/** A read-back value in the form restrictionProperties writes (flags sorted; absent → default). */
export function normalizeRestrictionValue(property: string, value: unknown, fallback: boolean | number | string | null): boolean | number | string | null {
  if (value === undefined || value === null) return fallback;
  if (property === 'updateDelayPolicy' && typeof value === 'string') {
    const flags = value.split(',').map((f) => f.trim()).filter((f) => f && f !== 'none');
    return flags.length ? flags.sort().join(',') : 'none';
  }
  return value as boolean | number | string;
}
