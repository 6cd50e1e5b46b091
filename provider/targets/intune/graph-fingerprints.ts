import type { IntuneSnapshot } from '../../backends/intune/read-state';
import { canonicalJson } from '../../core/canonical-json';
import { sha256Hex } from '../../core/sha256';

/**
 * Fingerprints of everything a Graph plan read (rule 6): the apps and groups it resolved, every assignment of those
 * apps (foreign ones included, since a rewrite sends them back), the VPN configurations it referenced and each owned
 * configuration by identifier (null = absent). A saved plan is applied only if a fresh read gives the same values.
 */
export function graphFingerprints(snapshot: IntuneSnapshot): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const [name, groups] of snapshot.groups) out[`intune-group:${name}`] = groups.length ? groups.map((g) => g.id).sort().join(',') : null;
  for (const [key, apps] of snapshot.apps) out[`intune-app:${key}`] = apps.length ? apps.map((a) => a.id).sort().join(',') : null;
  for (const [id, vpn] of snapshot.vpnConfigurations) out[`intune-vpn:${id}`] = vpn ? vpn.displayName : null;
  for (const [appId, list] of snapshot.assignments) {
    const rows = list.map((a) => canonicalJson({ intent: a.intent, target: (a.raw as Record<string, unknown>).target ?? null, settings: a.settings, source: a.source })).sort();
    out[`intune-assignments:${appId}`] = rows.length ? sha256Hex(rows.join('\n')) : null;
  }
  const byIdentifier = new Map<string, string[]>();
  for (const c of snapshot.configurations) {
    const row = canonicalJson({ id: c.id, properties: c.properties, settings: c.settings ?? null, targets: c.targets, other: c.otherTargets });
    byIdentifier.set(c.identifier, [...(byIdentifier.get(c.identifier) ?? []), row]);
  }
  for (const [identifier, rows] of byIdentifier) out[`intune-configuration:${identifier}`] = sha256Hex(rows.sort().join('\n'));
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Keys whose fingerprint differs now (a configuration that appeared since counts too). */
export function graphStaleKeys(saved: Record<string, string | null>, now: Record<string, string | null>): string[] {
  const keys = new Set([...Object.keys(saved).filter((k) => k.startsWith('intune-')), ...Object.keys(now).filter((k) => k.startsWith('intune-configuration:'))]);
  return [...keys].sort().filter((k) => (saved[k] ?? null) !== (now[k] ?? null));
}
