/**
 * Structured logging for the embedded server. A log entry is data; where it goes is the caller's choice (silent in
 * tests, one line per entry on stderr for `applemdm serve`). Entries never carry request headers, so the API key and
 * the Authorization header cannot reach a log.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEntry {
  level: LogLevel;
  msg: string;
  [field: string]: unknown;
}

export type ServerLogger = (entry: LogEntry) => void;

export const silentLogger: ServerLogger = () => undefined;

/** `2024-11-01T10:00:00.000Z info request method=PUT path=/v1/declarations status=204 ms=3` */
export function formatLogEntry(entry: LogEntry, time: Date): string {
  const fields = Object.entries(entry)
    .filter(([k, v]) => k !== 'level' && k !== 'msg' && v !== undefined)
    .map(([k, v]) => `${k}=${formatValue(v)}`);
  return [time.toISOString(), entry.level, entry.msg, ...fields].join(' ');
}

function formatValue(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return /[\s"=]/.test(s) ? JSON.stringify(s) : s;
}

export function streamLogger(write: (line: string) => void, minLevel: LogLevel = 'info'): ServerLogger {
  const rank: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
  return (entry) => {
    if (rank[entry.level] >= rank[minLevel]) write(`${formatLogEntry(entry, new Date())}\n`);
  };
}

export function stderrLogger(minLevel: LogLevel = 'info'): ServerLogger {
  return streamLogger((line) => process.stderr.write(line), minLevel);
}
