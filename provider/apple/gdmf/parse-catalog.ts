import type { Platform } from '../../core/document';
import { Diagnostics } from '../../core/diagnostics';
import { escapeControlCharacters } from '../../core/escape-control';
import { parseJson } from '../../core/json-syntax';
import { isCalendarDate } from './calendar-date';
import { GdmfCatalog, GdmfRapidSecurityResponse, GdmfRelease, GdmfSetName } from './catalog';
import { isOsVersion } from './os-version';
import { isRecord } from '../../core/records';

/**
 * Parses Apple's GDMF `pmv` JSON. Lenient by design (Apple adds keys without notice): unknown keys are ignored, a
 * malformed entry is skipped with a warning, and only a document with no usable asset set at all is an error.
 */
export interface ParsedCatalog {
  catalog?: GdmfCatalog;
  diagnostics: Diagnostics;
}

const SETS: GdmfSetName[] = ['AssetSets', 'PublicAssetSets'];

/** Catalog platform keys → the platform their entries belong to when device IDs say nothing more specific. */
const KEY_PLATFORM: Record<string, Platform> = {
  iOS: 'iOS',
  macOS: 'macOS',
  visionOS: 'visionOS',
  xrOS: 'visionOS',
  tvOS: 'tvOS',
  watchOS: 'watchOS',
};

/** The iOS key also carries tvOS and watchOS releases; their device IDs tell them apart. */
function devicePlatform(deviceId: string): Platform | undefined {
  if (/^AppleTV/i.test(deviceId)) return 'tvOS';
  if (/^Watch/i.test(deviceId)) return 'watchOS';
  if (/^(iPhone|iPad|iPod)/i.test(deviceId)) return 'iOS';
  if (/^RealityDevice/i.test(deviceId)) return 'visionOS';
  return undefined;
}

interface RawEntry {
  platform: Platform;
  productVersion: string;
  productVersionExtra?: string;
  build?: string;
  prerequisiteBuild?: string;
  postingDate: string;
  expirationDate?: string;
  supportedDevices: string[];
}

export function parseGdmfCatalog(text: string, source: string): ParsedCatalog {
  const diagnostics = new Diagnostics();
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // By position only: the parser's own message quotes the text, and a catalog path may name any file.
    diagnostics.error('Software catalog is not valid JSON', `${escapeControlCharacters(source)}: ${parsed.problem}.`, [source], undefined, 'catalog-json');
    return { diagnostics };
  }
  const json = parsed.value;
  if (!isRecord(json)) {
    diagnostics.error('Software catalog has the wrong shape', `${source}: expected a JSON object with AssetSets / PublicAssetSets.`, [source], undefined, 'catalog-shape');
    return { diagnostics };
  }
  if (!SETS.some((s) => isRecord(json[s]))) {
    diagnostics.error(
      'Software catalog has no asset sets',
      `${source}: neither AssetSets nor PublicAssetSets is present; this does not look like a GDMF pmv document.`,
      [source],
      undefined,
      'catalog-shape',
    );
    return { diagnostics };
  }

  const releases = new Map<string, GdmfRelease>();
  for (const set of SETS) {
    for (const entry of entriesOf(json[set], set, source, diagnostics)) {
      const key = `${entry.platform}\u0000${entry.productVersion}\u0000${entry.build ?? ''}`;
      const existing = releases.get(key);
      const window = { set, postingDate: entry.postingDate, ...(entry.expirationDate ? { expirationDate: entry.expirationDate } : {}) };
      if (!existing) {
        releases.set(key, {
          platform: entry.platform,
          productVersion: entry.productVersion,
          ...(entry.build ? { build: entry.build } : {}),
          supportedDevices: [...entry.supportedDevices],
          postingDate: entry.postingDate,
          ...(entry.expirationDate ? { expirationDate: entry.expirationDate } : {}),
          availability: [window],
        });
        continue;
      }
      existing.availability.push(window);
      existing.supportedDevices = [...new Set([...existing.supportedDevices, ...entry.supportedDevices])];
      if (entry.postingDate < existing.postingDate) existing.postingDate = entry.postingDate;
      const open = existing.availability.some((a) => a.expirationDate === undefined);
      const latestEnd = existing.availability.map((a) => a.expirationDate ?? '').sort().pop();
      if (open || !latestEnd) delete existing.expirationDate;
      else existing.expirationDate = latestEnd;
    }
  }

  const rsrs: GdmfRapidSecurityResponse[] = entriesOf(json.PublicRapidSecurityResponses, 'PublicRapidSecurityResponses', source, diagnostics).map(
    (e) => ({
      platform: e.platform,
      productVersion: e.productVersion,
      ...(e.productVersionExtra ? { productVersionExtra: e.productVersionExtra } : {}),
      ...(e.build ? { build: e.build } : {}),
      ...(e.prerequisiteBuild ? { prerequisiteBuild: e.prerequisiteBuild } : {}),
      postingDate: e.postingDate,
      ...(e.expirationDate ? { expirationDate: e.expirationDate } : {}),
      supportedDevices: e.supportedDevices,
    }),
  );

  return { catalog: new GdmfCatalog([...releases.values()], rsrs, source), diagnostics };
}

