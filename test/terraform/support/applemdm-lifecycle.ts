import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Engine, engineEnv, EngineName } from './engines';
import { PROVIDER, runNative, serverContents, startDebugPlugin, terraformHeader, withServer, writeFile, writeMirror } from './applemdm-e2e';
import { REPO } from './plugin-process';

/**
 * The real applemdm provider under a real engine, on the embedded server (`server = "embedded:<dir>"`):
 *   -plugin-dir: init from the mirror (lock file) → apply → the server holds what `applemdm apply` of the same
 *   configuration would (its plan says "No changes") → plan "No changes";
 *   reattach (one plugin process): change one attribute → exactly that update → replace → the object deleted on the
 *   server is planned back → import of objects `applemdm apply` created → "No changes" → destroy leaves nothing.
 */
const PREFIX = 'com.example.mdm.e2e';
const CATALOG = path.join(REPO, 'examples', 'quickstart', 'gdmf-catalog.json');

interface Variant {
  camera: boolean;
  bundleId: string;
  /** The objects `applemdm apply` created, imported into Terraform. */
  kiosks?: boolean;
}

function configuration(data: string, v: Variant): string {
  return `${terraformHeader(`embedded:${data}`)}
resource "applemdm_device_group" "staff" {
  name        = "staff"
  description = "Staff devices"
  members {
    enrollment_ids = ["ENR-STAFF-1"]
  }
}

resource "applemdm_app" "slack" {
  name      = "slack"
  bundle_id = "${v.bundleId}"
  adam_id   = "618783545"
  license   = "device"
  platforms = ["iOS"]
}

resource "applemdm_app_assignment" "slack_staff" {
  name   = "slack_staff"
  app    = applemdm_app.slack.id
  intent = "required"
  scope {
    groups = [applemdm_device_group.staff.id]
  }
  settings {
    prevent_backup = true
  }
}

resource "applemdm_restrictions" "baseline" {
  name         = "baseline"
  allow_camera = ${v.camera}
  scope {
    groups = [applemdm_device_group.staff.id]
  }
  icloud {
    backup = false
  }
}

resource "applemdm_software_update" "ios" {
  name     = "ios"
  platform = "iOS"
  scope {
    groups = [applemdm_device_group.staff.id]
  }
  deferrals {
    combined_days = 14
  }
}

data "applemdm_gdmf_versions" "ios" {
  platform = "iOS"
  date     = "2024-11-01"
  catalog  = "gdmf-catalog.json"
}

data "applemdm_device_group" "staff" {
  name       = "staff"
  depends_on = [applemdm_app_assignment.slack_staff, applemdm_restrictions.baseline, applemdm_software_update.ios]
}

output "latest_ios" {
  value = data.applemdm_gdmf_versions.ios.latest
}

output "staff_configurations" {
  value = data.applemdm_device_group.staff.configurations
}
${v.kiosks ? KIOSKS_HCL : ''}`;
}

/** The same stack in YAML, for `applemdm plan` to compare the server with. */
const NATIVE_YAML = {
  'applemdm.yaml': 'stack: e2e\nidentifier_prefix: com.example.mdm\ntargets:\n  iOS: "18.0"\n',
  'resources.yaml': `device_groups:
  staff:
    description: Staff devices
    members: { enrollment_ids: [ENR-STAFF-1] }
apps:
  slack: { bundle_id: com.tinyspeck.chatlyio, adam_id: "618783545", license: device, platforms: [iOS] }
app_assignments:
  slack_staff: { app: slack, intent: required, scope: { groups: [staff] }, settings: { prevent_backup: true } }
restrictions:
  baseline: { scope: { groups: [staff] }, allowCamera: false, icloud: { backup: false } }
software_updates:
  ios: { platform: iOS, scope: { groups: [staff] }, deferrals: { combined_days: 14 } }
`,
};

/** Created by `applemdm apply`, then imported: written exactly as import decodes them. */
const KIOSK_YAML = {
  'applemdm.yaml': NATIVE_YAML['applemdm.yaml'],
  'resources.yaml': 'device_groups:\n  kiosks: {}\nrestrictions:\n  kiosk_lock: { scope: { groups: [kiosks] }, allowCamera: false }\n',
};
const KIOSKS_HCL = `
resource "applemdm_device_group" "kiosks" {
  name = "kiosks"
}

resource "applemdm_restrictions" "kiosk_lock" {
  name         = "kiosk_lock"
  allow_camera = false
  scope {
    groups = [applemdm_device_group.kiosks.id]
  }
}
`;

