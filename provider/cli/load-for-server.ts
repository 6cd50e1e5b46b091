import type { GdmfCatalog } from '../apple/gdmf/catalog';
import { loadCatalogFor } from '../apple/gdmf/load-catalog';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';
import { loadConfiguration } from '../frontends/load-config';
import { validateDocument } from '../resources/validate';
import { compileDocument } from '../apple/compile-document';
import { checkBackendCapabilities } from '../engine/capability-check';
import { preflightGraphPlan } from '../engine/graph-plan';
import { isIntuneTarget } from '../engine/target';
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
  // Intune has its own capabilities (it can say "removable", it cannot say "associated domains"): checked here too,
  // before any request.
  if (isIntuneTarget({ document, serverFlag, env: process.env })) {
    const preflight = preflightGraphPlan(document, { ...(catalog ? { catalog } : {}) });
    if (preflight.hasError()) throw new UserError(all.append(preflight).toArray());
    return { document, ...(catalog ? { catalog } : {}), diagnostics: all };
  }
  // The KMFDDM backends deliver apps through DDM only: settings it cannot express are reported here,
  // before a server is started or contacted (the planner repeats the check against the real server's capabilities).
  const compiled = compileDocument(document, { ...(catalog ? { catalog } : {}) });
  const preflight = checkBackendCapabilities(document, compiled.diagnostics, DDM_SERVER, DDM_CAPABILITIES);
  if (compiled.diagnostics.hasError() || preflight.hasError()) {
    throw new UserError(Diagnostics.of([...compiled.diagnostics].filter((d) => d.severity === 'error')).append(preflight).toArray());
  }
  return { document, ...(catalog ? { catalog } : {}), diagnostics: all };
}

const DDM_SERVER = { kind: 'kmfddm' as const, url: 'any KMFDDM-compatible server', serverVersion: '', extensions: [] };
const DDM_CAPABILITIES = {
  bulkRead: false,
  assetHosting: 'none' as const,
  enrollmentRegistry: false,
  appRemovable: false as const,
  uninstallIntent: false as const,
  excludeGroups: false as const,
};