function entriesOf(setValue: unknown, setName: string, source: string, diagnostics: Diagnostics): RawEntry[] {
  if (setValue === undefined) return [];
  if (!isRecord(setValue)) {
    diagnostics.warning('Software catalog set ignored', `${source}: ${setName} is not an object; it was ignored.`, [source, setName], undefined, 'catalog-entry');
    return [];
  }
  const out: RawEntry[] = [];
  for (const key of Object.keys(setValue).sort()) {
    const keyPlatform = KEY_PLATFORM[key];
    if (!keyPlatform) continue; // a platform applemdm does not manage
    const list = setValue[key];
    if (!Array.isArray(list)) {
      diagnostics.warning('Software catalog set ignored', `${source}: ${setName}.${key} is not an array; it was ignored.`, [source, setName, key], undefined, 'catalog-entry');
      continue;
    }
    list.forEach((raw, index) => {
      const path = [source, setName, key, index];
      const problem = entryProblem(raw);
      if (problem) {
        diagnostics.warning('Software catalog entry ignored', `${source}: ${setName}.${key}[${index}] ${problem}; the entry was ignored.`, path, undefined, 'catalog-entry');
        return;
      }
      const r = raw as Record<string, unknown>;
      const devices = Array.isArray(r.SupportedDevices) ? r.SupportedDevices.filter((d): d is string => typeof d === 'string') : [];
      // Split by the platform each device ID belongs to; IDs that say nothing stay with the key's platform.
      const byPlatform = new Map<Platform, string[]>();
      for (const d of devices) {
        const p = (keyPlatform === 'iOS' ? devicePlatform(d) : undefined) ?? keyPlatform;
        byPlatform.set(p, [...(byPlatform.get(p) ?? []), d]);
      }
      if (byPlatform.size === 0) byPlatform.set(keyPlatform, []);
      for (const [platform, supportedDevices] of byPlatform) {
        out.push({
          platform,
          productVersion: r.ProductVersion as string,
          ...(typeof r.ProductVersionExtra === 'string' ? { productVersionExtra: r.ProductVersionExtra } : {}),
          ...(typeof r.Build === 'string' && r.Build ? { build: r.Build } : {}),
          ...(typeof r.PrerequisiteBuild === 'string' ? { prerequisiteBuild: r.PrerequisiteBuild } : {}),
          postingDate: r.PostingDate as string,
          ...(typeof r.ExpirationDate === 'string' ? { expirationDate: r.ExpirationDate } : {}),
          supportedDevices,
        });
      }
    });
  }
  return out;
}

function entryProblem(raw: unknown): string | undefined {
  if (!isRecord(raw)) return 'is not an object';
  if (typeof raw.ProductVersion !== 'string' || !isOsVersion(raw.ProductVersion)) {
    return `has no usable ProductVersion (got ${JSON.stringify(raw.ProductVersion)})`;
  }
  if (typeof raw.PostingDate !== 'string' || !isCalendarDate(raw.PostingDate)) {
    return `has no usable PostingDate (got ${JSON.stringify(raw.PostingDate)}, expected YYYY-MM-DD)`;
  }
  if (raw.ExpirationDate !== undefined && (typeof raw.ExpirationDate !== 'string' || !isCalendarDate(raw.ExpirationDate))) {
    return `has an unusable ExpirationDate (got ${JSON.stringify(raw.ExpirationDate)}, expected YYYY-MM-DD)`;
  }
  if (raw.SupportedDevices !== undefined && !Array.isArray(raw.SupportedDevices)) return 'has a SupportedDevices value that is not an array';
  return undefined;
}

