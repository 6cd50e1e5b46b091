import type { IncomingMessage } from 'node:http';

/** What a handler answers. `json` is serialised; `body` is sent as is. 204 and 304 carry neither. */
export interface HttpResponse {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: Buffer | string;
}

export interface RequestContext {
  req: IncomingMessage;
  /** Path parameters, percent-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The whole body, refused with 413 over `limit` bytes (default: the JSON limit). */
  body(limit?: number): Promise<Buffer>;
  /** The body parsed as JSON (400 when malformed). */
  json(): Promise<unknown>;
  /** The injectable clock, as an RFC 3339 string. */
  now(): string;
}

export type Handler = (ctx: RequestContext) => Promise<HttpResponse> | HttpResponse;

export interface Route {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Segments separated by "/"; a segment ":name" captures one path segment. */
  path: string;
  handler: Handler;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: string[] }
  | { kind: 'none' };

/** A small exact-segment router: no wildcards, no trailing-slash folding, first match wins. */
export class Router {
  private readonly routes: { route: Route; segments: string[] }[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) this.routes.push({ route, segments: route.path.split('/').slice(1) });
    return this;
  }

  match(method: string, segments: string[]): RouteMatch {
    const allowed: string[] = [];
    for (const { route, segments: pattern } of this.routes) {
      const params = matchSegments(pattern, segments);
      if (!params) continue;
      if (route.method === method) return { kind: 'found', route, params };
      allowed.push(route.method);
    }
    return allowed.length ? { kind: 'wrong-method', allowed: [...new Set(allowed)] } : { kind: 'none' };
  }
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i];
    if (p.startsWith(':')) {
      if (segments[i] === '') return undefined;
      params[p.slice(1)] = segments[i];
    } else if (p !== segments[i]) {
      return undefined;
    }
  }
  return params;
}

export const noContent = (): HttpResponse => ({ status: 204 });
export const notModified = (): HttpResponse => ({ status: 304 });
export const changedOrNot = (changed: boolean): HttpResponse => (changed ? noContent() : notModified());
export const json = (value: unknown, status = 200): HttpResponse => ({ status, json: value });
