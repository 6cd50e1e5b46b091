import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer, type EmbeddedServer, type EmbeddedServerOptions } from '../../provider/server/index';
import { TEST_CERT_HEADER, deviceCertHeader, testDeviceCa } from './device-certs';

/**
 * Helpers shared by the embedded-server tests: a real server on 127.0.0.1:0 with its data in a temp dir, trusting the
 * test device CA's certificates in TEST_CERT_HEADER from loopback (a proxy on the same host), unless told otherwise.
 */
export interface TestServer {
  server: EmbeddedServer;
  dataDir: string;
  client: Client;
  close(): Promise<void>;
}

export async function startTestServer(opts: Partial<EmbeddedServerOptions> = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-server-'));
  const deviceAuth = opts.deviceAuth ?? { caPem: (await testDeviceCa()).certPem, certHeader: TEST_CERT_HEADER };
  const server = await startEmbeddedServer({ ...opts, deviceAuth, dataDir });
  return {
    server,
    dataDir,
    client: new Client(server.url, opts.apiKey),
    close: async () => {
      await server.close();
      if (!opts.dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
}

export interface RequestOptions {
  body?: string | Buffer | Uint8Array;
  json?: unknown;
  headers?: Record<string, string>;
  /** false: no Authorization header; a string: use it as the API key instead of the client's. */
  auth?: false | string;
  /** Speak as this test device: X-Enrollment-ID plus its certificate (see device-certs.ts). */
  enrollment?: string;
  /** With `enrollment`: send the certificate of this other device instead (an impostor); false: no certificate. */
  certOf?: string | false;
}

export class Client {
  constructor(
    readonly base: string,
    readonly apiKey?: string,
  ) {}

  async request(method: string, urlPath: string, opts: RequestOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    const key = opts.auth === false ? undefined : (opts.auth ?? this.apiKey);
    if (key !== undefined) headers.Authorization = basic('kmfddm', key);
    if (opts.enrollment !== undefined) {
      headers['X-Enrollment-ID'] = opts.enrollment;
      const certOf = opts.certOf ?? opts.enrollment;
      if (certOf !== false) headers[TEST_CERT_HEADER] = await deviceCertHeader(certOf);
    }
    const body = opts.json !== undefined ? JSON.stringify(opts.json) : opts.body;
    const res = await fetch(`${this.base}${urlPath}`, { method, headers, body });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
  }

  get = (p: string, o?: RequestOptions): Promise<Reply> => this.request('GET', p, o);
  put = (p: string, o?: RequestOptions): Promise<Reply> => this.request('PUT', p, o);
  post = (p: string, o?: RequestOptions): Promise<Reply> => this.request('POST', p, o);
  delete = (p: string, o?: RequestOptions): Promise<Reply> => this.request('DELETE', p, o);

  async getJson<T = unknown>(p: string, o?: RequestOptions): Promise<T> {
    const r = await this.get(p, o);
    if (r.status !== 200) throw new Error(`GET ${p}: ${r.status} ${r.text}`);
    return r.json<T>();
  }
}

export function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/**
 * A request with the path sent exactly as given (fetch would normalise "..", "%2e%2e" and the like away), for the
 * path traversal cases. With `waitForResponse`, the body is never finished: the server must answer from the headers.
 */
export function rawRequest(
  base: string,
  method: string,
  rawPath: string,
  headers: Record<string, string> = {},
  body?: Buffer | string,
  opts: { waitForResponse?: boolean } = {},
): Promise<{ status: number; text: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: rawPath, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        if (opts.waitForResponse) req.destroy();
      });
    });
    req.on('error', reject);
    if (opts.waitForResponse) {
      req.flushHeaders();
      if (body !== undefined) req.write(body);
    } else {
      req.end(body);
    }
  });
}

/** A declaration body for PUT /v1/declarations. */
export function decl(identifier: string, payload: Record<string, unknown> = { Echo: identifier }, type = 'com.apple.configuration.management.test') {
  return { Type: type, Identifier: identifier, Payload: payload };
}
