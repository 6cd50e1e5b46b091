import type { Action, BaseOperation, KeyDiff, Plan, ResourceChange } from '../plan';
import { escapeControlCharacters as clean } from '../../core/escape-control';
import { formatValue } from './format-value';
import { describeValueChange } from './value-change';

/**
 * Terraform-like text plan for a terminal. Colour only when asked (the CLI decides: TTY and no NO_COLOR). Text that
 * comes from the configuration or the server (names, keys, notes, warnings) is printed with control and bidi
 * characters escaped; values are escaped by formatValue.
 */
export interface TextOptions {
  color: boolean;
}

const GLYPH: Record<Action, string> = { create: '+', update: '~', replace: '-/+', delete: '-', noop: ' ' };
const COLOR: Record<Action, string> = { create: '32', update: '33', replace: '35', delete: '31', noop: '0' };

export function renderText(plan: Plan<BaseOperation>, options: TextOptions): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  lines.push(`Stack "${clean(plan.stack)}" on ${plan.backend.kind} (${clean(plan.backend.url)})`);
  lines.push('');
  const changed = plan.changes.filter((c) => c.action !== 'noop');
  if (plan.operations.length === 0 && plan.pendingNotify?.length) {
    lines.push('No changes to server objects, but devices an earlier apply changed were not told to sync (see the warnings); apply will notify them.');
  } else if (plan.operations.length === 0) {
    lines.push('No changes. The server matches the configuration.');
  } else {
    for (const c of changed) lines.push(...renderChange(c, paint));
  }
  const kept = plan.changes.filter((c) => c.kept);
  if (kept.length) {
    lines.push('');
    lines.push(`Owned but not in configuration — kept (use --prune to delete):`);
    for (const c of kept) lines.push(`    ${clean(c.address)}`);
  }
  if (plan.warnings.length) {
    lines.push('');
    for (const w of plan.warnings) lines.push(`Warning: ${clean(w.summary)}${w.address ? ` (${clean(w.address)})` : ''}\n  ${clean(w.detail, { keepNewlines: true })}`);
  }
  lines.push('');
  const s = plan.summary;
  if (plan.operations.length) {
    lines.push(`Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.delete} to delete.`);
  }
  return `${lines.join('\n')}\n`;
}

function renderChange(c: ResourceChange, paint: (code: string, s: string) => string): string[] {
  const out: string[] = [];
  const head = `${GLYPH[c.action]} ${clean(c.address)}`;
  const suffix = c.action === 'replace' && c.reason ? ` (must be replaced: ${clean(c.reason)})` : c.action === 'delete' ? ' (will be deleted)' : '';
  out.push(paint(COLOR[c.action], `  ${head}${suffix}`));
  for (const k of c.keyDiffs) out.push(...renderKey(k).map((l) => `      ${l}`));
  for (const n of c.notes) out.push(`      ${n.risk === 'high' ? '!!' : '!'} ${clean(n.text)}`);
  out.push('');
  return out;
}

function renderKey(k: KeyDiff): string[] {
  const path = clean(k.path);
  if (k.sensitive) return [`~ ${path}: (sensitive value changed)`];
  if (k.before === undefined && Array.isArray(k.after) && JSON.stringify(k.after).length > 160) {
    return [`+ ${path}:`, ...k.after.map((v) => `    + ${formatValue(v)}`)];
  }
  if (k.before === undefined) return [`+ ${path} = ${formatValue(k.after)}`];
  if (k.after === undefined) return [`- ${path} (was ${formatValue(k.before)})`];
  const change = describeValueChange(k.before, k.after);
  if (change.kind === 'pair') return [`~ ${path}: ${change.before} → ${change.after}`];
  return [`~ ${path}:`, ...change.added.map((v) => `    + ${v}`), ...change.removed.map((v) => `    - ${v}`)];
}
