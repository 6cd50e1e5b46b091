import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ServerLogger } from '../logger';
import { hasApiCredentials } from './basic-auth';
import { parseJsonBody, readBody } from './body';
import { HttpError } from './http-error';
import type { HttpResponse, RequestContext, Router } from './router';

export interface ListenerOptions {
  router: Router;
  /** When set, every /v1/ request must carry Basic credentials kmfddm:<apiKey>. */
  apiKey?: string;
  logger: ServerLogger;
  maxJsonBytes: number;
  now: () => Date;
}

const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/**
 * Turns the router into a node:http request listener: path decoding and traversal checks, authentication of the
 * management API, error mapping to `{"error": "..."}`, and one log entry per request (method, path, status, time;
 * never a header, so neither the API key nor the Authorization header can be logged).
 */
export function createRequestListener(opts: ListenerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = Date.now();
    const rawPath = (req.url ?? '/').split('?')[0];
    res.on('finish', () => {
      opts.logger({
        level: res.statusCode >= 500 ? 'error' : 'info',
        msg: 'request',
        method: req.method,
        path: rawPath.length > 200 ? `${rawPath.slice(0, 200)}...` : rawPath,
        status: res.statusCode,
        ms: Date.now() - started,
      });
    });
    handle(opts, req)
      .then((response) => send(res, response))
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          if (err.closeConnection) res.on('finish', () => req.socket.destroy());
          send(res, { status: err.status, headers: err.headers, json: { error: err.message } }, err.closeConnection);
          return;
        }
        opts.logger({ level: 'error', msg: 'handler failed', path: rawPath, error: (err as Error)?.message ?? String(err) });
        send(res, { status: 500, json: { error: 'internal server error' } });
      });
  };
}

async function handle(opts: ListenerOptions, req: IncomingMessage): Promise<HttpResponse> {
  const url = req.url ?? '/';
  if (!url.startsWith('/')) throw new HttpError(400, 'The request target must be an absolute path.');
  const q = url.indexOf('?');
  const segments = decodeSegments(q < 0 ? url : url.slice(0, q));
  const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));

  if (segments[0] === 'v1' && opts.apiKey !== undefined && !hasApiCredentials(req, opts.apiKey)) {
    throw new HttpError(401, 'Missing or wrong API key (HTTP Basic user "kmfddm", password = API key).', {
      'WWW-Authenticate': 'Basic realm="applemdm", charset="UTF-8"',
    });
  }

  const match = opts.router.match(req.method ?? 'GET', segments);
  if (match.kind === 'none') throw new HttpError(404, 'Not found.');
  if (match.kind === 'wrong-method') {
    throw new HttpError(405, `Method ${req.method} is not allowed here.`, { Allow: match.allowed.join(', ') });
  }

  let bodyRead: Promise<Buffer> | undefined;
  const ctx: RequestContext = {
    req,
    params: match.params,
    query,
    body: (limit = opts.maxJsonBytes) => (bodyRead ??= readBody(req, limit)),
    json: async () => parseJsonBody(await ctx.body()),
    now: () => opts.now().toISOString(),
  };
  return match.route.handler(ctx);
}

/**
 * Splits and percent-decodes the path. A "." or ".." segment (literal or encoded, e.g. %2e%2e) is refused outright:
 * no route has one, and refusing it loudly keeps traversal attempts from being mistaken for a missing object.
 */
function decodeSegments(path: string): string[] {
  return path
    .slice(1)
    .split('/')
    .map((raw) => {
      let s: string;
      try {
        s = decodeURIComponent(raw);
      } catch {
        throw new HttpError(400, 'The request path has malformed percent-encoding.');
      }
      if (s === '.' || s === '..') throw new HttpError(400, 'The request path must not contain "." or ".." segments.');
      if (CONTROL_CHARS.test(s)) throw new HttpError(400, 'The request path must not contain control characters.');
      return s;
    });
}

function send(res: ServerResponse, response: HttpResponse, close = false): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const headers: Record<string, string> = { ...(response.headers ?? {}) };
  if (close) headers.Connection = 'close';
  let payload: Buffer | string | undefined;
  if (response.status !== 204 && response.status !== 304) {
    if (response.json !== undefined) {
      headers['Content-Type'] ??= 'application/json';
      payload = `${JSON.stringify(response.json)}\n`;
    } else if (response.body !== undefined) {
      payload = response.body;
    }
  }
  if (payload !== undefined) headers['Content-Length'] = String(Buffer.byteLength(payload));
  res.writeHead(response.status, headers);
  res.end(payload);
}
