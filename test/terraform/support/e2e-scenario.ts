import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { impliedType } from '../../../provider/terraform/schema/implied-type';
import { writeProviderMirror } from '../../../provider/terraform/package-mirror';
import { loadApplemdmSchemaDocument } from '../../../provider/terraform/applemdm-provider';
import { soleProvider } from '../../../provider/terraform/schema/schema-document';
import { Engine, engineEnv, EngineName, testDoubleCommand } from './engines';
import { startPlugin } from './plugin-process';
import { TestDoubleStore } from './test-double-store';

/**
 * One provider lifecycle under a real engine, against the test double handlers serving the applemdm schema:
 * init → apply → plan "No changes" → change in place → replace (x-requiresReplace) → import → drift (object deleted
 * behind the engine's back) → destroy. `mode` is how the engine finds the plugin: TF_REATTACH_PROVIDERS to one debug
 * process (every step), or a -plugin-dir mirror (the realistic flow, with a lock file and AutoMTLS; the engine starts
 * plugin processes for every command, so this mode runs the shorter list of lifecycleTitle to keep its time bounded).
 */
export type ProviderMode = 'plugin-dir' | 'reattach';

export function lifecycleTitle(mode: ProviderMode): string {
  return mode === 'reattach'
    ? 'reattach: init → schema round trip → apply → no changes → update → replace → import → drift → destroy'
    : 'plugin-dir: init with lock file → apply → no changes → update+replace → no changes → destroy';
}

const doc = loadApplemdmSchemaDocument();
const provider = soleProvider(doc);
const groupType = impliedType(provider.schemas.resource_schemas!.applemdm_device_group!.block);

function configuration(o: { description: string; bundleId: string }): string {
  return `terraform {
  required_providers {
    applemdm = {
      source  = "${provider.address}"
      version = "${provider.version ?? '0.1.0'}"
    }
  }
}

provider "applemdm" {
  stack             = "e2e"
  identifier_prefix = "com.example.mdm"
  targets {
    ios = "17.0"
  }
}

resource "applemdm_device_group" "staff" {
  description = "${o.description}"
  members {
    serial_numbers = ["C02XL0THJGH5"]
  }
}

resource "applemdm_app" "slack" {
  bundle_id = "${o.bundleId}"
  platforms = ["ios", "macos"]
}

resource "applemdm_app_assignment" "slack" {
  app    = applemdm_app.slack.id
  intent = "required"
  scope {
    groups = [applemdm_device_group.staff.id]
  }
  settings {
    removable     = false
    configuration = jsonencode({ team = "example" })
  }
}
`;
}

