import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import { UserError } from '../user-error';
import { checkApiKey, keyFromFile } from '../../core/api-key';
import { collect, deviceAuthOptions, type DeviceFlags } from './serve-device-flags';
import {
  DEFAULT_LIMITS,
  ServerConfigError,
  startEmbeddedServer,
  stderrLogger,
  type LogLevel,
} from '../../server/index';

interface ServeOptions extends DeviceFlags {
  data: string;
  listen: string;
  apiKey?: string;
  apiKeyFile?: string;
  maxBodyBytes?: string;
  maxAssetBytes?: string;
  logLevel: string;
}

const DEFAULT_LISTEN = '127.0.0.1:9002';

/**
 * `applemdm serve`: the embedded MDM server as a long-running process (KMFDDM-compatible management API, DDM device
 * endpoints, assets). Prints one line "listening on <url>" on stdout once it accepts requests; logs go to stderr.
 * Stops cleanly on SIGINT/SIGTERM.
 */
export function register(program: Command): void {
  program
    .command('serve')
    .description('Run the embedded MDM server (KMFDDM-compatible API, DDM device endpoints, profile assets).')
    .option('--data <dir>', 'directory of the SQLite database', '.applemdm')
    .option('--listen <host:port>', 'listen address; a non-loopback address requires an API key', DEFAULT_LISTEN)
    .option('--api-key <key>', 'API key for /v1 (Basic user "kmfddm"); prefer APPLEMDM_API_KEY or --api-key-file')
    .option('--api-key-file <file>', 'file holding the API key')
    .option('--max-body-bytes <n>', `largest JSON request body (default ${DEFAULT_LIMITS.maxJsonBytes})`)
    .option('--max-asset-bytes <n>', `largest asset upload (default ${DEFAULT_LIMITS.maxAssetBytes})`)
    .option('--log-level <level>', 'debug | info | warn | error', 'info')
    .option('--tls-cert <file>', 'serve HTTPS with this PEM certificate (chain); needs --tls-key')
    .option('--tls-key <file>', 'PEM private key of --tls-cert')
    .option('--device-ca <file>', 'PEM bundle of the CAs that issue device identity certificates; without it device requests are refused')
    .option('--device-cert-header <name>', 'header in which a trusted TLS-terminating proxy forwards the device certificate (RFC 9440 or URL-escaped PEM)')
    .option('--trusted-proxy <ip>', 'address whose --device-cert-header is believed (repeatable; default 127.0.0.1 and ::1)', collect)
    .action(async (opts: ServeOptions) => {
      await serve(opts);
    });
}

async function serve(opts: ServeOptions): Promise<void> {
  const { host, port } = parseListen(opts.listen);
  const apiKey = resolveApiKey(opts);
  const logLevel = parseLogLevel(opts.logLevel);
  const limits = {
    ...(opts.maxBodyBytes !== undefined ? { maxJsonBytes: parseBytes('--max-body-bytes', opts.maxBodyBytes) } : {}),
    ...(opts.maxAssetBytes !== undefined ? { maxAssetBytes: parseBytes('--max-asset-bytes', opts.maxAssetBytes) } : {}),
  };
  if (opts.apiKey !== undefined) {
    process.stderr.write('Warning: --api-key is visible to other local users in the process list; prefer APPLEMDM_API_KEY or --api-key-file.\n');
  }
  const { tls, deviceAuth } = deviceAuthOptions(opts);
  if (!deviceAuth) {
    process.stderr.write('Note: no --device-ca, so the device endpoints refuse every request (see docs/serve.md).\n');
  }
  const dataDir = path.resolve(opts.data);
  let server;
  try {
    server = await startEmbeddedServer({ dataDir, host, port, apiKey, limits, tls, deviceAuth, logger: stderrLogger(logLevel) });
  } catch (err) {
    if (err instanceof ServerConfigError) throw userError('Cannot start the server', err.message, 'serve-config');
    throw err;
  }
  process.stdout.write(`listening on ${server.url}\n`);
  const running = server;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

function parseListen(listen: string): { host: string; port: number } {
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(listen) ?? /^([^:[\]]+):(\d{1,5})$/.exec(listen);
  const port = m ? Number(m[2]) : NaN;
  if (!m || port > 65535) {
    throw userError('Invalid --listen address', `Expected host:port (e.g. ${DEFAULT_LISTEN} or [::1]:9002), got ${JSON.stringify(listen)}.`, 'serve-listen');
  }
  return { host: m[1], port };
}

/**
 * --api-key, else --api-key-file, else APPLEMDM_API_KEY, checked by the same rule as the client's (core/api-key.ts):
 * a file's one trailing newline is dropped, surrounding whitespace is refused. The key never appears in a message.
 */
function resolveApiKey(opts: ServeOptions): string | undefined {
  if (opts.apiKey !== undefined && opts.apiKeyFile !== undefined) {
    throw userError('Conflicting API key options', 'Give either --api-key or --api-key-file, not both.', 'serve-api-key');
  }
  if (opts.apiKey !== undefined) return acceptableKey(opts.apiKey, '--api-key');
  if (opts.apiKeyFile !== undefined) {
    let text: string;
    try {
      text = fs.readFileSync(opts.apiKeyFile, 'utf8');
    } catch (err) {
      throw userError('Cannot read the API key file', `${opts.apiKeyFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}.`, 'serve-api-key');
    }
    return acceptableKey(keyFromFile(text), `--api-key-file ${opts.apiKeyFile}`);
  }
  const env = process.env.APPLEMDM_API_KEY;
  return env === undefined || env === '' ? undefined : acceptableKey(env, 'APPLEMDM_API_KEY');
}

function acceptableKey(key: string, source: string): string {
  const problem = checkApiKey(key, source);
  if (problem) throw userError('Unusable API key', problem, 'serve-api-key');
  return key;
}

function parseLogLevel(level: string): LogLevel {
  if (level === 'debug' || level === 'info' || level === 'warn' || level === 'error') return level;
  throw userError('Invalid --log-level', `Expected debug, info, warn or error, got ${JSON.stringify(level)}.`, 'serve-log-level');
}

function parseBytes(flag: string, value: string): number {
  const n = /^\d{1,12}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw userError(`Invalid ${flag}`, `Expected a positive number of bytes, got ${JSON.stringify(value)}.`, 'serve-limit');
  return n;
}

function userError(summary: string, detail: string, code: string): UserError {
  const d: Diagnostic = { severity: 'error', summary, detail, path: [], source: NO_SOURCE, code };
  return new UserError([d]);
}
