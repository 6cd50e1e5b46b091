import type { ResourceType } from '../core/document';

/**
 * What `applemdm import` produces before it is written: resources with their attributes in the canonical (document)
 * form, the server objects each one stands for, and everything the user must know about how it was obtained.
 */
export interface ImportedResource {
  type: ResourceType;
  name: string;
  /** Canonical attributes (snake_case; references as addresses, e.g. "applemdm_device_group.sales"). */
  attributes: Record<string, unknown>;
  /** Server objects this resource stands for: "declaration:<id>", "set:<name>", "asset:<name>". */
  objects: string[];
  /** True when an object's identifier is outside the stack's prefix (written with adopt: true). */
  adopted: boolean;
  /** Values import had to fill in because the server does not store them, by JSON pointer → why. */
  review: Record<string, string>;
  /** Apple keys kept in the restrictions `extra` map. */
  extraKeys: string[];
}

/** A server object left as it is, and why. */
export interface SkippedObject {
  object: string;
  reason: string;
}

export function addressOf(r: Pick<ImportedResource, 'type' | 'name'>): string {
  return `${r.type}.${r.name}`;
}
