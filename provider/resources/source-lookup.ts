import { NO_SOURCE, type SourceRef } from '../core/diagnostics';
import type { ResourceInstance } from '../core/document';

/** The recorded source of a JSON pointer, or of its nearest recorded ancestor. */
export function nearestSource(sources: Record<string, SourceRef>, pointer: string): SourceRef {
  let p = pointer;
  for (;;) {
    if (Object.hasOwn(sources, p)) return sources[p];
    if (p === '') return NO_SOURCE;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Where an attribute of a resource was written (nearest recorded ancestor), else where the resource was declared. */
export function attributeSource(resource: ResourceInstance, pointer: string): SourceRef {
  const found = resource.attributeSources ? nearestSource(resource.attributeSources, pointer) : NO_SOURCE;
  return found.kind === 'none' ? resource.source : found;
}
