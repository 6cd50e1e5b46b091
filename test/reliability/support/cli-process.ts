import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.join(__dirname, '..', '..', '..');
const RUN = path.join(ROOT, 'provider', 'cli', 'run.ts');
/** tsx by absolute URL: the CLI runs with the configuration directory as its working directory. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

/** The real CLI as a child process, with its output collected as it arrives. */
export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Exit code, or null when a signal ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves once stdout satisfies `ready`; rejects if the process exits first or `timeoutMs` passes. */
  waitForOutput(ready: (stdout: string) => boolean, timeoutMs: number): Promise<void>;
}

export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv): CliProcess {
  const child = spawn(process.execPath, ['--import', TSX, RUN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForOutput(ready, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (ready(out)) {
            cleanup();
            resolve();
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`CLI output not seen within ${timeoutMs} ms.\nstdout:\n${out.slice(-2000)}\nstderr:\n${err.slice(-2000)}`));
        }, timeoutMs);
        const onExit = (): void => {
          cleanup();
          if (ready(out)) resolve();
          else reject(new Error(`CLI exited before the expected output.\nstdout:\n${out.slice(-2000)}\nstderr:\n${err.slice(-2000)}`));
        };
        const cleanup = (): void => {
          clearTimeout(timer);
          child.stdout?.off('data', check);
          child.off('exit', onExit);
        };
        child.stdout?.on('data', check);
        child.on('exit', onExit);
        if (ended) onExit();
        else check();
      });
    },
  };
}

/** Addresses the CLI reported as completely applied ("<address>: done"). */
export function doneAddresses(stdout: string): string[] {
  return [...stdout.matchAll(/^(applemdm_[a-z_]+\.[A-Za-z0-9_-]+): done$/gm)].map((m) => m[1]).sort();
}
