import type { ImportedResource } from '../resources/kinds/import-types';

/** What `applemdm import` produces before it is written (the kinds' decoders make them). */
export type { ImportedResource };

/** A server object left as it is, and why. */
export interface SkippedObject {
  object: string;
  reason: string;
}

export function addressOf(r: Pick<ImportedResource, 'type' | 'name'>): string {
  return `${r.type}.${r.name}`;
}
