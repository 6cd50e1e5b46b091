import { keyFacts, supportOn, type AppleKeyFacts } from '../apple/schema';
import type { Platform } from '../core/document';

/**
 * Why a setting backed by an Apple key does not reach a targeted platform at the stack's OS floor, or undefined
 * when it does: "is not supported on macOS", or "needs iOS 16.0 (this stack targets iOS 15.0 and later)".
 */
export function unsupportedBecause(facts: Pick<AppleKeyFacts, 'platforms'>, platform: Platform, floor: string): string | undefined {
  if (!facts.platforms[platform]?.supported) return `is not supported on ${platform}`;
  const verdict = supportOn(facts, platform, floor);
  if (verdict.supported) return undefined;
  if (verdict.introduced !== undefined && verdict.reason?.startsWith('introduced')) {
    return `needs ${platform} ${verdict.introduced} (this stack targets ${platform} ${floor} and later)`;
  }
  return `is ${verdict.reason ?? `not supported on ${platform}`} (this stack targets ${platform} ${floor} and later)`;
}

/** Facts of one key of a generated Apple schema; a missing key is a bug in applemdm, not a user mistake. */
export function requireKeyFacts(schema: string, keyPath: string): AppleKeyFacts {
  const facts = keyFacts(schema, keyPath);
  if (!facts) throw new Error(`applemdm bug: ${schema} has no key ${keyPath} in schemas/apple`);
  return facts;
}
