import { DesiredDocument, ResourceInstance, sortResources } from '../core/document';
import { Diagnostics } from '../core/diagnostics';
// Each kind's compiler is part of its kind module; the list is the only dispatch table.
import { kindOf } from '../resources/kinds/registry';
import { compileActivation } from './activation';
import { Artifact, sortArtifacts } from './artifact';
import { CompileContext, identifierOf } from './compile-context';
import type { GdmfCatalog } from './gdmf/catalog';
import { ASSETS_PLACEHOLDER_BASE_URL } from './legacy-declaration';
import { configurationsByGroup } from './set-membership';

export interface CompileOptions {
  /** The compile date: enforcement is checked against the catalog on this day. Default: the current time. */
  now?: Date;
  /** Apple's software catalog; without one, named versions are not checked and `latest` cannot be resolved. */
  catalog?: GdmfCatalog;
  /**
   * Base URL under which profiles are published for com.apple.configuration.legacy. Default: the stack's
   * assets.baseUrl, else ASSETS_PLACEHOLDER_BASE_URL, which the backend rewrites to its own asset URL on apply.
   */
  assetsBaseUrl?: string;
}

export interface CompileResult {
  /** Sorted by fileName. Empty for a resource whose compilation reported an error. */
  artifacts: Artifact[];
  diagnostics: Diagnostics;
}

/**
 * The desired-state document → every Apple artifact it implies. Pure: no I/O, no clock other than opts.now, no
 * randomness, so equal input gives byte-identical artifacts (architecture rule 4). Everything the targets cannot
 * express is reported in diagnostics; nothing is dropped silently.
 */
export function compileDocument(doc: DesiredDocument, opts: CompileOptions = {}): CompileResult {
  const ctx: CompileContext = {
    doc,
    now: opts.now ?? new Date(),
    ...(opts.catalog ? { catalog: opts.catalog } : {}),
    assetsBaseUrl: (opts.assetsBaseUrl ?? doc.stack.assets?.baseUrl ?? ASSETS_PLACEHOLDER_BASE_URL).replace(/\/+$/, ''),
    diagnostics: new Diagnostics(),
    byAddress: new Map(doc.resources.map((r) => [r.address, r])),
  };
  const artifacts: Artifact[] = [];
  for (const resource of sortResources(doc.resources)) artifacts.push(...compileResource(ctx, resource));

  for (const [groupAddress, configurations] of configurationsByGroup(doc, artifacts)) {
    const group = ctx.byAddress.get(groupAddress);
    if (group && configurations.length > 0) artifacts.push(compileActivation(group, identifierOf(ctx, group), configurations));
  }
  reportDuplicateFiles(ctx, artifacts);
  return { artifacts: sortArtifacts(artifacts), diagnostics: ctx.diagnostics };
}

function compileResource(ctx: CompileContext, resource: ResourceInstance): Artifact[] {
  const before = ctx.diagnostics.toArray().filter((d) => d.severity === 'error').length;
  const out = kindOf(resource.type).compile(ctx, resource);
  // A resource with an error yields nothing, so a partial artifact can never be written or applied.
  const after = ctx.diagnostics.toArray().filter((d) => d.severity === 'error').length;
  return after > before ? [] : out;
}

function reportDuplicateFiles(ctx: CompileContext, artifacts: Artifact[]): void {
  const seen = new Map<string, string>();
  for (const a of artifacts) {
    const other = seen.get(a.fileName);
    if (other !== undefined) {
      ctx.diagnostics.error(
        'Duplicate identifier',
        `${other} and ${a.address} both compile to ${a.fileName}; resource names must differ after "_" becomes "-".`,
        [a.address],
        ctx.byAddress.get(a.address)?.source,
        'duplicate-identifier',
      );
    }
    seen.set(a.fileName, a.address);
  }
}
