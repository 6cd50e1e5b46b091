import { appleSchemaAnnotation, loadAppleSchema } from './schema/load';
import type { AppleJsonSchema, AppleKeyAnnotation, Platform, PlatformSupport } from './schema/types';

/**
 * The facts the compiler asks of schemas/apple (generated from Apple's YAML, loaded by ./schema): per-platform support
 * of an item (payload, command, declaration) and of a key by its path of dictionary keys. The compiler uses them to
 * report what a target cannot take; it never types Apple facts in by hand (architecture rule 2).
 */

/** Support of the whole item on a platform. */
export function itemSupport(name: string, platform: Platform): PlatformSupport {
  return appleSchemaAnnotation(name).platforms[platform] ?? { supported: false };
}

/** The schema node of a key, by its path below the item's own keys (e.g. ["Deferrals", "CombinedPeriodInDays"]). */
export function keySchema(name: string, keyPath: string[]): AppleJsonSchema | undefined {
  let node: AppleJsonSchema | undefined = loadAppleSchema(name);
  for (const p of appleSchemaAnnotation(name).keysPath) node = node?.properties?.[p];
  for (const k of keyPath) {
    node = node?.properties && Object.prototype.hasOwnProperty.call(node.properties, k) ? node.properties[k] : undefined;
    if (!node) return undefined;
  }
  return node;
}

export function keyAnnotation(name: string, keyPath: string[]): AppleKeyAnnotation | undefined {
  return keySchema(name, keyPath)?.['x-apple'] as AppleKeyAnnotation | undefined;
}

/** Support of one key on a platform; undefined when the schema does not describe the key. */
export function keySupport(name: string, keyPath: string[], platform: Platform): PlatformSupport | undefined {
  const x = keyAnnotation(name, keyPath);
  if (!x) return undefined;
  return x.platforms[platform] ?? { supported: false };
}
