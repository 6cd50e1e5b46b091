import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PeerLookup } from '../../peers/peers';
import { requireTofu } from '../../peers/tofu';
import { TEST_DOUBLE_MAIN } from './plugin-process';

/**
 * The real engines the plugin is tested under. Terraform is used when a `terraform` binary is on PATH and skipped
 * otherwise (it is never required); OpenTofu follows the peer rule (test/peers/tofu.ts).
 */
export type EngineName = 'terraform' | 'tofu';

export function requireEngine(name: EngineName): PeerLookup {
  if (name === 'tofu') return requireTofu();
  const found = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' });
  const bin = found.status === 0 ? found.stdout.trim() : '';
  return bin ? { path: bin } : { skip: 'real Terraform: no terraform binary on PATH' };
}

export interface EngineResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs an engine command in a working directory with a hermetic CLI configuration, bounded in time. */
export class Engine {
  constructor(
    readonly name: EngineName,
    readonly bin: string,
    readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * Runs asynchronously on purpose: a test may also own the plugin process (reattach mode), whose output pipes must
   * keep draining while the engine talks to it.
   */
  run(args: string[], timeoutMs = 120_000): Promise<EngineResult> {
    // Flags go before positional arguments (Go's flag parsing stops at the first one); `state rm` is two words, and
    // `providers schema` takes no -no-color.
    const at = args[0] === 'state' ? 2 : 1;
    const argv = args[0] === 'providers' ? args : [...args.slice(0, at), '-no-color', ...args.slice(at)];
    return new Promise((resolve, reject) => {
      const child = spawn(this.bin, argv, { cwd: this.cwd, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${this.name} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s:\n${stdout}\n${stderr}`));
      }, timeoutMs);
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
  }

  /** Runs and fails with the engine's whole output unless the exit code is as expected. */
  async expect(args: string[], code = 0): Promise<string> {
    const r = await this.run(args);
    if (r.code !== code) throw new Error(`${this.name} ${args.join(' ')} exited ${r.code}, expected ${code}:\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  }
}

/** Environment for an engine run: no user CLI config, no checkpoint calls, no prompts, plugin cache off. */
export function engineEnv(tmp: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const cliConfig = path.join(tmp, 'cli.tfrc');
  fs.writeFileSync(cliConfig, '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TF_CLI_CONFIG_FILE: cliConfig,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    CHECKPOINT_DISABLE: '1',
    HOME: tmp,
    ...extra,
  };
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_REATTACH_PROVIDERS;
  delete env.TF_LOG;
  return env;
}

/**
 * The command a mirror wrapper runs to start the test double plugin from sources. tsx is given by absolute path
 * (the engine starts the plugin in its working directory, where there is no node_modules) and as the CommonJS hook
 * only, which starts about twice as fast as `--import tsx`: the engine starts a plugin process several times per
 * command.
 */
export function testDoubleCommand(): string[] {
  return [process.execPath, '--require', require.resolve('tsx/cjs'), TEST_DOUBLE_MAIN];
}
