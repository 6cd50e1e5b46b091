import * as path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer, type LogEntry } from '../../../provider/server/index';

/**
 * A real embedded server whose own request log (one entry per request: method, path, status) is kept for the test.
 * Writes are judged from that log, i.e. from what the server actually received, not from what the client says it sent.
 */
export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
}

export interface LoggedServer {
  server: EmbeddedServer;
  url: string;
  /** Every request so far, in the order the server finished answering them. */
  log: LoggedRequest[];
  /** Called for each request as it is logged (e.g. to kill a client at an exact write). */
  onRequest?: (request: LoggedRequest, index: number) => void;
  close(): Promise<void>;
}

/** A request that changes server state: anything but GET/HEAD under /v1, the lock API and notify included. */
export function isWrite(r: LoggedRequest): boolean {
  return r.method !== 'GET' && r.method !== 'HEAD' && r.path.startsWith('/v1/');
}

/** Acquire/refresh/release of an apply lock: the CLI takes it before it reads, so it is counted on its own. */
export function isLockRequest(r: LoggedRequest): boolean {
  return r.path.startsWith('/v1/locks/');
}

/** A write of a plan operation (declarations, sets, enrollment sets, assets): neither the lock nor notify. */
export function isPlanWrite(r: LoggedRequest): boolean {
  return isWrite(r) && !isLockRequest(r) && !r.path.startsWith('/v1/notify');
}

export async function startLoggedServer(root: string, options: { apiKey?: string; name?: string } = {}): Promise<LoggedServer> {
  const log: LoggedRequest[] = [];
  const logged: Partial<LoggedServer> = { log };
  const logger = (entry: LogEntry): void => {
    if (entry.msg !== 'request') return;
    const request = { method: String(entry.method), path: String(entry.path), status: Number(entry.status) };
    log.push(request);
    logged.onRequest?.(request, log.length - 1);
  };
  const server = await startEmbeddedServer({
    dataDir: path.join(root, options.name ?? 'server-data'),
    port: 0,
    logger,
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  });
  return Object.assign(logged, { server, url: server.url, close: () => server.close() }) as LoggedServer;
}
