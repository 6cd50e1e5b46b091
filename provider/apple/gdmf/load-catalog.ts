import { MAX_CATALOG_BYTES } from '../../core/catalog-limit';
import { ANYWHERE, readConfinedFile } from '../../core/confined-file';
import { decodeUtf8 } from '../../core/decode-utf8';
import { Diagnostics } from '../../core/diagnostics';
import type { DesiredDocument } from '../../core/document';
import { ParsedCatalog, parseGdmfCatalog } from './parse-catalog';

/** Apple's live catalog. Plans should pin a downloaded copy instead, so they are reproducible. */
export const GDMF_URL = 'https://gdmf.apple.com/v2/pmv';

/**
 * Where a catalog file may be: a catalog named by a configuration stays inside the configuration's directory (root)
 * or a directory the operator allowed; a path the operator typed (--catalog) may be anywhere (ANYWHERE, the default).
 */
export interface CatalogPlace {
  root: string;
  allowedDirs?: readonly string[];
  /** The setting that names the catalog, for diagnostics. */
  what?: string;
}

/**
 * Loads a catalog from a file path (relative paths resolve against place.root) or an https URL. The file must be a
 * regular file of at most MAX_CATALOG_BYTES inside the allowed places; its content is never quoted in a diagnostic.
 * Failures come back as diagnostics, never exceptions.
 */
export async function loadGdmfCatalog(location: string, place: CatalogPlace = { root: process.cwd(), allowedDirs: ANYWHERE }): Promise<ParsedCatalog> {
  if (/^https?:\/\//i.test(location)) return fetchCatalog(location);
  const diagnostics = new Diagnostics();
  const read = readConfinedFile(place.root, location, { what: place.what ?? 'catalog', maxBytes: MAX_CATALOG_BYTES, allowedDirs: place.allowedDirs ?? [], path: ['catalog'] });
  if (!read.ok) {
    diagnostics.add({ ...read.diagnostic, summary: `Cannot read the software catalog: ${read.diagnostic.summary.toLowerCase()}`, code: 'catalog-read' });
    return { diagnostics };
  }
  const text = decodeUtf8(read.bytes, location, diagnostics);
  if (text === undefined) return { diagnostics };
  return parseGdmfCatalog(text, location);
}

/**
 * The catalog a command uses: the one typed with --catalog (anywhere the operator likes), else the configuration's
 * `catalog:` (inside its directory or an --allow-dir). Undefined when neither names one.
 */
export async function loadCatalogFor(document: DesiredDocument, flag?: string): Promise<ParsedCatalog | undefined> {
  if (flag) return loadGdmfCatalog(flag, { root: process.cwd(), allowedDirs: ANYWHERE, what: '--catalog' });
  const location = document.stack.catalog;
  if (!location) return undefined;
  return loadGdmfCatalog(location, { root: document.baseDir, allowedDirs: document.allowedDirs ?? [], what: 'catalog' });
}

async function fetchCatalog(url: string): Promise<ParsedCatalog> {
  const diagnostics = new Diagnostics();
  if (!url.toLowerCase().startsWith('https://')) {
    diagnostics.error('Software catalog URL must use https', `Got ${url}; only https:// URLs are fetched.`, [url], undefined, 'catalog-read');
    return { diagnostics };
  }
  try {
    const res = await fetch(url, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    const text = await res.text();
    if (text.length > MAX_CATALOG_BYTES) throw new Error(`response larger than ${MAX_CATALOG_BYTES} bytes`);
    return parseGdmfCatalog(text, url);
  } catch (err) {
    const cause = (err as { cause?: { message?: string } }).cause?.message;
    diagnostics.error(
      'Cannot download the software catalog',
      `${url}: ${(err as Error).message}${cause ? ` (${cause})` : ''}. Download it once and pass the file with --catalog.`,
      [url],
      undefined,
      'catalog-read',
    );
    return { diagnostics };
  }
}
