import assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openKmfddmBackend, type KmfddmBackend } from '../../../provider/backends/kmfddm/kmfddm-backend';
import type { StackSnapshot } from '../../../provider/backends/contract';
import { loadApplemdmSchemaDocument } from '../../../provider/terraform/applemdm-provider';
import { writeProviderMirror } from '../../../provider/terraform/package-mirror';
import { soleProvider } from '../../../provider/terraform/schema/schema-document';
import { startEmbeddedServer } from '../../../provider/server/index';
import { freshCompiledCli } from '../../reliability/support/cli-process';
import { REPO } from './plugin-process';

/**
 * Running the real applemdm provider plugin under a real engine, against the embedded server on a data directory:
 * the plugin started by the test in debug mode for TF_REATTACH_PROVIDERS (one process serves every command), or
 * packaged into a -plugin-dir mirror as `npm run package:provider` packages it (the engine starts it per command,
 * with AutoMTLS). The plugin runs the compiled dist/ when it is at least as new as the sources (`npm test` builds
 * first), else the sources through tsx, so a test never runs stale code.
 */
export const PROVIDER = soleProvider(loadApplemdmSchemaDocument());
const BIN = path.join(REPO, 'bin', 'terraform-provider-applemdm');

/** Environment that makes bin/terraform-provider-applemdm run the sources when dist is stale. */
function launchEnv(): Record<string, string> {
  return freshCompiledCli() ? {} : { APPLEMDM_PROVIDER_FROM_SOURCE: '1' };
}

/** The -plugin-dir mirror of the real provider, as scripts/package-provider.ts writes it. */
export async function writeMirror(dir: string): Promise<string> {
  await writeProviderMirror({ outDir: dir, providerAddress: PROVIDER.address, version: PROVIDER.version ?? '0.1.0', command: [process.execPath, BIN], env: launchEnv() });
  return dir;
}

export interface DebugPlugin {
  /** The TF_REATTACH_PROVIDERS value. */
  reattach: string;
  stop(): Promise<void>;
}

/** The plugin in debug mode, in `cwd` (where relative paths of the provider block resolve, as under the engine). */
export async function startDebugPlugin(cwd: string, env: NodeJS.ProcessEnv = {}): Promise<DebugPlugin> {
  const child: ChildProcess = spawn(process.execPath, [BIN, '--debug'], { cwd, env: { ...process.env, ...launchEnv(), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  const deadline = Date.now() + 60_000;
  let m: RegExpExecArray | null = null;
  while (!(m = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out)) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
  if (!m) {
    await stop();
    assert.fail(`the debug plugin printed no reattach value:\n${out}\n${err}`);
  }
  return { reattach: m[1], stop };
}

/** Terraform configuration text: the provider requirement and block for stack "e2e" on the embedded server. */
export function terraformHeader(server: string, extraProvider = ''): string {
  return `terraform {
  required_providers {
    applemdm = {
      source  = "${PROVIDER.address}"
      version = "${PROVIDER.version ?? '0.1.0'}"
    }
  }
}

provider "applemdm" {
  stack             = "e2e"
  identifier_prefix = "com.example.mdm"
  server            = "${server}"
  targets {
    ios = "18.0"
  }${extraProvider}
}
`;
}

/** The embedded server on `dataDir`, opened for the duration of `work` (SQLite is shared with the plugin's). */
export async function withServer<T>(dataDir: string, work: (backend: KmfddmBackend) => Promise<T>): Promise<T> {
  const server = await startEmbeddedServer({ dataDir, port: 0 });
  const backend = await openKmfddmBackend({ url: server.url, env: {} });
  try {
    return await work(backend);
  } finally {
    backend.close();
    await server.close();
  }
}

/** Everything on the server in a comparable form: declarations with payloads, sets, enrollment sets, asset hashes. */
export function comparable(snapshot: StackSnapshot): unknown {
  return {
    declarations: snapshot.declarations.map((d) => ({ Type: d.Type, Identifier: d.Identifier, Payload: d.Payload })),
    sets: snapshot.sets,
    enrollmentSets: snapshot.enrollmentSets,
    assets: snapshot.assets.map((a) => ({ name: a.name, sha256: a.sha256 })),
  };
}

export async function serverContents(dataDir: string): Promise<unknown> {
  return withServer(dataDir, async (backend) => comparable(await backend.readAll({})));
}

/** The native CLI (dist when fresh, else the sources), as a user runs it; paths in args must be absolute. */
export function runNative(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const compiled = freshCompiledCli();
  const argv = compiled ? [compiled, ...args] : ['--import', 'tsx', path.join(REPO, 'provider', 'cli', 'run.ts'), ...args];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { cwd: REPO, env: { ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: undefined, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function writeFile(dir: string, name: string, text: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, name), text);
}