export async function runLifecycle(engineName: EngineName, engineBin: string, mode: ProviderMode): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `applemdm-e2e-${engineName}-${mode}-`));
  const work = path.join(tmp, 'work');
  fs.mkdirSync(work);
  const storeFile = path.join(tmp, 'store.json');
  const store = new TestDoubleStore(storeFile);
  let stopPlugin = async (): Promise<void> => undefined;
  try {
    let env = engineEnv(tmp);
    const initArgs = ['init', '-input=false'];
    if (mode === 'plugin-dir') {
      const mirror = path.join(tmp, 'mirror');
      await writeProviderMirror({
        outDir: mirror,
        providerAddress: provider.address,
        version: provider.version ?? '0.1.0',
        command: testDoubleCommand(),
        env: { APPLEMDM_TEST_DOUBLE_STORE: storeFile },
      });
      initArgs.push(`-plugin-dir=${mirror}`);
    } else {
      const plugin = startPlugin({ testDouble: true }, { APPLEMDM_TEST_DOUBLE_STORE: storeFile }, ['--debug']);
      stopPlugin = async () => {
        plugin.child.kill('SIGTERM');
        await plugin.exited;
      };
      await plugin.firstLine;
      const deadline = Date.now() + 30_000;
      while (!/TF_REATTACH_PROVIDERS='.*'/.test(plugin.stdout()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      const m = /TF_REATTACH_PROVIDERS='(.*)'/.exec(plugin.stdout());
      assert.ok(m, `debug plugin printed no reattach value:\n${plugin.stdout()}\n${plugin.stderr()}`);
      env = { ...env, TF_REATTACH_PROVIDERS: m[1] };
    }
    const engine = new Engine(engineName, engineBin, work, env);
    const write = (o: { description: string; bundleId: string }): void => fs.writeFileSync(path.join(work, 'main.tf'), configuration(o));

    write({ description: 'Staff devices', bundleId: 'com.tinyspeck.chatlyio' });
    const init = await engine.expect(initArgs);
    if (mode === 'plugin-dir') {
      assert.match(init, /Installed (registry\.terraform\.io\/)?applemdm\/applemdm v0\.1\.0 \(unauthenticated\)/);
      const lock = fs.readFileSync(path.join(work, '.terraform.lock.hcl'), 'utf8');
      assert.match(lock, new RegExp(`provider "${provider.address.replace(/\./g, '\\.')}"`));
      assert.match(lock, /version\s+=\s+"0\.1\.0"/);
    }

    if (mode === 'reattach') await schemaRoundTrip(engine);

    assert.match(await engine.expect(['apply', '-auto-approve']), /Apply complete! Resources: 3 added, 0 changed, 0 destroyed\./);
    assert.equal(store.ids('applemdm_device_group').length, 1);
    assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

    if (mode === 'reattach') {
      write({ description: 'Staff', bundleId: 'com.tinyspeck.chatlyio' });
      const update = await engine.expect(['plan', '-detailed-exitcode'], 2);
      assert.match(update, /~ description = "Staff devices" -> "Staff"/);
      assert.match(update, /Plan: 0 to add, 1 to change, 0 to destroy\./);
      assert.match(await engine.expect(['apply', '-auto-approve']), /Resources: 0 added, 1 changed, 0 destroyed\./);
    }

    write({ description: 'Staff', bundleId: 'com.tinyspeck.slack' });
    const replace = await engine.expect(['plan', '-detailed-exitcode'], 2);
    assert.match(replace, /# applemdm_app\.slack must be replaced/);
    assert.match(replace, /~ bundle_id\s+= "com\.tinyspeck\.chatlyio" -> "com\.tinyspeck\.slack" # forces replacement/);
    // The test double gives a replaced object a new id, so the assignment that references it is replaced too.
    // In plugin-dir mode the description change rides along as an in-place update.
    const changed = mode === 'reattach' ? 0 : 1;
    if (changed) assert.match(replace, /~ description = "Staff devices" -> "Staff"/);
    assert.match(replace, new RegExp(`Plan: 2 to add, ${changed} to change, 2 to destroy\\.`));
    assert.match(await engine.expect(['apply', '-auto-approve']), new RegExp(`Resources: 2 added, ${changed} changed, 2 destroyed\\.`));
    assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

    if (mode === 'reattach') await importAndDrift(engine, store);

    assert.match(await engine.expect(['destroy', '-auto-approve']), /Destroy complete! Resources: 3 destroyed\./);
    assert.deepEqual([store.ids('applemdm_app'), store.ids('applemdm_app_assignment'), store.ids('applemdm_device_group')], [[], [], []]);
  } finally {
    await stopPlugin();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** What the engine learnt through GetProviderSchema, printed back by `providers schema -json`, is the committed document. */
async function schemaRoundTrip(engine: Engine): Promise<void> {
  const printed = JSON.parse(await engine.expect(['providers', 'schema', '-json'])) as { provider_schemas: Record<string, unknown> };
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, sorted(x)])) : v;
  const withDefaults = (p: unknown): unknown => ({ data_source_schemas: {}, ...(p as object) });
  assert.deepStrictEqual(sorted(withDefaults(printed.provider_schemas[provider.address])), sorted(withDefaults(doc.provider_schemas[provider.address])));
}

/** Import of an object that exists on the "server", then drift: the object disappears and the plan re-creates it. */
async function importAndDrift(engine: Engine, store: TestDoubleStore): Promise<void> {
  const [groupId] = store.ids('applemdm_device_group');
  assert.ok(groupId);
  await engine.expect(['state', 'rm', 'applemdm_device_group.staff']);
  assert.match(await engine.expect(['import', 'applemdm_device_group.staff', groupId]), /Import successful!/);
  assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

  // Drift: the object disappears behind the engine's back; the next plan re-creates it, and apply does.
  assert.ok(store.get('applemdm_device_group', groupId, groupType));
  store.delete('applemdm_device_group', groupId);
  const drift = await engine.expect(['plan', '-detailed-exitcode'], 2);
  assert.match(drift, /# applemdm_device_group\.staff will be created/);
  // The group's new id also updates the assignment that scopes to it.
  assert.match(await engine.expect(['apply', '-auto-approve']), /Resources: 1 added, 1 changed, 0 destroyed\./);
}
