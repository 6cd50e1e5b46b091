import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { derToPem, MintedCertificate } from '../../../provider/terraform/plugin/auto-mtls';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, ParsedHandshake, parseHandshakeLine } from '../../../provider/terraform/plugin/handshake';
import { loadProtocol } from '../../../provider/terraform/plugin/protocol';

/** Spawning the plugin the way Terraform does, and talking to it over its socket, for the tests. */
export const REPO = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(REPO, 'bin', 'terraform-provider-applemdm');
export const TEST_DOUBLE_MAIN = path.join(REPO, 'test', 'terraform', 'support', 'test-double-main.ts');
export const FRAMEWORK_SCHEMA = path.join(REPO, 'test', 'fixtures', 'terraform', 'framework-schema.json');

export interface PluginProcess {
  child: ChildProcess;
  /** The first stdout line (the handshake, or in --debug mode the first line of the banner). */
  firstLine: Promise<string>;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

export type Launch = { bin: true } | { testDouble: true };

/** Starts the plugin: the real bin (run from sources) or the test double entry. */
export function startPlugin(launch: Launch, env: NodeJS.ProcessEnv, args: string[] = []): PluginProcess {
  const base: NodeJS.ProcessEnv = { ...process.env, APPLEMDM_PROVIDER_FROM_SOURCE: '1' };
  for (const k of [MAGIC_COOKIE_KEY, 'PLUGIN_CLIENT_CERT', 'PLUGIN_PROTOCOL_VERSIONS', 'TF_DISABLE_PLUGIN_TLS']) delete base[k];
  const [command, argv] =
    'bin' in launch ? [BIN, args] : [process.execPath, ['--require', require.resolve('tsx/cjs'), TEST_DOUBLE_MAIN, ...args]];
  const child = spawn(command, argv, { cwd: REPO, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let resolveLine: (line: string) => void = () => undefined;
  const firstLine = new Promise<string>((resolve) => (resolveLine = resolve));
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
    const nl = out.indexOf('\n');
    if (nl >= 0) resolveLine(out.slice(0, nl));
  });
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      resolveLine(out);
      resolve({ code, signal });
    }),
  );
  return {
    child,
    firstLine: withTimeout(firstLine, 30_000, () => `plugin printed no line within 30 s; stderr:\n${err}`),
    stdout: () => out,
    stderr: () => err,
    exited,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

export const cookieEnv = { [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '5,6' };

export interface PluginClients {
  provider: grpc.Client;
  health: grpc.Client;
  controller: grpc.Client;
  stdio: grpc.Client;
  close(): void;
}

/** Connects to a plugin from its handshake: TLS with the given client certificate when it advertised one. */
export function connect(handshake: ParsedHandshake | string, clientCert?: MintedCertificate): PluginClients {
  const parsed = typeof handshake === 'string' ? parseHandshakeLine(handshake) : handshake;
  const { clients } = loadProtocol();
  const credentials =
    parsed.certDer && clientCert
      ? grpc.credentials.createSsl(Buffer.from(derToPem(parsed.certDer)), Buffer.from(clientCert.keyPem), Buffer.from(clientCert.certPem))
      : grpc.credentials.createInsecure();
  const target = `unix:${parsed.address}`;
  const options = { 'grpc.ssl_target_name_override': 'localhost', 'grpc.default_authority': 'localhost' };
  const provider = new clients.Provider(target, credentials, options);
  const health = new clients.Health(target, credentials, options);
  const controller = new clients.GRPCController(target, credentials, options);
  const stdio = new clients.GRPCStdio(target, credentials, options);
  return {
    provider,
    health,
    controller,
    stdio,
    close: () => [provider, health, controller, stdio].forEach((c) => c.close()),
  };
}

/** A unary call with a deadline, as a promise. */
export function call<T = Record<string, unknown>>(client: grpc.Client, method: string, request: unknown, timeoutMs = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const fn = (client as unknown as Record<string, (req: unknown, opts: grpc.CallOptions, cb: (err: grpc.ServiceError | null, res: T) => void) => void>)[method];
    if (!fn) throw new Error(`no method ${method}`);
    fn.call(client, request, { deadline: Date.now() + timeoutMs }, (err, res) => (err ? reject(err) : resolve(res)));
  });
}

export function withTimeout<T>(p: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(message())), ms)));
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
