import type { GdmfCatalog } from '../apple/gdmf/catalog';
import { loadCatalogFor } from '../apple/gdmf/load-catalog';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { loadConfiguration } from '../frontends/load-config';
import { validateDocument } from '../resources/validate';
import { targetTypeFor } from '../targets/registry';
import { allowedDirs } from './allowed-dirs';
import { UserError } from './user-error';

/** Loads a configuration and its software catalog for the server commands; any error stops before a server is touched. */
export async function loadForServer(target: string, catalogFlag?: string, serverFlag?: string): Promise<{ document: DesiredDocument; catalog?: GdmfCatalog; diagnostics: Diagnostics }> {
  const all = new Diagnostics();
  const { document, diagnostics } = await loadConfiguration(target, { allowedDirs: allowedDirs() });
  all.append(diagnostics);
  if (!document || all.hasError()) throw new UserError(all.toArray());
  // Validate before any server is started or contacted: a broken configuration costs no request and creates nothing.
  const validation = validateDocument(document);
  if (validation.hasError()) throw new UserError(all.append(validation).toArray());
  const loaded = await loadCatalogFor(document, catalogFlag);
  if (loaded) all.append(loaded.diagnostics);
  const catalog: GdmfCatalog | undefined = loaded?.catalog;
  if (all.hasError()) throw new UserError(all.toArray());
  // What the server cannot express (a target's capabilities) is reported here, before a server is started or contacted.
  const preflight = targetTypeFor({ document, serverFlag, env: process.env }).preflight(document, catalog);
  if (preflight.hasError()) throw new UserError(preflight.toArray());
  return { document, ...(catalog ? { catalog } : {}), diagnostics: all };
}
