import { ConfinedPathError, resolveConfinedDir } from './confined-file';
import type { DesiredDocument } from './document';

/**
 * The directory profile assets are written to (assets.dir with assets.base_url), resolved again just before it is
 * used — links followed, inside the configuration's directory or an --allow-dir — so a directory that was swapped
 * for a link since the configuration was loaded is refused rather than written through. The real path is returned:
 * writes go where the check looked.
 */
export function confinedAssetsConfig(doc: DesiredDocument): { dir: string; base_url: string } | undefined {
  const assets = doc.stack.assets;
  if (!assets?.dir || !assets.baseUrl) return undefined;
  const resolved = resolveConfinedDir(doc.baseDir, assets.dir, { what: 'assets.dir', allowedDirs: doc.allowedDirs ?? [], path: ['assets', 'dir'] });
  if (!resolved.ok) throw new ConfinedPathError(resolved.diagnostic);
  return { dir: resolved.realPath, base_url: assets.baseUrl };
}
