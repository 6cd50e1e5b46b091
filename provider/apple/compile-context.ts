import type { DesiredDocument, Platform, ResourceInstance } from '../core/document';
import { Diagnostics, NO_SOURCE, SourceRef } from '../core/diagnostics';
import { resourceIdentifier } from '../core/identity';
import type { GdmfCatalog } from './gdmf/catalog';
import type { Supervision, TargetProfile } from './capabilities';

/**
 * What every resource compiler needs: the document, the injected clock and catalog, where profiles are published,
 * and one diagnostics collector. Nothing here does I/O, so compiling stays pure.
 */
export interface CompileContext {
  doc: DesiredDocument;
  now: Date;
  catalog?: GdmfCatalog;
  /** Base URL (no trailing slash) under which compiled profiles are served for com.apple.configuration.legacy. */
  assetsBaseUrl: string;
  diagnostics: Diagnostics;
  byAddress: Map<string, ResourceInstance>;
}

export const DEVICE_GROUP = 'applemdm_device_group';

export function identifierOf(ctx: CompileContext, resource: ResourceInstance): string {
  return objectIdentifier(ctx.doc, resource);
}

/**
 * The identifier of a resource's server object: the `identifier` attribute when the resource takes over an existing
 * object (adoption, see provider/resources/adoption.ts), else the derived `<prefix>.<stack>.<kind>.<name>`.
 */
export function objectIdentifier(doc: Pick<DesiredDocument, 'stack'>, resource: Pick<ResourceInstance, 'type' | 'name' | 'attributes'>): string {
  const override = resource.attributes.identifier;
  if (typeof override === 'string' && override !== '') return override;
  return resourceIdentifier(doc.stack.identifierPrefix, doc.stack.name, resource.type, resource.name);
}

/** The source of one attribute (JSON pointer into attributes), falling back to the resource's own source. */
export function sourceOf(resource: ResourceInstance, pointer?: string): SourceRef {
  if (pointer && resource.attributeSources) {
    // The closest declared ancestor: "/settings/prevent_backup" falls back to "/settings".
    for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
      const s = resource.attributeSources[p];
      if (s) return s;
    }
  }
  return resource.source ?? NO_SOURCE;
}

export function pointerOf(path: (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** References are stored as addresses; a bare name is read as a device group name for robustness. */
export function groupAddress(ref: string): string {
  return ref.includes('.') ? ref : `${DEVICE_GROUP}.${ref}`;
}

export interface Scope {
  groups: ResourceInstance[];
  excluded: ResourceInstance[];
}

/** Resolves a resource's scope to device group resources; dangling references are reported as errors. */
export function resolveScope(ctx: CompileContext, resource: ResourceInstance): Scope {
  const scope = (resource.attributes.scope ?? {}) as { groups?: unknown; exclude_groups?: unknown };
  const pick = (list: unknown, key: string): ResourceInstance[] => {
    if (!Array.isArray(list)) return [];
    const out: ResourceInstance[] = [];
    list.forEach((ref, i) => {
      const group = typeof ref === 'string' ? ctx.byAddress.get(groupAddress(ref)) : undefined;
      if (!group || group.type !== DEVICE_GROUP) {
        ctx.diagnostics.error(
          'Unknown device group',
          `${resource.address} is scoped to ${JSON.stringify(ref)}, which is not a declared applemdm_device_group.`,
          [resource.address, 'scope', key, i],
          sourceOf(resource, `/scope/${key}/${i}`),
          'dangling-reference',
        );
        return;
      }
      out.push(group);
    });
    return out;
  };
  return { groups: pick(scope.groups, 'groups'), excluded: pick(scope.exclude_groups, 'exclude_groups') };
}

/** "true" only when every group says so; a group that does not say is "mixed" (the schema default). */
export function scopeSupervision(groups: ResourceInstance[]): Supervision {
  const values = groups.map((g) => (typeof g.attributes.supervised === 'string' ? g.attributes.supervised : 'mixed'));
  if (values.length > 0 && values.every((v) => v === 'true')) return 'true';
  if (values.length > 0 && values.every((v) => v === 'false')) return 'false';
  return 'mixed';
}

/** The given platforms narrowed to those the stack targets (all of them when the stack names no targets). */
export function targetProfile(ctx: CompileContext, platforms: Platform[], groups: ResourceInstance[]): TargetProfile {
  const targets = ctx.doc.stack.targets ?? {};
  const targeted = Object.keys(targets).length === 0 ? platforms : platforms.filter((p) => targets[p] !== undefined);
  return { platforms: [...new Set(targeted)].sort(), floors: targets, supervision: scopeSupervision(groups) };
}

