import type { Command } from 'commander';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import { BackendCapabilityError, BackendProtocolError } from '../../backends/contract';
import { CredentialError } from '../../backends/http/credentials';
import { HttpStatusError, HttpTransportError } from '../../backends/http/http-errors';
import { Fleet, formatSummary, type RoundSummary } from '../../simulator/fleet';
import type { SimPlatform } from '../../simulator/device-identity';
import { UserError } from '../user-error';
import { deviceAuthentication } from './simulate-identity';

export interface SimulateOptions {
  server: string;
  ddmUrl?: string;
  devices: string;
  platform: string;
  os?: string;
  supervised?: boolean;
  group?: string;
  seed: string;
  once?: boolean;
  interval: string;
  json?: boolean;
  identityCa?: string;
  certHeader?: string;
}

const DEFAULT_OS: Record<SimPlatform, string> = { iOS: '18.1', macOS: '15.1' };
const MAX_DEVICES = 10_000;

/**
 * `applemdm simulate`: N deterministic devices that enroll and run Apple's DDM sync against a server's DDM endpoints
 * (the embedded server or real KMFDDM), judging each declaration from Apple's schema facts and reporting status.
 */
export function register(program: Command): void {
  program
    .command('simulate')
    .description('Simulate devices running the DDM sync against a server (embedded or KMFDDM) and report declaration status.')
    .requiredOption('--server <url>', 'server base URL (management API under /v1, DDM endpoints at the root)')
    .option('--ddm-url <url>', 'DDM endpoints base URL when it differs from --server')
    .option('--devices <n>', 'number of devices', '1')
    .option('--platform <platform>', 'iOS | macOS', 'iOS')
    .option('--os <version>', 'OS version the devices run (default 18.1 for iOS, 15.1 for macOS)')
    .option('--supervised', 'the devices are supervised')
    .option('--group <name>', 'assign every device to this set (device group)')
    .option('--seed <seed>', 'seed for device identities (same seed, same devices)', 'applemdm')
    .option('--once', 'run one sync round for all devices, print a summary and exit')
    .option('--interval <seconds>', 'seconds between sync rounds when running continuously', '60')
    .option('--json', 'print the summary as JSON')
    .option('--identity-ca <file>', 'PEM file with a CA certificate and its PKCS#8 key: issue each device an identity certificate (for `applemdm serve --device-ca`)')
    .option('--cert-header <name>', 'with --identity-ca: send the certificate in this header, as a TLS-terminating proxy does (`serve --device-cert-header`)')
    .action(async (opts: SimulateOptions) => {
      await simulate(opts);
    });
}

export interface ParsedSimulateFlags {
  devices: number;
  platform: SimPlatform;
  osVersion: string;
  interval: number;
}

/** Checks the flags before anything touches the server; throws UserError with a diagnostic. */
export function parseSimulateFlags(opts: SimulateOptions): ParsedSimulateFlags {
  const devices = parseCount(opts.devices);
  const platform = parsePlatform(opts.platform);
  const osVersion = opts.os ?? DEFAULT_OS[platform];
  if (!/^\d+(\.\d+){0,2}$/.test(osVersion)) throw userError('Invalid --os', `Expected a version such as 18.1, got ${JSON.stringify(osVersion)}.`);
  const interval = Number(opts.interval);
  if (!Number.isFinite(interval) || interval < 1) throw userError('Invalid --interval', `Expected at least 1 second, got ${JSON.stringify(opts.interval)}.`);
  for (const [flag, url] of [['--server', opts.server], ['--ddm-url', opts.ddmUrl]] as const) {
    if (url !== undefined && !/^https?:\/\/[^\s]+$/.test(url)) throw userError(`Invalid ${flag}`, `Expected an http(s) URL, got ${JSON.stringify(url)}.`);
  }
  return { devices, platform, osVersion, interval };
}

async function simulate(opts: SimulateOptions): Promise<void> {
  const { devices, platform, osVersion, interval } = parseSimulateFlags(opts);
  const authentication = await deviceAuthentication(opts);
  const print = (summary: RoundSummary): void => {
    process.stdout.write(opts.json ? `${JSON.stringify(summary)}\n` : formatSummary(summary));
  };
  const fleet = await asUserError(() =>
    Fleet.enroll({
      serverUrl: opts.server,
      ddmUrl: opts.ddmUrl,
      count: devices,
      platform,
      osVersion,
      supervised: opts.supervised === true,
      group: opts.group,
      seed: opts.seed,
      ...(authentication ? { authentication } : {}),
    }),
  );
  try {
    if (opts.once) {
      print(await asUserError(() => fleet.round()));
      return;
    }
    // Continuous: a full round every --interval; in between, devices the server notified (embedded server's
    // notification log, standing in for APNs) sync within about a second.
    let stopped = false;
    const stop = (): void => void (stopped = true);
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    try {
      let next = 0;
      while (!stopped) {
        let summary: RoundSummary | undefined;
        if (Date.now() >= next) {
          summary = await asUserError(() => fleet.round());
          next = Date.now() + interval * 1000;
        } else {
          const notified = await asUserError(() => fleet.notifiedDevices());
          if (notified.length) summary = await asUserError(() => fleet.round(notified));
        }
        if (summary && summary.synced > 0) print(summary);
        for (let waited = 0; waited < 10 && !stopped; waited++) await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    }
  } finally {
    fleet.close();
  }
}

/** Server and credential problems are the user's to fix: report them as diagnostics, not as bugs. */
async function asUserError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof HttpStatusError) throw userError('The server refused a request', err.message);
    if (err instanceof HttpTransportError) throw userError('Cannot reach the server', err.message);
    if (err instanceof BackendProtocolError || err instanceof CredentialError || err instanceof BackendCapabilityError) {
      throw userError('Cannot simulate against this server', err.message);
    }
    throw err;
  }
}

function parseCount(value: string): number {
  const n = /^\d{1,6}$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_DEVICES)) throw userError('Invalid --devices', `Expected 1 to ${MAX_DEVICES}, got ${JSON.stringify(value)}.`);
  return n;
}

function parsePlatform(value: string): SimPlatform {
  const p = value.toLowerCase();
  if (p === 'ios') return 'iOS';
  if (p === 'macos') return 'macOS';
  throw userError('Invalid --platform', `Expected iOS or macOS, got ${JSON.stringify(value)}.`);
}

function userError(summary: string, detail: string): UserError {
  const d: Diagnostic = { severity: 'error', summary, detail, path: [], source: NO_SOURCE, code: 'simulate' };
  return new UserError([d]);
}
