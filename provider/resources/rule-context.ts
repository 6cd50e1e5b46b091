import { formatSource, type Diagnostics } from '../core/diagnostics';
import type { DesiredDocument, Platform, ResourceInstance, ResourceType } from '../core/document';
import { PLATFORMS } from '../core/document';
import { splitPointer } from './schema-registry';
import { attributeSource } from './source-lookup';

/**
 * What a semantic rule sees: the whole document, lookups by address, and helpers that put the right path and source
 * position on each diagnostic. Rules only run on resources that passed structural validation (`valid`), so they can
 * rely on the schema's types. A second resource with an already-used address is never valid.
 */
export class RuleContext {
  readonly byAddress = new Map<string, ResourceInstance>();

  constructor(
    readonly doc: DesiredDocument,
    readonly diags: Diagnostics,
    private readonly validResources: ReadonlySet<ResourceInstance>,
  ) {
    for (const r of doc.resources) if (!this.byAddress.has(r.address)) this.byAddress.set(r.address, r);
  }

  /** Structurally valid resources of one type, in address order. */
  valid(type: ResourceType): ResourceInstance[] {
    return this.doc.resources.filter((r) => r.type === type && this.validResources.has(r));
  }

  isValid(resource: ResourceInstance): boolean {
    return this.validResources.has(resource);
  }

  /** Platforms the stack targets with their OS floor, in canonical platform order. */
  targets(): [Platform, string][] {
    return PLATFORMS.flatMap((p) => (this.doc.stack.targets[p] !== undefined ? [[p, this.doc.stack.targets[p] as string] as [Platform, string]] : []));
  }

  error(resource: ResourceInstance, pointer: string, summary: string, detail: string, code: string): void {
    this.diags.error(summary, detail, [resource.address, ...splitPointer(pointer)], attributeSource(resource, pointer), code);
  }

  warning(resource: ResourceInstance, pointer: string, summary: string, detail: string, code: string): void {
    this.diags.warning(summary, detail, [resource.address, ...splitPointer(pointer)], attributeSource(resource, pointer), code);
  }
}

/** "applemdm_app.slack (apps.yaml:3:3)": a resource named in another resource's diagnostic. */
export function located(resource: ResourceInstance): string {
  const where = formatSource(resource.source);
  return where ? `${resource.address} (${where})` : resource.address;
}

/** One resource's semantic rules: per resource, and across all resources of the document. */
export interface ResourceRules {
  type: ResourceType;
  checkResource?(resource: ResourceInstance, ctx: RuleContext): void;
  checkDocument?(ctx: RuleContext): void;
}

/** A structurally valid resource's attributes as its generated type (rules only see validated resources). */
export function attributesOf<T>(resource: ResourceInstance): T {
  return resource.attributes as unknown as T;
}
