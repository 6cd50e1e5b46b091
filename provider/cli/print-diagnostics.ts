import { Diagnostic, formatSource } from '../core/diagnostics';

/** Renders diagnostics for a terminal: one block per diagnostic, errors first, never a stack trace. */
export function formatDiagnostics(diags: Iterable<Diagnostic>): string {
  const list = [...diags].sort((a, b) => rank(a.severity) - rank(b.severity));
  return list
    .map((d) => {
      const where = formatSource(d.source);
      const path = d.path.length ? ` [${d.path.join('.')}]` : '';
      return `${d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Info'}: ${d.summary}${path}\n` +
        (where ? `  at ${where}\n` : '') +
        `  ${d.detail}\n`;
    })
    .join('\n');
}

function rank(s: Diagnostic['severity']): number {
  return s === 'error' ? 0 : s === 'warning' ? 1 : 2;
}

export function summarizeDiagnostics(diags: Iterable<Diagnostic>): string {
  let errors = 0;
  let warnings = 0;
  for (const d of diags) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return `${errors} error(s), ${warnings} warning(s)`;
}
