import type { BaseOperation, KeyDiff, Plan, ResourceChange } from '../plan';
import { escapeControlCharacters } from '../../core/escape-control';
import { formatValue } from './format-value';
import { describeValueChange } from './value-change';

/** GitHub's hard limit for an issue or PR comment is 65,536 characters; stay safely below it. */
export const MARKDOWN_LIMIT = 65_000;

export interface MarkdownOptions {
  /** Where the full JSON plan can be found (e.g. the CI artifact name), quoted when details are cut. */
  artifactHint?: string;
  limit?: number;
}

const ICON = { create: '➕', update: '✏️', replace: '♻️', delete: '🗑️', noop: '' } as const;

/**
 * Markdown for a pull-request comment: counts and high-risk items first, per-resource details folded. When the full
 * text would exceed the comment limit, details are dropped from the end and a pointer to the JSON plan is added.
 */
export function renderMarkdown(plan: Plan<BaseOperation>, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const s = plan.summary;
  const head: string[] = [];
  head.push(`### applemdm plan — \`${escapeInline(plan.stack)}\``);
  head.push('');
  // A reviewer must see which server the plan was made against (a throwaway embedded one is not the fleet).
  head.push(`Server: ${plan.backend.kind} \`${escapeInline(plan.backend.url)}\``);
  head.push('');
  if (plan.operations.length === 0 && plan.pendingNotify?.length) {
    head.push('**No changes to server objects**, but devices an earlier apply changed were not told to sync (see the warnings); apply will notify them.');
  } else if (plan.operations.length === 0) {
    head.push('**No changes.** The server matches the configuration.');
  } else {
    head.push('| Create | Update | Replace | Delete | Kept (not in config) |');
    head.push('|---:|---:|---:|---:|---:|');
    head.push(`| ${s.create} | ${s.update} | ${s.replace} | ${s.delete} | ${s.kept} |`);
  }
  const risky = plan.changes.filter((c) => c.risk === 'high' && c.action !== 'noop');
  if (risky.length) {
    head.push('');
    head.push(`#### ⚠️ High risk (${risky.length})`);
    for (const c of risky.slice(0, 50)) {
      const why = c.notes.filter((n) => n.risk === 'high').map((n) => n.text).join(' ');
      head.push(`- ${ICON[c.action]} \`${escapeInline(c.address)}\` — ${escapeCell(why || c.action)}`);
    }
    if (risky.length > 50) head.push(`- … and ${risky.length - 50} more (see the JSON plan)`);
  }
  if (plan.warnings.length) {
    head.push('');
    head.push(`<details><summary>Warnings (${plan.warnings.length})</summary>`);
    head.push('');
    for (const w of plan.warnings.slice(0, 100)) head.push(`- **${escapeCell(w.summary)}**${w.address ? ` \`${escapeInline(w.address)}\`` : ''}: ${escapeCell(w.detail)}`);
    head.push('');
    head.push('</details>');
  }
  const details = plan.changes.filter((c) => c.action !== 'noop').map(renderDetails);
  const pointer = (n: number) =>
    `\n_${n} resource detail section(s) omitted to fit the comment limit. The full plan is in ${
      options.artifactHint ? `\`${escapeInline(options.artifactHint)}\`` : 'the JSON plan (`applemdm plan --out plan.json`)'
    }._\n`;
  let body = `${head.join('\n')}\n`;
  if (details.length) body += '\n#### Changes\n\n';
  const reserve = pointer(details.length).length + 8;
  let used = 0;
  for (const d of details) {
    if (body.length + d.length + reserve > limit) break;
    body += d;
    used++;
  }
  if (used < details.length) body += pointer(details.length - used);
  if (body.length > limit) body = `${body.slice(0, limit - reserve)}\n${pointer(details.length)}`;
  return body;
}

function renderDetails(c: ResourceChange): string {
  const lines: string[] = [];
  const reason = c.action === 'replace' && c.reason ? ` — replace: ${escapeCell(c.reason)}` : '';
  lines.push(`<details><summary>${ICON[c.action]} <code>${escapeHtml(c.address)}</code> ${c.action}${reason}</summary>`);
  lines.push('');
  if (c.keyDiffs.length) {
    lines.push('| Key | Before | After |');
    lines.push('|---|---|---|');
    for (const k of c.keyDiffs) lines.push(renderRow(k));
  }
  for (const n of c.notes) lines.push(`\n> ${n.risk === 'high' ? '**High risk:** ' : ''}${escapeCell(n.text)}`);
  lines.push('');
  lines.push('</details>');
  lines.push('');
  return `${lines.join('\n')}\n`;
}

function renderRow(k: KeyDiff): string {
  if (k.sensitive) return `| \`${escapeInline(k.path)}\` | (sensitive) | (sensitive) |`;
  const key = `\`${escapeInline(k.path)}\``;
  const code = (s: string) => `\`${escapeInline(s)}\``;
  // A list: the Before column lists what is removed, the After column what is added, one element a line (a new
  // list too long for one cell is listed the same way rather than cut).
  const list = (sign: string, items: string[]) => (items.length ? items.map((v) => `${sign} ${code(v)}`).join('<br>') : '—');
  if (k.before === undefined && Array.isArray(k.after) && JSON.stringify(k.after).length > 120) {
    return `| ${key} | — | ${list('+', k.after.map((v) => formatValue(v, 120)))} |`;
  }
  if (k.before === undefined || k.after === undefined) {
    const cell = (v: unknown) => (v === undefined ? '—' : code(formatValue(v, 120)));
    return `| ${key} | ${cell(k.before)} | ${cell(k.after)} |`;
  }
  const change = describeValueChange(k.before, k.after, 120);
  if (change.kind === 'pair') return `| ${key} | ${code(change.before)} | ${code(change.after)} |`;
  return `| ${key} | ${list('−', change.removed)} | ${list('+', change.added)} |`;
}

// Control and bidi characters are escaped in every piece of text from the configuration or the server: in a pull
// request comment a bidi override makes a line read differently from what it says.
function escapeCell(s: string): string {
  return escapeControlCharacters(s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}
function escapeInline(s: string): string {
  return escapeControlCharacters(s.replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, ' '));
}
function escapeHtml(s: string): string {
  return escapeControlCharacters(s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}
