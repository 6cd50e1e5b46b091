import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { compareVersions, restrictionKeys } from '../provider/apple/schema';
import { packageRoot } from '../provider/core/paths';

/**
 * Synthetic configurations for the benchmark: N resources in a fixed mix, written as YAML files so the real front end
 * reads them. The same seed and size always give the same bytes, so runs on different machines plan the same objects.
 *
 * Mix (of N): device groups 10 %, apps 10 %, restrictions 20 %, software-update policies 10 %, app assignments the
 * rest (~50 %). Everything is chosen so the configuration validates with no error: each (app, group) pair is assigned
 * once, group memberships are disjoint, a restriction key has the same value wherever it is set, each group has at
 * most one update policy, and only settings DDM can carry (app.managed) are used.
 */
export interface BenchSpec {
  size: number;
  stack: StackSettings;
  device_groups: Named[];
  apps: Named[];
  app_assignments: Named[];
  restrictions: Named[];
  software_updates: Named[];
}

/** A resource as written in YAML: its name and attributes (references by resource name). */
export interface Named {
  name: string;
  attributes: Record<string, unknown>;
}

export interface StackSettings {
  stack: string;
  identifier_prefix: string;
  targets: { iOS: string; macOS: string };
  catalog: string;
  external_uuids: string[];
}

export const BENCH_STACK = 'bench';
export const BENCH_PREFIX = 'com.example.bench';
const TARGETS = { iOS: '18.0', macOS: '15.0' };
/** Profiles another team installs (per-app VPN etc.); assignments may reference them. */
const EXTERNAL_UUIDS = ['9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB', '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9'];
/** Resources per YAML file: admins split large configurations by team; the front end bounds each file's size. */
const RESOURCES_PER_FILE = 250;
export const CATALOG_FILE = 'gdmf-catalog.json';
export const CATALOG_SOURCE = path.join(packageRoot(), 'examples', 'quickstart', CATALOG_FILE);

