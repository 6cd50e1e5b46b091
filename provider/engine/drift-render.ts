import type { DeviceDrift } from './drift-devices';
import type { DriftReport, ResourceDrift } from './drift';
import type { KeyDiff } from './plan';
import { formatValue, formatValuePair } from './render/format-value';
import { MARKDOWN_LIMIT } from './render/markdown';

/** Text, Markdown (an issue body for the nightly drift job) and JSON forms of a drift report. Formatting only. */
const PROBLEM: Record<DeviceDrift['problem'], string> = {
  'stale-token': 'has not applied the current version (stale token)',
  invalid: 'reports it invalid',
  inactive: 'reports it valid but not active',
};

export function renderDriftJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function renderDriftText(report: DriftReport): string {
  const lines = [`Drift of stack "${report.stack}" on ${report.backend.kind} (${report.backend.url})`, ''];
  if (!report.drifted) lines.push('No drift. The server and its devices match the configuration.');
  for (const r of report.resources) {
    lines.push(r.address);
    if (r.changed.length) {
      lines.push('  changed on the server (outside Git):');
      for (const k of r.changed) lines.push(`    ~ ${keyText(k)}`);
    }
    if (r.missing.length) lines.push(`  missing on the server (deleted outside Git, or never applied): ${r.missing.join(', ')}`);
    if (r.notInGit.length) lines.push(`  on the server but not in Git: ${r.notInGit.join(', ')}`);
    if (r.devices.length) {
      lines.push(`  devices disagreeing (${r.devices.length}):`);
      for (const g of groupDevices(r.devices)) lines.push(`    ${g.who}: ${g.what}`);
    }
    lines.push('');
  }
  for (const o of report.other) lines.push(`Other: ${o.summary}: ${o.detail}`);
  if (report.other.length) lines.push('');
  lines.push(summaryLine(report));
  if (report.devices.source === 'static-members') {
    lines.push(`Device status: ${report.devices.asked} device(s) from the configuration's static members (the server keeps no enrollment list).`);
  }
  return `${lines.join('\n')}\n`;
}

export function renderDriftMarkdown(report: DriftReport, limit = MARKDOWN_LIMIT): string {
  // The issue body names the server, as every rendering does: drift on a throwaway embedded server is not the fleet's.
  const head = [`### applemdm drift — \`${report.stack}\``, '', `Server: ${report.backend.kind} \`${report.backend.url.replace(/`/g, "'")}\``, ''];
  if (!report.drifted) return `${[...head, '**No drift.** The server and its devices match the configuration.'].join('\n')}\n`;
  const s = report.summary;
  head.push('| Changed outside Git | Missing on server | Not in Git | Device reports | Other |', '|---:|---:|---:|---:|---:|', `| ${s.changed} | ${s.missing} | ${s.notInGit} | ${s.devices} | ${s.other} |`, '');
  let body = `${head.join('\n')}\n`;
  let shown = 0;
  for (const r of report.resources) {
    const section = markdownSection(r);
    if (body.length + section.length + 200 > limit) break;
    body += section;
    shown++;
  }
  if (shown < report.resources.length) body += `\n_${report.resources.length - shown} resource(s) omitted to fit; run \`applemdm drift --format json\` for all of them._\n`;
  for (const o of report.other) body += `\n- **${o.summary}**: ${o.detail.replace(/\r?\n/g, ' ')}`;
  return `${body}\n`;
}

function markdownSection(r: ResourceDrift): string {
  const out = [`<details><summary><code>${r.address}</code></summary>`, ''];
  if (r.changed.length) {
    out.push('| Key | On the server | In Git |', '|---|---|---|');
    for (const k of r.changed) out.push(`| \`${k.path}\` (${k.object}) | ${cell(k.before, k.sensitive)} | ${cell(k.after, k.sensitive)} |`);
    out.push('');
  }
  if (r.missing.length) out.push(`Missing on the server: ${r.missing.map((m) => `\`${m}\``).join(', ')}`, '');
  if (r.notInGit.length) out.push(`On the server but not in Git: ${r.notInGit.map((m) => `\`${m}\``).join(', ')}`, '');
  for (const d of r.devices.slice(0, 50)) out.push(`- \`${d.enrollmentId}\`: \`${d.declaration}\` ${PROBLEM[d.problem]}${reasons(d)}`);
  if (r.devices.length > 50) out.push(`- … and ${r.devices.length - 50} more device report(s)`);
  out.push('', '</details>', '');
  return `${out.join('\n')}\n`;
}

/**
 * Devices reporting the same problem with the same reasons are one line with a count (twenty devices refusing one key
 * for one reason is one problem to fix); the first few are named.
 */
function groupDevices(devices: DeviceDrift[]): { who: string; what: string }[] {
  const groups = new Map<string, string[]>();
  for (const d of devices) {
    const what = `${d.declaration} ${PROBLEM[d.problem]}${reasons(d)}`;
    groups.set(what, [...(groups.get(what) ?? []), d.enrollmentId]);
  }
  return [...groups].map(([what, ids]) => ({
    what,
    who: ids.length === 1 ? ids[0]! : `${ids.length} device(s) (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`,
  }));
}

function summaryLine(r: DriftReport): string {
  if (!r.drifted) return 'Drift: none.';
  const s = r.summary;
  return `Drift: ${s.changed} resource(s) changed outside Git, ${s.missing} with objects missing on the server, ${s.notInGit} not in Git, ${s.devices} device report(s) disagreeing${s.other ? `, ${s.other} other` : ''}.`;
}

function keyText(k: KeyDiff): string {
  if (k.sensitive) return `${k.path} (${k.object}): sensitive value differs`;
  // Shortened around where they differ, so a long value never shows the same cut-off text on both sides.
  const [server, git] = k.before !== undefined && k.after !== undefined ? formatValuePair(k.before, k.after) : [formatValue(k.before), formatValue(k.after)];
  return `${k.path} (${k.object}): server ${server}, Git ${git}`;
}

function cell(v: unknown, sensitive?: true): string {
  if (sensitive) return '(sensitive)';
  return v === undefined ? '—' : `\`${formatValue(v, 120).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

function reasons(d: DeviceDrift): string {
  return d.reasons.length ? ` (${d.reasons.map((r) => `${r.code}${r.description ? `: ${r.description}` : ''}`).join('; ')})` : '';
}
