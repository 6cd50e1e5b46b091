import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import { parseCalendarDate } from '../../apple/gdmf/calendar-date';
import { loadGdmfCatalog } from '../../apple/gdmf/load-catalog';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import type { Platform } from '../../core/document';
import type { ObjectValue } from '../cty/values';
import { HandlerDiagnosticsError, type DataSourceHandler } from '../framework/handler';
import type { ApplemdmClient } from './client';

/**
 * data "applemdm_gdmf_versions": the OS versions Apple's software catalog offers for a platform on a day (default
 * today, UTC), newest first, as `applemdm updates` lists them: what an enforcement may target. The catalog is the data
 * source's own, else the provider's.
 */
export function gdmfVersionsDataSource(): DataSourceHandler<ApplemdmClient> {
  return {
    validate(config) {
      const date = config.date;
      if (typeof date === 'string' && !parseCalendarDate(date)) return [problem('Invalid date', `date "${date}" is not a YYYY-MM-DD calendar date.`, ['date'])];
      return [];
    },
    async read(config, ctx): Promise<ObjectValue> {
      const catalog = await catalogFor(config, ctx.client);
      const day = typeof config.date === 'string' ? parseCalendarDate(config.date)! : (ctx.client?.now() ?? new Date());
      const offered = catalog.offeredVersions(config.platform as Platform, day);
      return { ...config, versions: offered.map((r) => r.productVersion), builds: offered.map((r) => r.build ?? ''), latest: offered[0]?.productVersion ?? null };
    },
  };
}

async function catalogFor(config: ObjectValue, client: ApplemdmClient | undefined): Promise<GdmfCatalog> {
  if (typeof config.catalog === 'string') {
    const loaded = await loadGdmfCatalog(config.catalog, { root: client?.options.baseDir ?? process.cwd() });
    if (!loaded.catalog) throw new HandlerDiagnosticsError(loaded.diagnostics.toArray().map((d) => ({ ...d, path: ['catalog'] })));
    return loaded.catalog;
  }
  if (client?.catalog) return client.catalog;
  throw new HandlerDiagnosticsError([problem('No software catalog', 'Name a catalog (a GDMF pmv JSON file or https URL) in the data source or in the provider block.', ['catalog'])]);
}

function problem(summary: string, detail: string, path: (string | number)[]): Diagnostic {
  return { severity: 'error', summary, detail, path, source: NO_SOURCE };
}
