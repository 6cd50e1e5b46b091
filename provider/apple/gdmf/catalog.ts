import type { Platform } from '../../core/document';
import { CalendarDate, toCalendarDate } from './calendar-date';
import { compareOsVersions } from './os-version';

/**
 * Apple's software lookup catalog (GDMF `pmv` JSON), reduced to what enforcement needs: which OS release is offered
 * for which platform and device on which day.
 *
 * Which sets count: `AssetSets` (what managed devices may be told to install, including older still-signed releases)
 * UNION `PublicAssetSets` (what every device sees). applemdm targets managed devices, so a release listed in either set
 * is a candidate; each release remembers which set(s) listed it.
 *
 * Expiry rule: a release is offered on the closed day range [PostingDate, ExpirationDate]; no ExpirationDate means no
 * set end. Days are compared as UTC calendar days; every query takes the date explicitly (no hidden clock).
 */
export type GdmfSetName = 'AssetSets' | 'PublicAssetSets';

/** One listing of a release in one set: the window in which that set offers it. */
export interface GdmfAvailability {
  set: GdmfSetName;
  postingDate: CalendarDate;
  expirationDate?: CalendarDate;
}

export interface GdmfRelease {
  platform: Platform;
  productVersion: string;
  build?: string;
  /** Software-update device IDs (product types such as iPhone15,2; board IDs such as J413AP for Macs). */
  supportedDevices: string[];
  /** Earliest posting day over every listing. */
  postingDate: CalendarDate;
  /** Latest expiration over every listing; absent when any listing has no expiration. */
  expirationDate?: CalendarDate;
  availability: GdmfAvailability[];
}

export interface GdmfRapidSecurityResponse {
  platform: Platform;
  productVersion: string;
  productVersionExtra?: string;
  build?: string;
  prerequisiteBuild?: string;
  postingDate: CalendarDate;
  expirationDate?: CalendarDate;
  supportedDevices: string[];
}

export interface OfferCheck {
  offered: boolean;
  /** A full sentence explaining the answer, suitable for a diagnostic. */
  reason: string;
  /** The matching release, when the version is in the catalog. */
  release?: GdmfRelease;
}

export type CatalogDate = Date | CalendarDate;

export class GdmfCatalog {
  private readonly byPlatform = new Map<Platform, GdmfRelease[]>();

  constructor(
    releases: GdmfRelease[],
    readonly rapidSecurityResponses: GdmfRapidSecurityResponse[] = [],
    /** Where the catalog came from (file path or URL), for messages. */
    readonly source = 'catalog',
  ) {
    for (const r of releases) {
      const list = this.byPlatform.get(r.platform) ?? [];
      list.push(r);
      this.byPlatform.set(r.platform, list);
    }
    for (const list of this.byPlatform.values()) list.sort(newestFirst);
  }

  /** Platforms with at least one release. */
  platforms(): Platform[] {
    return [...this.byPlatform.keys()].sort();
  }

  /** Every release of the platform, newest first, whatever its window. */
  releases(platform: Platform): GdmfRelease[] {
    return [...(this.byPlatform.get(platform) ?? [])];
  }

  isOffered(version: string, platform: Platform, date: CatalogDate, model?: string): OfferCheck {
    const day = toCalendarDate(date);
    const named = this.releases(platform).filter((r) => compareOsVersions(r.productVersion, version) === 0);
    if (named.length === 0) {
      return { offered: false, reason: `${platform} ${version} is not listed in the software catalog (${this.source}).` };
    }
    const forModel = model ? named.filter((r) => supports(r, model)) : named;
    if (forModel.length === 0) {
      return {
        offered: false,
        reason: `${platform} ${version} is listed in the software catalog but not for device model ${model}.`,
        release: named[0],
      };
    }
    const offered = forModel.find((r) => offeredOn(r, day));
    if (offered) {
      const until = offered.expirationDate ? `until ${offered.expirationDate}` : 'with no expiration date';
      return {
        offered: true,
        reason: `${platform} ${version} is offered on ${day} (posted ${offered.postingDate}, ${until}).`,
        release: offered,
      };
    }
    const release = forModel[0];
    if (release.postingDate > day) {
      return { offered: false, reason: `${platform} ${version} is not posted yet on ${day} (posting date ${release.postingDate}).`, release };
    }
    return {
      offered: false,
      reason: `${platform} ${version} expired on ${release.expirationDate ?? '?'}; it is no longer offered or signed on ${day}.`,
      release,
    };
  }

  /** Releases offered on the day (optionally for one device model), newest first. */
  offeredVersions(platform: Platform, date: CatalogDate, model?: string): GdmfRelease[] {
    const day = toCalendarDate(date);
    return this.releases(platform).filter((r) => offeredOn(r, day) && (!model || supports(r, model)));
  }

  /** The newest release offered on the day, if any. */
  latest(platform: Platform, date: CatalogDate, model?: string): GdmfRelease | undefined {
    return this.offeredVersions(platform, date, model)[0];
  }
}

function offeredOn(release: GdmfRelease, day: CalendarDate): boolean {
  return release.availability.some((a) => a.postingDate <= day && (a.expirationDate === undefined || day <= a.expirationDate));
}

function supports(release: GdmfRelease, model: string): boolean {
  const wanted = model.toLowerCase();
  return release.supportedDevices.some((d) => d.toLowerCase() === wanted);
}

function newestFirst(a: GdmfRelease, b: GdmfRelease): number {
  const byVersion = compareOsVersions(b.productVersion, a.productVersion);
  if (byVersion !== 0) return byVersion;
  const ab = a.build ?? '';
  const bb = b.build ?? '';
  return ab === bb ? 0 : ab < bb ? 1 : -1;
}
