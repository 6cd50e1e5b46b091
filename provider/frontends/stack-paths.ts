import { checkConfinedFile, resolveConfinedDir } from '../core/confined-file';
import type { Diagnostic, Diagnostics, SourceRef } from '../core/diagnostics';
import { MAX_CATALOG_BYTES } from '../core/catalog-limit';
import type { StackConfig } from './stack-settings';

/** Where the paths of a stack's settings must resolve: the configuration's directory, or one the operator allowed. */
export interface ConfigPlace {
  root: string;
  allowedDirs?: readonly string[];
}

/**
 * Checks the paths the stack settings name (catalog, assets.dir) while loading, so validate refuses what plan and apply
 * would refuse: each must resolve (links followed) inside the configuration's directory or an --allow-dir; the
 * catalog must be a regular file of bounded size (opened, never read here); the assets directory must be a directory,
 * or not exist yet below one. Returns false when a path was reported.
 */
export function checkStackPaths(
  config: StackConfig,
  place: ConfigPlace,
  where: { path: string[]; sourceOf: (key: 'catalog' | 'assets') => SourceRef },
  diags: Diagnostics,
): boolean {
  const problems: Diagnostic[] = [];
  if (config.catalog !== undefined && !/^https?:\/\//i.test(config.catalog)) {
    const checked = checkConfinedFile(place.root, config.catalog, {
      what: 'catalog',
      maxBytes: MAX_CATALOG_BYTES,
      allowedDirs: place.allowedDirs ?? [],
      path: [...where.path, 'catalog'],
      source: where.sourceOf('catalog'),
    });
    // A missing catalog keeps its established code; every other problem has the confined reader's own.
    if (!checked.ok) problems.push(checked.diagnostic.code === 'not-found' ? { ...checked.diagnostic, summary: 'Catalog not found', code: 'catalog-missing' } : checked.diagnostic);
  }
  if (config.assets?.dir !== undefined) {
    const resolved = resolveConfinedDir(place.root, config.assets.dir, {
      what: 'assets.dir',
      allowedDirs: place.allowedDirs ?? [],
      path: [...where.path, 'assets', 'dir'],
      source: where.sourceOf('assets'),
    });
    if (!resolved.ok) problems.push(resolved.diagnostic);
  }
  diags.append(problems);
  return problems.length === 0;
}
