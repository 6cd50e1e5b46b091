import type { Platform } from '../core/document';
import type { Diagnostics, SourceRef } from '../core/diagnostics';
import { compareOsVersions } from './gdmf/os-version';
import { itemSupport, keySchema, keySupport } from './apple-facts';
import type { PlatformSupport } from './schema/types';

/**
 * Reports what a target cannot take: an item (declaration, command, payload) or a key that a targeted platform does
 * not support, that needs a newer OS than the stack's floor, or that needs supervision the scope cannot promise.
 * Facts come from schemas/apple. Findings are warnings: the artifact is still valid, but some devices will ignore or
 * reject part of it, and the user must know which.
 */
export type Supervision = 'true' | 'false' | 'mixed';

export interface TargetProfile {
  /** Platforms the artifact goes to (already narrowed to the stack's targets). */
  platforms: Platform[];
  /** OS floor per platform from the stack settings (absent: no floor known). */
  floors: Partial<Record<Platform, string>>;
  /** Whether the scope's devices are supervised. */
  supervision: Supervision;
}

export interface Subject {
  /** Schema name in schemas/apple, e.g. com.apple.configuration.app.managed. */
  schema: string;
  /** Human name of the artifact for messages, e.g. "the app.managed declaration". */
  label: string;
  address: string;
  source: SourceRef;
  /** How a key path is shown and located: the attribute that produced it. */
  describeKey: (keyPath: string[]) => { text: string; path: (string | number)[]; source?: SourceRef };
}

export function reportItemSupport(subject: Subject, target: TargetProfile, diagnostics: Diagnostics): Platform[] {
  const supportedOn: Platform[] = [];
  for (const platform of target.platforms) {
    const s = itemSupport(subject.schema, platform);
    if (!s.supported) {
      diagnostics.warning(
        'Not available on a targeted platform',
        `${subject.label} (${subject.schema}) does not exist on ${platform}; ${platform} devices in the scope will not apply it.`,
        [subject.address],
        subject.source,
        'platform-unsupported',
      );
      continue;
    }
    supportedOn.push(platform);
    const floor = target.floors[platform];
    if (floor && s.introduced && compareOsVersions(floor, s.introduced) < 0) {
      diagnostics.warning(
        'Needs a newer OS than the stack targets',
        `${subject.label} (${subject.schema}) needs ${platform} ${s.introduced}; the stack targets ${platform} ${floor}, so devices older than ${s.introduced} ignore it.`,
        [subject.address],
        subject.source,
        'os-floor',
      );
    }
    if (s.supervised && target.supervision !== 'true') {
      diagnostics.warning(
        'Needs supervised devices',
        `${subject.label} (${subject.schema}) applies only to supervised ${platform} devices; the scope is ${supervisionText(target.supervision)}.`,
        [subject.address],
        subject.source,
        'supervision',
      );
    }
  }
  return supportedOn;
}

/**
 * Walks the dictionary keys of `value` (the item's own keys) and reports each key a targeted platform cannot take.
 * Nested findings already explained by a parent (same OS floor, supervision) are not repeated.
 */
export function reportKeySupport(subject: Subject, value: Record<string, unknown>, target: TargetProfile, diagnostics: Diagnostics): void {
  for (const platform of target.platforms) {
    const item = itemSupport(subject.schema, platform);
    if (!item.supported) continue; // reported once for the whole item
    walk(subject, value, [], platform, target, { introduced: maxVersion(item.introduced, target.floors[platform]), supervised: !!item.supervised }, diagnostics);
  }
}

interface Covered {
  introduced?: string;
  supervised: boolean;
}

function walk(
  subject: Subject,
  value: Record<string, unknown>,
  prefix: string[],
  platform: Platform,
  target: TargetProfile,
  covered: Covered,
  diagnostics: Diagnostics,
): void {
  for (const key of Object.keys(value).sort()) {
    const keyPath = [...prefix, key];
    const support: PlatformSupport | undefined = keySupport(subject.schema, keyPath, platform);
    if (!support) continue; // common payload keys and free-form dictionaries carry no facts of their own
    const where = subject.describeKey(keyPath);
    if (!support.supported) {
      // Name the user's settings, not the container: an unsupported dictionary is reported per key set inside it.
      for (const leaf of leafPaths(value[key], keyPath)) {
        const w = subject.describeKey(leaf);
        diagnostics.warning(
          'Setting not available on a targeted platform',
          `${w.text} becomes ${leaf.join('.')} in ${subject.label}, which ${platform} does not support; ${platform} devices ignore it.`,
          w.path,
          w.source ?? subject.source,
          'platform-unsupported',
        );
      }
      continue;
    }
    const next: Covered = { ...covered };
    const floor = target.floors[platform];
    if (floor && support.introduced && compareOsVersions(floor, support.introduced) < 0 &&
        (!covered.introduced || compareOsVersions(support.introduced, covered.introduced) > 0)) {
      diagnostics.warning(
        'Setting needs a newer OS than the stack targets',
        `${where.text} (${keyPath.join('.')}) needs ${platform} ${support.introduced}; the stack targets ${platform} ${floor}, so older devices ignore it.`,
        where.path,
        where.source ?? subject.source,
        'os-floor',
      );
      next.introduced = support.introduced;
    }
    if (support.supervised && !covered.supervised && target.supervision !== 'true') {
      diagnostics.warning(
        'Setting needs supervised devices',
        `${where.text} (${keyPath.join('.')}) applies only to supervised ${platform} devices; the scope is ${supervisionText(target.supervision)}.`,
        where.path,
        where.source ?? subject.source,
        'supervision',
      );
      next.supervised = true;
    }
    const child = value[key];
    const node = keySchema(subject.schema, keyPath);
    if (node?.properties && child !== null && typeof child === 'object' && !Array.isArray(child)) {
      walk(subject, child as Record<string, unknown>, keyPath, platform, target, next, diagnostics);
    }
  }
}

function leafPaths(value: unknown, keyPath: string[]): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [keyPath];
  const keys = Object.keys(value).sort();
  return keys.length === 0 ? [keyPath] : keys.map((k) => [...keyPath, k]);
}

function maxVersion(a?: string, b?: string): string | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareOsVersions(a, b) >= 0 ? a : b;
}

function supervisionText(s: Supervision): string {
  return s === 'false' ? 'declared unsupervised (supervised: "false")' : 'declared mixed (supervised: "mixed"), so it may contain unsupervised devices';
}
