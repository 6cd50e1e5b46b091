import type { Platform, ResourceInstance } from '../core/document';
import { addDays, toCalendarDate } from './gdmf/calendar-date';
import { CompileContext, sourceOf } from './compile-context';
import { isRecord } from '../core/records';

/**
 * The `enforcement` block → softwareupdate.enforcement.specific payload keys. A named version is checked against the
 * GDMF catalog (offered for the platform on the compile date, per the expiry rule); `latest: true` is resolved from the
 * catalog: the newest version offered on the compile date, with the deadline `days_after_release` days after its
 * PostingDate at `local_time`. The compile date is injected, so the result is reproducible.
 */
export interface EnforcementKeys {
  TargetOSVersion: string;
  TargetBuildVersion?: string;
  TargetLocalDateTime: string;
  DetailsURL?: string;
}

export function resolveEnforcement(ctx: CompileContext, resource: ResourceInstance, platform: Platform): EnforcementKeys | undefined {
  const e = resource.attributes.enforcement;
  if (!isRecord(e)) return undefined;
  const d = ctx.diagnostics;
  const at = (attr: string) => ({ path: [resource.address, 'enforcement', attr], source: sourceOf(resource, `/enforcement/${attr}`) });
  const today = toCalendarDate(ctx.now);
  const detailsUrl = typeof e.details_url === 'string' ? { DetailsURL: e.details_url } : {};

  if (e.latest === true) {
    if (typeof e.target_os_version === 'string' || typeof e.target_local_datetime === 'string') {
      const w = at('latest');
      d.error('Two enforcement modes', 'enforcement sets latest: true and a target version or deadline; use one of the two.', w.path, w.source, 'enforcement-mode');
      return undefined;
    }
    const days = typeof e.days_after_release === 'number' ? e.days_after_release : undefined;
    const time = typeof e.local_time === 'string' ? e.local_time : undefined;
    if (days === undefined || time === undefined) {
      const w = at(days === undefined ? 'days_after_release' : 'local_time');
      d.error('Incomplete enforcement', 'enforcement with latest: true needs days_after_release and local_time ("HH:MM").', w.path, w.source, 'enforcement-mode');
      return undefined;
    }
    if (!ctx.catalog) {
      const w = at('latest');
      d.error(
        'Software catalog needed',
        `enforcement latest: true is resolved from Apple's software catalog, but none is configured; set catalog in applemdm.yaml or pass --catalog.`,
        w.path,
        w.source,
        'catalog-missing',
      );
      return undefined;
    }
    const release = ctx.catalog.latest(platform, ctx.now);
    if (!release) {
      const w = at('latest');
      d.error('No version to enforce', `The software catalog (${ctx.catalog.source}) offers no ${platform} version on ${today}.`, w.path, w.source, 'catalog-version');
      return undefined;
    }
    const deadline = `${addDays(release.postingDate, days)}T${time}:00`;
    d.add({
      severity: 'info',
      summary: 'Latest version resolved',
      detail: `enforcement latest resolves to ${platform} ${release.productVersion}${release.build ? ` (${release.build})` : ''}, posted ${release.postingDate}; deadline ${deadline} device local time.`,
      ...at('latest'),
      code: 'enforcement-latest',
    });
    warnPastDeadline(ctx, resource, deadline, today);
    return { TargetOSVersion: release.productVersion, TargetLocalDateTime: deadline, ...detailsUrl };
  }

  const version = typeof e.target_os_version === 'string' ? e.target_os_version : undefined;
  const deadline = typeof e.target_local_datetime === 'string' ? e.target_local_datetime : undefined;
  if (!version || !deadline) {
    const w = at(version ? 'target_local_datetime' : 'target_os_version');
    d.error('Incomplete enforcement', 'enforcement needs target_os_version and target_local_datetime, or latest: true with days_after_release and local_time.', w.path, w.source, 'enforcement-mode');
    return undefined;
  }
  const build = typeof e.target_build_version === 'string' ? e.target_build_version : undefined;
  if (!ctx.catalog) {
    const w = at('target_os_version');
    d.warning(
      'Target version not checked',
      `${platform} ${version} was not checked against Apple's software catalog because none is configured; devices can only enforce versions Apple still offers. Set catalog in applemdm.yaml or pass --catalog.`,
      w.path,
      w.source,
      'catalog-missing',
    );
  } else {
    const check = ctx.catalog.isOffered(version, platform, ctx.now);
    if (!check.offered) {
      const w = at('target_os_version');
      d.error('Target version not offered', `${check.reason} Devices cannot enforce it; choose a version the catalog offers (see applemdm updates).`, w.path, w.source, 'catalog-version');
      return undefined;
    }
    const release = check.release;
    if (release?.expirationDate && deadline.slice(0, 10) > release.expirationDate) {
      const w = at('target_local_datetime');
      d.warning(
        'Deadline after the version expires',
        `The deadline ${deadline} is after ${platform} ${version} expires (${release.expirationDate}); devices that have not updated by then can no longer install it.`,
        w.path,
        w.source,
        'catalog-expiry',
      );
    }
    if (build && release?.build && build.replace(/[a-z]$/, '') !== release.build) {
      const w = at('target_build_version');
      d.warning('Build does not match the catalog', `target_build_version ${build} is not the catalog's build ${release.build} for ${platform} ${version}; devices follow the OS version when the two disagree.`, w.path, w.source, 'catalog-build');
    }
  }
  warnPastDeadline(ctx, resource, deadline, today);
  return { TargetOSVersion: version, ...(build ? { TargetBuildVersion: build } : {}), TargetLocalDateTime: deadline, ...detailsUrl };
}

function warnPastDeadline(ctx: CompileContext, resource: ResourceInstance, deadline: string, today: string): void {
  if (deadline.slice(0, 10) >= today) return;
  ctx.diagnostics.warning(
    'Deadline already passed',
    `The enforcement deadline ${deadline} is before the compile date ${today}; devices that have not updated will install at once.`,
    [resource.address, 'enforcement'],
    sourceOf(resource, '/enforcement'),
    'deadline-passed',
  );
}
