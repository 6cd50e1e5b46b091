import type { LineCounter } from 'yaml';
import type { SourceRef } from '../../core/diagnostics';

/** file:line:col (1-based) of a character offset in a parsed YAML file. */
export function sourceAt(file: string, lines: LineCounter, offset: number | undefined): SourceRef {
  const pos = lines.linePos(offset ?? 0);
  return { kind: 'file', file, line: pos.line, col: pos.col };
}

export function fileStart(file: string): SourceRef {
  return { kind: 'file', file, line: 1, col: 1 };
}
