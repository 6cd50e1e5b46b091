import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
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

/**
 * The compiled CLI (bin/applemdm.js → dist/), when dist is at least as new as every source file under provider/ (both
 * read the same schemas/): it starts in well under a second, against ~2 s through tsx. `npm test` compiles before it
 * tests, so dist is fresh there; while sources are being edited it is not, and they run through tsx instead.
 */
export function freshCompiledCli(): string | undefined {
  const bin = path.join(ROOT, 'bin', 'applemdm.js');
  const entry = path.join(ROOT, 'dist', 'provider', 'cli', 'main.js');
  let built: number;
  try {
    built = fs.statSync(entry).mtimeMs;
  } catch {
    return undefined;
  }
  const newer = (dir: string): boolean =>
    fs.readdirSync(dir, { withFileTypes: true }).some((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return newer(p);
      return /\.(ts|json)$/.test(e.name) && fs.statSync(p).mtimeMs > built;
    });
  return newer(path.join(ROOT, 'provider')) ? undefined : bin;
}

/** Starts the CLI with `args`; `compiled` runs dist when it is fresh (see freshCompiledCli), else the sources. */
export function spawnCli(args: string[], cwd: string, env: NodeJS.ProcessEnv, options: { compiled?: boolean } = {}): CliProcess {
  const bin = options.compiled ? freshCompiledCli() : undefined;
  const child = spawn(process.execPath, bin ? [bin, ...args] : ['--import', TSX, RUN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', APPLEMDM_SERVER: undefined, ...env },
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
