import * as fs from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { compareVersions, restrictionKeys } from '../../../provider/apple/schema';
import { restrictionAttributeForAppleKey } from '../../../provider/resources/restriction-key-map';
import { seededInt } from '../../../provider/simulator/seeded-random';
import { STACK } from '../../engine/support/harness';

/**
 * A large configuration the kmfddm backend can express in full, generated deterministically from a seed: groups with
 * enrollment IDs, apps, app assignments, restrictions with many iOS keys and software-update deferrals. Every scope
 * is chosen so that validation reports no conflict: an app's assignments go to disjoint groups, and a restriction key
 * has the same value wherever it is set.
 */
export interface SyntheticShape {
  groups: number;
  apps: number;
  assignments: number;
  restrictions: number;
  softwareUpdates: number;
  /** Keys per restriction, inclusive range. */
  keysPerRestriction: [number, number];
  seed: string;
}

export const RELIABILITY_SHAPE: SyntheticShape = {
  groups: 40,
  apps: 80,
  assignments: 120,
  restrictions: 40,
  softwareUpdates: 40,
  keysPerRestriction: [20, 60],
  seed: 'reliability',
};

/** The iOS floor of STACK: keys introduced later would draw an OS-support warning. */
const IOS_FLOOR = '18.0';
const VPN_UUID = '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB';

/** Boolean allow* restriction keys that iOS supports at the stack's floor, not deprecated, with a resource attribute. */
export function iosAllowKeys(): string[] {
  return restrictionKeys()
    .filter((k) => {
      const ios = k.platforms.iOS;
      return (
        k.type === 'boolean' &&
        k.key.startsWith('allow') &&
        ios?.supported === true &&
        !ios.deprecated &&
        !ios.removed &&
        !k.replacement &&
        (ios.introduced === undefined || compareVersions(ios.introduced, IOS_FLOOR) <= 0) &&
        restrictionAttributeForAppleKey(k.key) !== undefined
      );
    })
    .map((k) => k.key)
    .sort();
}

const pad = (n: number): string => String(n).padStart(4, '0');

export function syntheticResources(shape: SyntheticShape): Record<string, Record<string, unknown>> {
  const pick = (label: string, below: number): number => seededInt(shape.seed, label, below);
  const device_groups: Record<string, unknown> = {};
  for (let g = 0; g < shape.groups; g++) {
    const members = Array.from({ length: 1 + pick(`members ${g}`, 3) }, (_, m) => `ENR-${pad(g)}-${m}`);
    device_groups[`g${pad(g)}`] = { supervised: 'true', members: { enrollment_ids: members } };
  }
  const licenses = ['device', 'user'];
  const apps: Record<string, unknown> = {};
  for (let a = 0; a < shape.apps; a++) {
    apps[`app${pad(a)}`] = {
      bundle_id: `com.example.synthetic.app${pad(a)}`,
      adam_id: String(100_000_000 + a),
      license: licenses[a % licenses.length],
      platforms: ['iOS'],
    };
  }
  // Assignment i delivers app i % apps; the k-th assignment of one app goes `step` groups further, so they never overlap.
  const perApp = Math.ceil(shape.assignments / shape.apps);
  if (perApp > shape.groups) throw new Error('synthetic config: more assignments per app than groups');
  const step = Math.max(1, Math.floor(shape.groups / perApp));
  const app_assignments: Record<string, unknown> = {};
  for (let i = 0; i < shape.assignments; i++) {
    const app = i % shape.apps;
    const k = Math.floor(i / shape.apps);
    const settings: Record<string, unknown> = { prevent_backup: pick(`backup ${i}`, 2) === 0 };
    if (pick(`vpn ${i}`, 3) === 0) settings.vpn_uuid = VPN_UUID;
    app_assignments[`assign${pad(i)}`] = {
      app: `app${pad(app)}`,
      intent: pick(`intent ${i}`, 2) === 0 ? 'required' : 'available',
      scope: { groups: [`g${pad((app + k * step) % shape.groups)}`] },
      settings,
    };
  }
  const pool = iosAllowKeys();
  const [lo, hi] = shape.keysPerRestriction;
  const restrictions: Record<string, unknown> = {};
  for (let r = 0; r < shape.restrictions; r++) {
    const wanted = Math.min(pool.length, lo + pick(`key count ${r}`, hi - lo + 1));
    const rank = new Map(pool.map((key) => [key, pick(`order ${r} ${key}`, 1 << 30)]));
    const keys = [...pool].sort((x, y) => rank.get(x)! - rank.get(y)!).slice(0, wanted);
    const body: Record<string, unknown> = { scope: { groups: [`g${pad(r % shape.groups)}`] } };
    // One value per key across the whole configuration: overlapping scopes can never conflict.
    for (const key of keys.sort()) body[key] = pick(`value ${key}`, 2) === 0;
    restrictions[`restr${pad(r)}`] = body;
  }
  const software_updates: Record<string, unknown> = {};
  for (let s = 0; s < shape.softwareUpdates; s++) {
    software_updates[`su${pad(s)}`] = {
      platform: 'iOS',
      scope: { groups: [`g${pad(s % shape.groups)}`] },
      deferrals: { combined_days: 1 + pick(`deferral ${s}`, 90) },
    };
  }
  return { device_groups, apps, app_assignments, restrictions, software_updates };
}

/** Writes applemdm.yaml (the harness STACK) and resources.yaml into dir. */
export function writeSyntheticConfig(dir: string, shape: SyntheticShape): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), stringify(syntheticResources(shape)));
}
