import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Step = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface ScriptedServer {
  url: string;
  hits: () => number;
  close: () => Promise<void>;
}

/** A real loopback server that plays one scripted step per request (the last step repeats). */
export async function scriptedServer(steps: Step[]): Promise<ScriptedServer> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    const step = steps[Math.min(hits, steps.length - 1)]!;
    hits++;
    req.resume();
    req.on('end', () => step(req, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    hits: () => hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const ok: Step = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('["ok"]');
export const reset: Step = (req) => req.socket.destroy();
/** Accepts the request and never answers. */
export const silent: Step = () => undefined;
export const status =
  (code: number, headers: Record<string, string> = {}, body = ''): Step =>
  (_req, res) =>
    res.writeHead(code, headers).end(body);
