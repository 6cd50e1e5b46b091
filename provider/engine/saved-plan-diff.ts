import { canonicalJson } from '../core/canonical-json';
import { isRecord } from '../core/records';
import type { BaseOperation, Plan } from './plan';
import { withoutSecrets } from './plan-secrets';

/**
 * A saved plan is a review artifact, not an authority: apply re-derives the plan from the configuration and the
 * server as they are now (`fresh`) and writes only when the saved one equals it. This lists what differs, by place
 * (which field, which operation of which resource, which fingerprint), never by value: a value may be huge, hostile
 * or secret. Warnings and the configuration path are not compared (they describe, they do not act); the server URL is
 * compared before anything is opened (refuseIfPlanForOtherServer).
 */
export function savedPlanDifferences(saved: Plan<BaseOperation>, fresh: Plan<BaseOperation>): string[] {
  return rawDifferences(saved, fresh).map((d) => (d.length > 300 ? `${d.slice(0, 300)}…` : d));
}

function rawDifferences(saved: Plan<BaseOperation>, fresh: Plan<BaseOperation>): string[] {
  const out: string[] = [];
  for (const field of ['formatVersion', 'stack', 'identifierPrefix', 'configurationHash', 'prune'] as const) {
    if (!same(saved[field], fresh[field])) out.push(`${field}`);
  }
  if (!same(saved.backend?.kind, fresh.backend.kind)) out.push('backend.kind');
  out.push(...fingerprintDifferences(saved.fingerprints, fresh.fingerprints));
  out.push(...operationDifferences(saved.operations, fresh.operations));
  if (!same(saved.notifySets, fresh.notifySets)) out.push('notifySets (the sets whose devices are told to sync)');
  if (!same(saved.changes, fresh.changes)) out.push(...listDifferences('change', saved.changes, fresh.changes, (c) => String((c as { address?: unknown })?.address)));
  if (!same(saved.summary, fresh.summary)) out.push('summary');
  return out;
}

function fingerprintDifferences(saved: Plan['fingerprints'], fresh: Plan['fingerprints']): string[] {
  const out: string[] = [];
  const s = isRecord(saved) ? saved : {};
  for (const key of Object.keys(fresh)) {
    if (!Object.prototype.hasOwnProperty.call(s, key)) out.push(`fingerprint ${key} is missing`);
    else if (s[key] !== fresh[key]) out.push(`fingerprint ${key}`);
  }
  for (const key of Object.keys(s)) if (!Object.prototype.hasOwnProperty.call(fresh, key)) out.push(`fingerprint ${key} was not read by the plan`);
  return out;
}

function operationDifferences(saved: unknown[], fresh: BaseOperation[]): string[] {
  // Compared in saved form: a write holding a secret is its hash on both sides (plan-secrets.ts).
  const expected: BaseOperation[] = withoutSecrets({ operations: fresh } as unknown as Plan).operations;
  const out: string[] = [];
  if (!Array.isArray(saved)) return ['operations'];
  if (saved.length !== expected.length) out.push(`${saved.length} operation(s) saved, ${expected.length} derived now`);
  const n = Math.min(saved.length, expected.length);
  for (let i = 0; i < n; i++) {
    const want = expected[i] as unknown as Record<string, unknown>;
    const got = saved[i];
    if (same(got, want)) continue;
    const fields = fieldDifferences(got, want).slice(0, 5);
    out.push(`operation ${i + 1} (${String(want.op)}, ${String(want.address)}): ${fields.length ? fields.join(', ') : 'differs'}`);
  }
  for (let i = n; i < saved.length; i++) out.push(`operation ${i + 1} is not derived now (an addition)`);
  for (let i = n; i < expected.length; i++) out.push(`operation ${i + 1} (${expected[i].op}, ${expected[i].address}) is missing from the saved plan`);
  return out;
}

function listDifferences(label: string, saved: unknown, fresh: unknown[], name: (x: unknown) => string): string[] {
  if (!Array.isArray(saved) || saved.length !== fresh.length) return [`${label}s (${Array.isArray(saved) ? saved.length : 'not a list'} saved, ${fresh.length} derived now)`];
  return fresh.flatMap((f, i) => (same(saved[i], f) ? [] : [`${label} ${i + 1} (${name(f)}): ${fieldDifferences(saved[i], f).slice(0, 5).join(', ') || 'differs'}`]));
}

/** Dotted paths of the leaves where two JSON values differ (a path only, never a value). */
export function fieldDifferences(a: unknown, b: unknown, prefix = ''): string[] {
  if (same(a, b)) return [];
  if (isRecord(a) && isRecord(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => fieldDifferences(a[k], b[k], prefix ? `${prefix}.${k}` : k));
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((x, i) => fieldDifferences(x, b[i], `${prefix}[${i}]`));
  }
  const at = prefix || '(the whole value)';
  return [at.length > 120 ? `${at.slice(0, 120)}…` : at];
}

function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

