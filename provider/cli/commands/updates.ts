import type { Command } from 'commander';
import { PLATFORMS, type Platform } from '../../core/document';
import { Diagnostics } from '../../core/diagnostics';
import type { GdmfCatalog, GdmfRelease } from '../../apple/gdmf/catalog';
import { parseCalendarDate, toCalendarDate } from '../../apple/gdmf/calendar-date';
import { loadGdmfCatalog } from '../../apple/gdmf/load-catalog';
import { formatDiagnostics } from '../print-diagnostics';
import { UserError } from '../user-error';

interface UpdatesFlags {
  catalog: string;
  platform?: string;
  date?: string;
  format: string;
  all?: boolean;
}

interface Row {
  platform: Platform;
  version: string;
  build: string | null;
  postingDate: string;
  expirationDate: string | null;
  status: 'offered' | 'expired' | 'not-yet-posted';
  sets: string[];
  supportedDevices: number;
}

/**
 * `applemdm updates --catalog FILE`: the OS versions Apple's software catalog offers on a day (default today), per
 * platform, with posting and expiry dates and how many device models each supports. These are the versions an
 * enforcement may target.
 */
export function register(program: Command): void {
  program
    .command('updates')
    .description("List the OS versions Apple's software catalog (GDMF pmv JSON) offers, with posting and expiry dates.")
    .requiredOption('--catalog <file|url>', 'catalog file (or https URL, e.g. https://gdmf.apple.com/v2/pmv)')
    .option('--platform <platform>', `only this platform (${PLATFORMS.join(', ')})`)
    .option('--date <YYYY-MM-DD>', 'list what is offered on this day; default: today')
    .option('--format <format>', 'text or json', 'text')
    .option('--all', 'also list releases that are expired or not yet posted on the day')
    .action(async (flags: UpdatesFlags) => {
      const problems = new Diagnostics();
      const platform = flags.platform === undefined ? undefined : PLATFORMS.find((p) => p.toLowerCase() === flags.platform?.toLowerCase());
      if (flags.platform !== undefined && !platform) problems.error('Unknown platform', `--platform ${flags.platform} is not one of ${PLATFORMS.join(', ')}.`, ['--platform'], undefined, 'cli-platform');
      const date = flags.date === undefined ? new Date() : parseCalendarDate(flags.date);
      if (!date) problems.error('Invalid date', `--date ${flags.date} is not a YYYY-MM-DD calendar date.`, ['--date'], undefined, 'cli-date');
      if (flags.format !== 'text' && flags.format !== 'json') problems.error('Unknown format', `--format ${flags.format} is not text or json.`, ['--format'], undefined, 'cli-format');
      if (problems.hasError() || !date) throw new UserError(problems.toArray());

      const { catalog, diagnostics } = await loadGdmfCatalog(flags.catalog);
      if (!catalog || diagnostics.hasError()) throw new UserError(diagnostics.toArray());
      if (diagnostics.length) process.stderr.write(formatDiagnostics(diagnostics) + '\n');

      const day = toCalendarDate(date);
      const platforms = platform ? [platform] : catalog.platforms();
      const rows = platforms.flatMap((p) => listRows(catalog, p, day, !!flags.all));
      if (flags.format === 'json') {
        process.stdout.write(`${JSON.stringify({ catalog: flags.catalog, date: day, platforms, releases: rows }, null, 2)}\n`);
        return;
      }
      process.stdout.write(renderText(rows, platforms, day, !!flags.all));
    });
}

function listRows(catalog: GdmfCatalog, platform: Platform, day: string, all: boolean): Row[] {
  const releases = all ? catalog.releases(platform) : catalog.offeredVersions(platform, day);
  return releases.map((r) => toRow(r, day));
}

function toRow(r: GdmfRelease, day: string): Row {
  const offered = r.availability.some((a) => a.postingDate <= day && (a.expirationDate === undefined || day <= a.expirationDate));
  return {
    platform: r.platform,
    version: r.productVersion,
    build: r.build ?? null,
    postingDate: r.postingDate,
    expirationDate: r.expirationDate ?? null,
    status: offered ? 'offered' : r.postingDate > day ? 'not-yet-posted' : 'expired',
    sets: [...new Set(r.availability.map((a) => a.set))].sort(),
    supportedDevices: r.supportedDevices.length,
  };
}

function renderText(rows: Row[], platforms: Platform[], day: string, all: boolean): string {
  const lines: string[] = [];
  for (const p of platforms) {
    const mine = rows.filter((r) => r.platform === p);
    lines.push(`${p} — ${all ? 'all releases' : 'offered'} on ${day}:`);
    if (mine.length === 0) {
      lines.push('  (none)', '');
      continue;
    }
    const table = [
      ['VERSION', 'BUILD', 'POSTED', 'EXPIRES', ...(all ? ['STATUS'] : []), 'DEVICES', 'SETS'],
      ...mine.map((r) => [r.version, r.build ?? '-', r.postingDate, r.expirationDate ?? '-', ...(all ? [r.status] : []), String(r.supportedDevices), r.sets.join('+')]),
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    for (const row of table) lines.push(`  ${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`.replace(/\n\n\n$/, '\n\n');
}
