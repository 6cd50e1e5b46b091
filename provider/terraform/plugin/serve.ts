import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { ProviderDefinition } from '../framework/handler';
import { ProviderService } from '../framework/provider-service';
import { goPluginServices } from './go-plugin-services';
import { handshakeLine, hasMagicCookie, negotiateProtocol, NOT_A_PLUGIN_MESSAGE, reattachValue } from './handshake';
import { PluginLog, SILENT_LOG, stderrLog } from './plugin-log';
import { loadProtocol } from './protocol';

/** Terraform's own gRPC limit for provider messages (schemas of large providers exceed the 4 MiB default). */
const MAX_MESSAGE_BYTES = 256 << 20;

export interface PluginServerOptions<C> {
  definition: ProviderDefinition<C>;
  /** PEM certificate of the host (AutoMTLS): serve TLS and require it. Omitted: plaintext. */
  clientCertPem?: string;
  log?: PluginLog;
}

export interface RunningPluginServer {
  address: { network: 'unix'; address: string };
  /** DER of the server certificate when serving TLS. */
  certDer?: Buffer;
  handshake: string;
  /** Settles when the server has stopped (Shutdown RPC, a signal, or stop()). */
  stopped: Promise<void>;
  stop(): Promise<void>;
}

/** Serves the provider, health, controller and stdio services on a fresh unix socket. */
export async function startPluginServer<C>(options: PluginServerOptions<C>): Promise<RunningPluginServer> {
  const log = options.log ?? SILENT_LOG;
  const protocol = loadProtocol();
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'plugin'));
  const socket = path.join(socketDir, 'provider.sock');
  const server = new grpc.Server({ 'grpc.max_receive_message_length': MAX_MESSAGE_BYTES, 'grpc.max_send_message_length': MAX_MESSAGE_BYTES });

  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (resolveStopped = resolve));
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      services.closeStreams();
      const done = (): void => {
        fs.rmSync(socketDir, { recursive: true, force: true });
        resolve();
        resolveStopped();
      };
      // Give in-flight RPCs a moment, then cut them off: the host is already on its way out.
      const force = setTimeout(() => server.forceShutdown(), 2000);
      server.tryShutdown(() => {
        clearTimeout(force);
        done();
      });
    });
    return stopping;
  };

  const services = goPluginServices(() => {
    log('info', 'shutdown requested by the plugin host');
    void stop();
  });
  server.addService(protocol.provider, new ProviderService(options.definition, log).implementation());
  server.addService(protocol.health, services.health);
  server.addService(protocol.controller, services.controller);
  server.addService(protocol.stdio, services.stdio);

  let credentials = grpc.ServerCredentials.createInsecure();
  let certDer: Buffer | undefined;
  if (options.clientCertPem) {
    // Loaded only with AutoMTLS: the certificate library is a large share of start-up time, and reattach/debug
    // runs never need it. A plain require, so it resolves the same compiled (dist) and from sources (tsx).
    const { mintSelfSignedCertificate } = require('./auto-mtls') as typeof import('./auto-mtls');
    const minted = await mintSelfSignedCertificate();
    certDer = minted.certDer;
    credentials = grpc.ServerCredentials.createSsl(
      Buffer.from(options.clientCertPem),
      [{ cert_chain: Buffer.from(minted.certPem), private_key: Buffer.from(minted.keyPem) }],
      true,
    );
  }
  await new Promise<void>((resolve, reject) => {
    server.bindAsync(`unix:${socket}`, credentials, (err) => (err ? reject(err) : resolve()));
  });
  const address = { network: 'unix' as const, address: socket };
  return { address, ...(certDer ? { certDer } : {}), handshake: handshakeLine(address, certDer), stopped, stop };
}

export interface RunPluginOptions<C> {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** Source address Terraform knows the provider by, e.g. registry.terraform.io/applemdm/applemdm. */
  providerAddress: () => string;
  /** Built after the cookie check, so running the binary by hand fails fast and says why. */
  definition: () => ProviderDefinition<C>;
}

/**
 * The plugin process: refuses to run without the magic cookie (unless --debug), negotiates protocol 6, serves with
 * AutoMTLS when the host sent a client certificate, prints exactly one handshake line on stdout, and runs until the
 * host calls Shutdown or sends SIGTERM. With --debug it serves plaintext and prints a TF_REATTACH_PROVIDERS value
 * instead, until Ctrl-C. Returns the exit code.
 */
export async function runPlugin<C>(options: RunPluginOptions<C>): Promise<number> {
  const { env, stdout, stderr } = options;
  const debug = options.argv.includes('--debug');
  if (!debug && !hasMagicCookie(env)) {
    stderr.write(NOT_A_PLUGIN_MESSAGE);
    return 1;
  }
  if (!debug) {
    const negotiated = negotiateProtocol(env);
    if ('error' in negotiated) {
      stderr.write(`${negotiated.error}\n`);
      return 1;
    }
  }
  const log = stderrLog(stderr);
  let definition: ProviderDefinition<C>;
  let providerAddress: string;
  try {
    definition = options.definition();
    providerAddress = options.providerAddress();
  } catch (err) {
    stderr.write(`terraform-provider-applemdm: ${(err as Error).message}\n`);
    return 1;
  }
  const tls = !debug && !!env.PLUGIN_CLIENT_CERT && !env.TF_DISABLE_PLUGIN_TLS;
  const running = await startPluginServer({ definition, log, ...(tls ? { clientCertPem: env.PLUGIN_CLIENT_CERT as string } : {}) });

  const onSignal = (signal: NodeJS.Signals): void => {
    // A host's Ctrl-C reaches the whole process group; the host then shuts plugins down itself, so a normal plugin
    // ignores SIGINT (as go-plugin does). In debug mode the person at the terminal owns the process.
    if (signal === 'SIGINT' && !debug) return;
    log('info', `received ${signal}, stopping`);
    void running.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  if (debug) {
    stdout.write(
      'Provider started. To attach Terraform or OpenTofu, set TF_REATTACH_PROVIDERS in their environment:\n\n' +
        `\tTF_REATTACH_PROVIDERS='${reattachValue(providerAddress, process.pid, running.address)}'\n\n` +
        'Stop the provider with Ctrl-C.\n',
    );
  } else {
    stdout.write(`${running.handshake}\n`);
  }
  await running.stopped;
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  try {
    await definition.shutdown?.();
  } catch (err) {
    log('error', `shutdown failed: ${(err as Error).message}`);
  }
  return 0;
}
