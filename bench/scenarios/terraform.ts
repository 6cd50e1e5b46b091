import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { packageRoot } from '../../provider/core/paths';
import { resourceTypes } from '../../provider/resources/kinds/registry';
import { applemdmProviderDefinition } from '../../provider/terraform/applemdm-provider';
import { generateSpec } from '../generate';
import { synthesizeCdktf } from '../synth-cdktf';
import { runsFor, type BenchContext } from '../support/context';
import { planOnce } from '../support/fixture';
import type { Row } from '../support/results';
import { summarize } from '../support/stats';

/**
 * Scenario 4: `terraform plan` / `tofu plan` with the applemdm plugin beside `applemdm plan`, on the same resources
 * (the generated configuration synthesized with the CDKTF bindings into cdk.tf.json, which both read), with the state
 * already applied, on the same machine in the same run. Terraform first applies once to build its state file; then
 * each plan (refresh included) is timed. The plugin runs in debug/reattach mode, one process for all commands, so
 * Terraform's per-command plugin start-up is not counted (in its favour).
 *
 * Runs only when the plugin's resource handlers are wired to the engine and an engine binary is found; otherwise the
 * scenario is reported skipped with one line.
 */
const ROOT = packageRoot();

export function terraformUnavailable(): string | undefined {
  const wired = Object.keys(applemdmProviderDefinition().resources);
  const missing = resourceTypes().filter((t) => !wired.includes(t));
  if (missing.length) {
    return `the Terraform provider plugin is not wired to the engine yet (no resource handler for ${missing.join(', ')})`;
  }
  if (engines().length === 0) return 'neither terraform nor tofu is on PATH or in .cache/peers/bin';
  return undefined;
}

function engines(): { name: string; bin: string }[] {
  const found: { name: string; bin: string }[] = [];
  for (const name of ['terraform', 'tofu']) {
    const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    const cached = path.join(ROOT, '.cache', 'peers', 'bin', name);
    const bin = which.status === 0 ? which.stdout.trim() : fs.existsSync(cached) ? cached : '';
    if (bin) found.push({ name, bin });
  }
  return found;
}

export async function runTerraformScenario(ctx: BenchContext, id: string, sizes: number[]): Promise<Row[]> {
  const why = terraformUnavailable();
  if (why) {
    ctx.log(`${id}: skipped — ${why}`);
    return [{ kind: 'skip', scenario: id, reason: `skipped — ${why}` }];
  }
  const rows: Row[] = [];
  for (const size of sizes) {
    const fixture = await ctx.fixtures.get('bulk', size);
    for (const engine of engines()) {
      const dir = path.join(ctx.workDir, `${engine.name}-${size}`);
      const file = synthesizeCdktf(generateSpec(size), dir, { server: fixture.upstream.url });
      const plugin = await startDebugPlugin({ APPLEMDM_API_KEY: fixture.upstream.apiKey });
      try {
        const env = engineEnv(dir, { TF_REATTACH_PROVIDERS: plugin.reattach, APPLEMDM_API_KEY: fixture.upstream.apiKey });
        await run(engine.bin, ['init', '-input=false', '-no-color'], dir, env);
        await run(engine.bin, ['apply', '-auto-approve', '-input=false', '-no-color'], dir, env);
        const count = runsFor(ctx, size >= 2000);
        const engineMs: number[] = [];
        const nativeMs: number[] = [];
        for (let i = 0; i < count; i++) {
          const start = performance.now();
          await run(engine.bin, ['plan', '-input=false', '-no-color', '-detailed-exitcode'], dir, env);
          engineMs.push(performance.now() - start);
          const native = await planOnce(file, fixture.backendOptions(fixture.upstream.url), fixture.assetsBaseUrl);
          if (native.operations !== 0) throw new Error(`bench: applemdm plan of ${file} is not empty (${native.operations} operations)`);
          nativeMs.push(native.totalMs);
          ctx.log(`${id} ${engine.name} N=${size} run ${i + 1}/${count}: ${engine.name} ${(engineMs[i] / 1000).toFixed(2)} s, applemdm ${(nativeMs[i] / 1000).toFixed(2)} s`);
        }
        const [n, e] = [summarize(nativeMs), summarize(engineMs)];
        rows.push({ kind: 'terraform', scenario: id, size, engine: engine.name, native: n, engineTime: e, ratio: e.median / n.median });
      } finally {
        plugin.child.kill('SIGTERM');
      }
    }
  }
  return rows;
}

function engineEnv(dir: string, extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cliConfig = path.join(dir, 'cli.tfrc');
  fs.writeFileSync(cliConfig, '');
  const env: NodeJS.ProcessEnv = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', ...extra };
  delete env.TF_PLUGIN_CACHE_DIR;
  delete env.TF_LOG;
  return env;
}

/** Exit 0 expected (plan -detailed-exitcode: 0 = no changes); anything else fails the scenario with the output. */
function run(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`bench: ${path.basename(bin)} ${args[0]} exited ${code}:\n${out.split('\n').slice(-20).join('\n')}`));
    });
  });
}

/** The plugin in --debug mode: one process serving every command, attached through TF_REATTACH_PROVIDERS. */
async function startDebugPlugin(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; reattach: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'terraform-provider-applemdm'), '--debug'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.resume();
  const deadline = Date.now() + 60_000;
  for (;;) {
    const m = /TF_REATTACH_PROVIDERS='(.*)'/.exec(out);
    if (m) return { child, reattach: m[1] };
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGTERM');
      throw new Error(`bench: the provider plugin printed no TF_REATTACH_PROVIDERS value:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