/** Deterministic pseudo-random stream (mulberry32) seeded from a string. */
function rng(seed: string): () => number {
  let a = createHash('sha256').update(seed).digest().readUInt32BE(0);
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Boolean allow* restriction keys an iOS 18 / macOS 15 fleet honours without a warning about OS support. */
export function benchRestrictionKeys(): string[] {
  return restrictionKeys()
    .filter((f) => {
      const ios = f.platforms.iOS;
      const mac = f.platforms.macOS;
      if (f.type !== 'boolean' || !f.key.startsWith('allow') || f.replacement || !ios?.supported) return false;
      if (ios.deprecated || ios.removed || (ios.introduced && compareVersions(ios.introduced, TARGETS.iOS) > 0)) return false;
      if (mac?.supported && (mac.deprecated || mac.removed || (mac.introduced && compareVersions(mac.introduced, TARGETS.macOS) > 0))) return false;
      return true;
    })
    .map((f) => f.key)
    .sort();
}

/** The same value for a key everywhere, so overlapping restrictions never conflict; most keys restrict. */
function restrictionValue(key: string): boolean {
  return createHash('sha256').update(key).digest()[0] % 4 === 0;
}

function pad(i: number): string {
  return String(i).padStart(5, '0');
}

export function generateSpec(size: number, seed = 'applemdm-bench'): BenchSpec {
  if (!Number.isInteger(size) || size < 20) throw new Error(`bench size must be an integer of at least 20, got ${size}`);
  const random = rng(`${seed}:${size}`);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const nGroups = Math.round(size * 0.1);
  const nApps = Math.round(size * 0.1);
  const nRestrictions = Math.round(size * 0.2);
  const nUpdates = Math.round(size * 0.1);
  const nAssignments = size - nGroups - nApps - nRestrictions - nUpdates;

  // Groups 0..supervisedCount-1 are supervised; restrictions (many keys are supervised-only) go to those.
  const supervisedCount = Math.max(1, Math.floor(nGroups * 0.8));
  const device_groups: Named[] = [];
  for (let g = 0; g < nGroups; g++) {
    const attributes: Record<string, unknown> = {
      description: `Team ${g} devices`,
      supervised: g < supervisedCount ? 'true' : 'mixed',
    };
    if (g % 2 === 0) {
      const count = 3 + Math.floor(random() * 6);
      attributes.members = { enrollment_ids: Array.from({ length: count }, (_, k) => `ENR-${pad(g)}-${k}`) };
    }
    device_groups.push({ name: `team_${pad(g)}`, attributes });
  }

  const apps: Named[] = [];
  for (let a = 0; a < nApps; a++) {
    const inHouse = a % 5 === 4;
    const attributes: Record<string, unknown> = inHouse
      ? { bundle_id: `com.example.inhouse${a}`, manifest_url: `https://apps.example.com/app${a}/manifest.plist`, platforms: ['iOS'] }
      : { bundle_id: `com.vendor${a}.app`, adam_id: String(400000000 + a * 7919), license: a % 3 === 0 ? 'user' : 'device', platforms: ['iOS'] };
    apps.push({ name: `app_${pad(a)}`, attributes });
  }

  const app_assignments: Named[] = [];
  for (let i = 0; i < nAssignments; i++) {
    const a = i % nApps;
    // (a, round) is unique per assignment and round < nGroups, so no app reaches the same group twice.
    const round = Math.floor(i / nApps);
    const g = (round + a * 7) % nGroups;
    const settings: Record<string, unknown> = { prevent_backup: random() < 0.6 };
    if (random() < 0.3) settings.associated_domains = [`applinks:app${a}.example.com`];
    if (random() < 0.2) settings.enable_direct_downloads = true;
    if (random() < 0.2) settings.vpn_uuid = pick(EXTERNAL_UUIDS);
    if (random() < 0.1) settings.tap_to_pay_screen_lock = true;
    app_assignments.push({
      name: `assign_${pad(i)}`,
      attributes: { app: apps[a].name, intent: random() < 0.6 ? 'required' : 'available', scope: { groups: [device_groups[g].name] }, settings },
    });
  }

  const keys = benchRestrictionKeys();
  const restrictions: Named[] = [];
  for (let r = 0; r < nRestrictions; r++) {
    const count = 20 + Math.floor(random() * 41);
    const chosen = new Set<string>();
    while (chosen.size < Math.min(count, keys.length)) chosen.add(pick(keys));
    const attributes: Record<string, unknown> = { scope: { groups: [device_groups[r % supervisedCount].name] } };
    for (const key of [...chosen].sort()) attributes[key] = restrictionValue(key);
    restrictions.push({ name: `restrict_${pad(r)}`, attributes });
  }

  const software_updates: Named[] = [];
  for (let u = 0; u < nUpdates; u++) {
    const g = u % nGroups;
    if (u >= nGroups) break; // one policy per group at most (two enforced updates on one device are an error)
    const ios = u % 2 === 0;
    const attributes: Record<string, unknown> = {
      platform: ios ? 'iOS' : 'macOS',
      scope: { groups: [device_groups[g].name] },
      deferrals: ios ? { combined_days: 7 + (u % 30) } : { major_days: 30 + (u % 60), minor_days: 7 + (u % 20) },
      automatic_actions: { download: 'AlwaysOn', install_os_updates: u % 3 === 0 ? 'AlwaysOn' : 'Allowed' },
      rapid_security_response: { enable: true, enable_rollback: u % 2 === 0 },
      notifications: u % 4 !== 0,
    };
    if (u % 3 === 0) {
      attributes.enforcement = { target_os_version: ios ? '18.1' : '15.1', target_local_datetime: '2030-01-15T18:00:00' };
    }
    software_updates.push({ name: `updates_${pad(u)}`, attributes });
  }

  return {
    size,
    stack: { stack: BENCH_STACK, identifier_prefix: BENCH_PREFIX, targets: TARGETS, catalog: CATALOG_FILE, external_uuids: EXTERNAL_UUIDS },
    device_groups,
    apps,
    app_assignments,
    restrictions,
    software_updates,
  };
}

export const KINDS = ['device_groups', 'apps', 'app_assignments', 'restrictions', 'software_updates'] as const;

export function resourceCount(spec: BenchSpec): number {
  return KINDS.reduce((n, k) => n + spec[k].length, 0);
}

/** Writes applemdm.yaml, the pinned catalog and the resources in files of RESOURCES_PER_FILE; returns the file names. */
export function writeYamlConfig(spec: BenchSpec, dir: string, overrides: Partial<StackSettings> & { server?: string } = {}): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files = ['applemdm.yaml', CATALOG_FILE];
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), stringify({ ...spec.stack, ...overrides }));
  fs.copyFileSync(CATALOG_SOURCE, path.join(dir, CATALOG_FILE));
  for (const kind of KINDS) {
    const list = spec[kind];
    for (let start = 0, part = 1; start < list.length; start += RESOURCES_PER_FILE, part++) {
      const body: Record<string, Record<string, unknown>> = {};
      for (const r of list.slice(start, start + RESOURCES_PER_FILE)) body[r.name] = r.attributes;
      const file = `${kind.replace(/_/g, '-')}-${String(part).padStart(3, '0')}.yaml`;
      fs.writeFileSync(path.join(dir, file), stringify({ [kind]: body }, { lineWidth: 0 }));
      files.push(file);
    }
  }
  return files;
}
