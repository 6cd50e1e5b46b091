import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

/** `applemdm serve` as a child process, run from the TypeScript sources (no build needed). */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

const RUN = path.join(__dirname, '..', '..', 'provider', 'cli', 'run.ts');
const STARTUP_TIMEOUT_MS = 30_000;

export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; stdout: () => string; stderr: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', RUN, ...args], {
    env: { ...process.env, APPLEMDM_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Starts `applemdm serve ...args` and waits for its "listening on <url>" line. */
export async function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const run = runCli(['serve', ...args], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${run.stderr()}`)), STARTUP_TIMEOUT_MS);
    const onData = (): void => {
      const m = /listening on (\S+)/.exec(run.stdout());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    run.child.stdout?.on('data', onData);
    void run.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening: ${run.stderr()}`));
    });
  });
  return { ...run, url };
}
