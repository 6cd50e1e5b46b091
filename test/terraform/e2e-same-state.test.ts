import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { runCdktfApp, removeAppOutput } from '../../provider/frontends/cdktf/run-app';
import { PROVIDER, runNative, serverContents, startDebugPlugin, writeMirror } from './support/applemdm-e2e';
import { Engine, engineEnv, requireEngine, type EngineName } from './support/engines';
import { REPO } from './support/plugin-process';

/**
 * THE SAME-STATE TEST. examples/cdktf (the quickstart as a CDKTF app) is synthesized once; the same cdk.tf.json is
 * applied by Terraform (OpenTofu when Terraform is absent) through the plugin, and by `applemdm apply`, each on its own
 * embedded server. The two servers must then hold the same stack: every declaration with its payload, every set,
 * every enrollment assignment and every asset. `terraform init -plugin-dir` resolves the provider the file requires
 * from the packaged mirror (lock file), so the bindings' provider block is what the mirror serves.
 */
const terraform = requireEngine('terraform');
const tofu = requireEngine('tofu');
const engine: { name: EngineName; bin?: string; skip?: string } = terraform.path
  ? { name: 'terraform', bin: terraform.path }
  : tofu.path
    ? { name: 'tofu', bin: tofu.path }
    : { name: 'tofu', skip: `${terraform.skip}; ${tofu.skip}` };

describe('a cdk.tf.json applied by Terraform/OpenTofu and by applemdm apply', { timeout: 300_000 }, () => {
  it(`leaves the same objects on the server (${engine.name})`, { skip: engine.skip }, async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-same-state-'));
    let stopPlugin = async (): Promise<void> => undefined;
    try {
      const run = await runCdktfApp(path.join(REPO, 'examples', 'cdktf'));
      let synthesized: Record<string, unknown>;
      try {
        assert.equal(run.diagnostics.hasError(), false, JSON.stringify([...run.diagnostics]));
        assert.deepEqual(run.stacks.map((s) => s.name), ['quickstart']);
        synthesized = JSON.parse(fs.readFileSync(run.stacks[0].file, 'utf8')) as Record<string, unknown>;
      } finally {
        removeAppOutput(run);
      }
      const block = synthesized.terraform as { backend?: unknown; required_providers: Record<string, unknown> };
      assert.deepEqual(block.required_providers.applemdm, { source: PROVIDER.address, version: PROVIDER.version });
      // cdktf writes a local backend next to the project; keep the state in the test's directory instead.
      delete block.backend;
      // Laid out as `cdktf synth` leaves it, in a copy of examples/cdktf: the stack's catalog, "gdmf-catalog.json",
      // resolves from the project directory both for applemdm apply and for the provider running in the stack's.
      const project = path.join(tmp, 'cdktf');
      const stack = path.join(project, 'cdktf.out', 'stacks', 'quickstart');
      fs.mkdirSync(stack, { recursive: true });
      fs.copyFileSync(path.join(REPO, 'examples', 'cdktf', 'cdktf.json'), path.join(project, 'cdktf.json'));
      fs.copyFileSync(path.join(REPO, 'examples', 'cdktf', 'gdmf-catalog.json'), path.join(project, 'gdmf-catalog.json'));
      const file = path.join(stack, 'cdk.tf.json');
      fs.writeFileSync(file, JSON.stringify(synthesized, null, 2));

      // Terraform/OpenTofu through the plugin (the server named by APPLEMDM_SERVER, as for applemdm apply).
      const viaTerraform = path.join(tmp, 'terraform-data');
      const mirror = await writeMirror(path.join(tmp, 'mirror'));
      const init = await new Engine(engine.name, engine.bin!, stack, engineEnv(tmp)).expect(['init', '-input=false', `-plugin-dir=${mirror}`]);
      assert.match(init, /Installed (registry\.terraform\.io\/)?applemdm\/applemdm v0\.1\.0 \(unauthenticated\)/);
      const plugin = await startDebugPlugin(stack, { APPLEMDM_SERVER: `embedded:${viaTerraform}` });
      stopPlugin = plugin.stop;
      const tf = new Engine(engine.name, engine.bin!, stack, { ...engineEnv(tmp), TF_REATTACH_PROVIDERS: plugin.reattach });
      assert.match(await tf.expect(['apply', '-auto-approve']), /Apply complete! Resources: 12 added, 0 changed, 0 destroyed\./);
      assert.match(await tf.expect(['plan', '-detailed-exitcode']), /No changes\./);

      // The native CLI, reading the same file.
      const viaNative = path.join(tmp, 'native-data');
      const native = await runNative(['apply', file, '--server', `embedded:${viaNative}`, '--auto-approve']);
      assert.equal(native.code, 0, native.stdout + native.stderr);
      assert.match(native.stdout, /Apply complete: 12 created/);

      const [a, b] = [await serverContents(viaTerraform), await serverContents(viaNative)];
      assert.ok(JSON.stringify(a).length > 2000, 'the stack is on the server');
      assert.deepEqual(a, b);
      // And each path agrees the other's server matches the file.
      const crossPlan = await runNative(['plan', file, '--server', `embedded:${viaTerraform}`, '--detailed-exitcode']);
      assert.equal(crossPlan.code, 0, crossPlan.stdout + crossPlan.stderr);
    } finally {
      await stopPlugin();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
