import { Diagnostic, formatSource } from '../core/diagnostics';
import { escapeControlCharacters } from '../core/escape-control';
import { redactKnownSecrets } from '../core/secret-values';

/**
 * Renders diagnostics for a terminal: one block per diagnostic, errors first, never a stack trace. Diagnostics quote
 * the input (names, keys, construct paths, values), so control and bidi characters are printed escaped: a
 * configuration in a pull request must not be able to drive the reviewer's terminal.
 */
export function formatDiagnostics(diags: Iterable<Diagnostic>): string {
  const list = [...diags].sort((a, b) => rank(a.severity) - rank(b.severity));
  const text = list
    .map((d) => {
      const where = escapeControlCharacters(formatSource(d.source));
      const path = d.path.length ? ` [${escapeControlCharacters(d.path.join('.'))}]` : '';
      return `${d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Info'}: ${escapeControlCharacters(d.summary)}${path}\n` +
        (where ? `  at ${where}\n` : '') +
        `  ${escapeControlCharacters(d.detail, { keepNewlines: true })}\n`;
    })
    .join('\n');
  // Diagnostics never quote a secret by construction; this catches one quoted by mistake (or by a server).
  return redactKnownSecrets(text);
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