export async function runApplemdmLifecycle(engineName: EngineName, engineBin: string): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `applemdm-provider-${engineName}-`));
  const work = path.join(tmp, 'work');
  const data = path.join(tmp, 'data');
  let stopPlugin = async (): Promise<void> => undefined;
  try {
    const write = (v: Variant) => writeFile(work, 'main.tf', configuration(data, v));
    // Inside the working directory: files a configuration names may not lie outside it.
    fs.mkdirSync(work, { recursive: true });
    fs.copyFileSync(CATALOG, path.join(work, 'gdmf-catalog.json'));
    let engine = new Engine(engineName, engineBin, work, engineEnv(tmp));

    // -plugin-dir: the packaged provider, started by the engine per command.
    write({ camera: false, bundleId: 'com.tinyspeck.chatlyio' });
    const mirror = await writeMirror(path.join(tmp, 'mirror'));
    const init = await engine.expect(['init', '-input=false', `-plugin-dir=${mirror}`]);
    assert.match(init, /Installed (registry\.terraform\.io\/)?applemdm\/applemdm v0\.1\.0 \(unauthenticated\)/);
    assert.match(fs.readFileSync(path.join(work, '.terraform.lock.hcl'), 'utf8'), new RegExp(`provider "${PROVIDER.address.replace(/\./g, '\\.')}"[\\s\\S]*version\\s+=\\s+"0\\.1\\.0"`));
    const applied = await engine.expect(['apply', '-auto-approve']);
    assert.match(applied, /Apply complete! Resources: 5 added, 0 changed, 0 destroyed\./);
    const outputs = JSON.parse(await engine.expect(['output', '-json'])) as Record<string, { value: unknown }>;
    assert.equal(outputs.latest_ios.value, '18.1', 'the catalog offers iOS 18.1 on 2024-11-01');
    assert.deepEqual(outputs.staff_configurations.value, [`${PREFIX}.app-assignment.slack-staff`, `${PREFIX}.restrictions.baseline`, `${PREFIX}.software-update.ios.settings`]);
    // The server holds exactly what `applemdm apply` of the same stack would write.
    const yaml = path.join(tmp, 'native');
    for (const [name, text] of Object.entries(NATIVE_YAML)) writeFile(yaml, name, text);
    const native = await runNative(['plan', yaml, '--server', `embedded:${data}`, '--detailed-exitcode']);
    assert.equal(native.code, 0, native.stdout + native.stderr);
    assert.match(native.stdout, /No changes\./);
    assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

    // Reattach: one plugin process for the rest, started where the engine runs.
    const plugin = await startDebugPlugin(work);
    stopPlugin = plugin.stop;
    engine = new Engine(engineName, engineBin, work, { ...engineEnv(tmp), TF_REATTACH_PROVIDERS: plugin.reattach });

    write({ camera: true, bundleId: 'com.tinyspeck.chatlyio' });
    const update = await engine.expect(['plan', '-detailed-exitcode'], 2);
    assert.match(update, /~ allow_camera = false -> true/);
    // Exactly that resource changes (the data source reading the group is re-read after it, as depends_on says).
    assert.deepEqual(update.match(/^ {2}# applemdm_.*$/gm), ['  # applemdm_restrictions.baseline will be updated in-place']);
    assert.match(update, /Plan: 0 to add, 1 to change, 0 to destroy\./);
    assert.match(await engine.expect(['apply', '-auto-approve']), /Resources: 0 added, 1 changed, 0 destroyed\./);
    await withServer(data, async (backend) => {
      const profile = (await backend.getAsset(`${PREFIX}.restrictions.baseline.mobileconfig`))?.toString('utf8') ?? '';
      assert.match(profile, /<key>allowCamera<\/key>\s*<true\/>/);
    });

    write({ camera: true, bundleId: 'com.tinyspeck.slack' });
    const replace = await engine.expect(['plan', '-detailed-exitcode'], 2);
    assert.match(replace, /# applemdm_app\.slack must be replaced/);
    assert.match(replace, /~ bundle_id\s+= "com\.tinyspeck\.chatlyio" -> "com\.tinyspeck\.slack" # forces replacement/);
    assert.match(replace, /Plan: 1 to add, 0 to change, 1 to destroy\./);
    assert.match(await engine.expect(['apply', '-auto-approve']), /Resources: 1 added, 0 changed, 1 destroyed\./);
    await withServer(data, async (backend) => {
      assert.equal(((await backend.getDeclaration(`${PREFIX}.app.slack`))?.Payload['applemdm-app'] as Record<string, unknown>).bundle_id, 'com.tinyspeck.slack');
    });
    assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

    // Deleted on the server behind Terraform's back: planned back, and re-created.
    const set = `${PREFIX}.device-group.staff`;
    await withServer(data, async (backend) => {
      await backend.removeSetDeclaration(set, `${PREFIX}.restrictions.baseline`);
      await backend.deleteDeclaration(`${PREFIX}.restrictions.baseline`);
    });
    const drift = await engine.expect(['plan', '-detailed-exitcode'], 2);
    assert.match(drift, /# applemdm_restrictions\.baseline will be created/);
    assert.match(drift, /Plan: 1 to add, 0 to change, 0 to destroy\./);
    assert.match(await engine.expect(['apply', '-auto-approve']), /Resources: 1 added, 0 changed, 0 destroyed\./);
    await withServer(data, async (backend) => {
      const activation = await backend.getDeclaration(`${set}.activation`);
      assert.deepEqual(activation?.Payload.StandardConfigurations, outputs.staff_configurations.value, 'the activation lists the re-created configuration again');
    });

    // Objects `applemdm apply` created, imported into Terraform: the next plan shows no change.
    const kiosk = path.join(tmp, 'kiosk');
    for (const [name, text] of Object.entries(KIOSK_YAML)) writeFile(kiosk, name, text);
    const created = await runNative(['apply', kiosk, '--server', `embedded:${data}`, '--auto-approve']);
    assert.equal(created.code, 0, created.stdout + created.stderr);
    write({ camera: true, bundleId: 'com.tinyspeck.slack', kiosks: true });
    assert.match(await engine.expect(['import', 'applemdm_device_group.kiosks', `${PREFIX}.device-group.kiosks`]), /Import successful!/);
    assert.match(await engine.expect(['import', 'applemdm_restrictions.kiosk_lock', `${PREFIX}.restrictions.kiosk-lock`]), /Import successful!/);
    assert.match(await engine.expect(['plan', '-detailed-exitcode']), /No changes\./);

    assert.match(await engine.expect(['destroy', '-auto-approve']), /Destroy complete! Resources: 7 destroyed\./);
    assert.deepEqual(await serverContents(data), { declarations: [], sets: {}, enrollmentSets: {}, assets: [] }, 'destroy leaves nothing on the server');
  } finally {
    await stopPlugin();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
