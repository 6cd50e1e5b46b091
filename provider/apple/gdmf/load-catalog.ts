import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostics } from '../../core/diagnostics';
import { ParsedCatalog, parseGdmfCatalog } from './parse-catalog';

/** Apple's live catalog. Plans should pin a downloaded copy instead, so they are reproducible. */
export const GDMF_URL = 'https://gdmf.apple.com/v2/pmv';

/** Largest catalog accepted; the real feed is a few MB. Protects against a hostile or wrong file. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * Loads a catalog from a file path (relative paths resolve against baseDir) or an https URL. Failures come back as
 * diagnostics, never exceptions.
 */
export async function loadGdmfCatalog(location: string, baseDir = process.cwd()): Promise<ParsedCatalog> {
  if (/^https?:\/\//i.test(location)) return fetchCatalog(location);
  const file = path.resolve(baseDir, location);
  const diagnostics = new Diagnostics();
  let text: string;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new Error('not a regular file');
    if (stat.size > MAX_BYTES) throw new Error(`larger than ${MAX_BYTES} bytes`);
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    diagnostics.error('Cannot read the software catalog', `${file}: ${(err as Error).message}.`, [location], undefined, 'catalog-read');
    return { diagnostics };
  }
  return parseGdmfCatalog(text, location);
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
    if (text.length > MAX_BYTES) throw new Error(`response larger than ${MAX_BYTES} bytes`);
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
