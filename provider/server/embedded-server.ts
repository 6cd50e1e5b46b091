import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { checkApiKey } from '../core/api-key';
import { ServerConfigError } from './config-error';
import { resolveLimits, type ServerLimits } from './limits';
import { silentLogger, type ServerLogger } from './logger';
import { Store } from './store/store';
import { Router } from './http/router';
import { createRequestListener } from './http/request-listener';
import type { ApiDeps } from './api/common';
import { versionRoutes } from './api/version';
import { declarationRoutes } from './api/declarations';
import { setRoutes } from './api/sets';
import { enrollmentSetRoutes } from './api/enrollment-sets';
import { statusRoutes } from './api/status';
import { notifyRoutes } from './api/notify';
import { enrollmentRoutes } from './api/enrollments';
import { assetRoutes } from './api/assets';
import { bulkRoutes } from './api/bulk';
import { lockRoutes } from './api/locks';
import { deviceRoutes } from './ddm/device-endpoints';
import { resolveDeviceAuth, type DeviceAuth, type DeviceAuthOptions } from './device-auth/device-auth-options';

export interface EmbeddedServerOptions {
  /** Directory of the SQLite file (created if missing). */
  dataDir: string;
  /** Listen address; default 127.0.0.1. A non-loopback address requires `apiKey`. */
  host?: string;
  /** Port; default 0 (an ephemeral port, reported in `url`). */
  port?: number;
  /**
   * API key for the management API (/v1/*, HTTP Basic user "kmfddm"). When set it is always required. When unset
   * (allowed on loopback only) the management API is open to local processes.
   */
  apiKey?: string;
  /**
   * How devices authenticate on the device side (DDM endpoints, device assets, notifications). Unset: every device
   * request is refused (401), as fits the in-process server plan and apply use, which has no devices.
   */
  deviceAuth?: DeviceAuthOptions;
  /**
   * Serve HTTPS with this certificate and key (PEM). With `deviceAuth`, clients are asked for a certificate (mutual
   * TLS); one is not required at the TLS layer, so management clients connect without one.
   */
  tls?: { certPem: string; keyPem: string };
  /** Where log entries go; default: nowhere. */
  logger?: ServerLogger;
  limits?: Partial<ServerLimits>;
  /** Clock, for tests. */
  now?: () => Date;
}

export interface EmbeddedServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:49152 */
  url: string;
  host: string;
  port: number;
  dataDir: string;
  /** True when the management API requires the API key. */
  authRequired: boolean;
  limits: ServerLimits;
  /** Stops accepting requests, lets in-flight ones finish (at most ~2 s), then closes the database. */
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 2000;

/** Refuses an unusable certificate or key before anything (the database) is created. */
function checkTlsMaterial(material: { certPem: string; keyPem: string }): void {
  try {
    tls.createSecureContext({ cert: material.certPem, key: material.keyPem });
  } catch (err) {
    throw new ServerConfigError(`The TLS certificate or key cannot be used: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** How devices are identified, for the start-up log line. */
function describeDeviceAuth(auth: DeviceAuth | undefined, tls: boolean): string {
  if (!auth) return 'refused (no device CA)';
  const ways = [tls ? 'mutual TLS' : undefined, auth.certHeader ? `header ${auth.certHeader} from ${[...auth.trustedProxies].join(' ')}` : undefined];
  return `certificate by ${ways.filter((w) => w !== undefined).join(' or ')}`;
}

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Starts the embedded MDM server: KMFDDM's management API under /v1, the DDM device endpoints, and our extensions
 * (assets, bulk reads, enrollment registry, notification log). Used by `applemdm serve`, the CLI's default backend
 * and the tests. Throws ServerConfigError for configuration mistakes (non-loopback without key, port in use, ...).
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServerConfigError(`Port ${port} is not a valid TCP port.`);
  const keyProblem = options.apiKey === undefined ? undefined : checkApiKey(options.apiKey, 'the server options');
  if (keyProblem) throw new ServerConfigError(keyProblem);
  if (!isLoopbackHost(host) && options.apiKey === undefined) {
    throw new ServerConfigError(
      `Refusing to listen on ${host} without an API key: the management API would be open to the network. ` +
        'Set APPLEMDM_API_KEY (or --api-key-file), or listen on 127.0.0.1.',
    );
  }
  const deviceAuth: DeviceAuth | undefined = options.deviceAuth ? resolveDeviceAuth(options.deviceAuth) : undefined;
  if (options.tls) checkTlsMaterial(options.tls);
  const limits = resolveLimits(options.limits);
  const logger = options.logger ?? silentLogger;
  const store = Store.open(options.dataDir);

  const deps: ApiDeps = { store, limits, logger };
  const router = new Router().add(
    ...versionRoutes(),
    ...declarationRoutes(deps),
    ...setRoutes(deps),
    ...enrollmentSetRoutes(deps),
    ...statusRoutes(deps),
    ...notifyRoutes(deps),
    ...enrollmentRoutes(deps),
    ...assetRoutes(deps),
    ...bulkRoutes(deps),
    ...lockRoutes(deps),
    ...deviceRoutes(deps, deviceAuth),
  );
  const listener = createRequestListener({
    router,
    apiKey: options.apiKey,
    logger,
    maxJsonBytes: limits.maxJsonBytes,
    now: options.now ?? (() => new Date()),
  });
  const server: http.Server = options.tls
    ? https.createServer(
        {
          cert: options.tls.certPem,
          key: options.tls.keyPem,
          // Ask for the device's certificate but let TLS finish without one: the management API authenticates by
          // API key, and device routes verify the certificate themselves (device-auth/), answering 401 in HTTP.
          requestCert: deviceAuth !== undefined,
          rejectUnauthorized: false,
          ...(options.deviceAuth ? { ca: options.deviceAuth.caPem } : {}),
        },
        listener,
      )
    : http.createServer(listener);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host.replace(/^\[(.*)\]$/, '$1'), () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    store.close();
    const e = err as NodeJS.ErrnoException;
    throw new ServerConfigError(`Cannot listen on ${host}:${port}: ${e.code === 'EADDRINUSE' ? 'the address is already in use' : e.message}`);
  }

  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  const url = `${options.tls ? 'https' : 'http'}://${urlHost}:${address.port}`;
  logger({
    level: 'info',
    msg: 'listening',
    url,
    auth: options.apiKey !== undefined ? 'api-key' : 'open (loopback only)',
    devices: describeDeviceAuth(deviceAuth, options.tls !== undefined),
  });

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      server.close(() => {
        clearTimeout(force);
        store.close();
        logger({ level: 'info', msg: 'stopped' });
        resolve();
      });
      server.closeIdleConnections();
    }));

  return {
    url,
    host: address.address,
    port: address.port,
    dataDir: options.dataDir,
    authRequired: options.apiKey !== undefined,
    limits,
    close,
  };
}
