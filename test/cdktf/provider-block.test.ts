import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { packageVersion } from '../../provider/core/paths';
import { App, AppAssignment, ApplemdmProvider, DataApplemdmDeviceGroup, DataApplemdmGdmfVersions, DeviceGroup, Intent, License, Platform, SoftwareUpdate, cdk } from '../../provider/cdktf';
import { parseSynthesizedStack } from '../../provider/frontends/cdktf';
import { currentPlatform, writeProviderMirror } from '../../provider/terraform/package-mirror';

/**
 * Testing.synth of the provider block and of references, as Terraform will read them. The e2e tests prove the
 * resolution with real engines (terraform init -plugin-dir of a synthesized stack); here the exact shapes.
 */
type Synth = {
  terraform: { required_providers: Record<string, { source: string; version: string }> };
  provider: Record<string, Record<string, unknown>[]>;
  resource: Record<string, Record<string, Record<string, unknown>>>;
  data?: Record<string, Record<string, Record<string, unknown>>>;
};

function synth(build: (s: cdk.TerraformStack) => void): Synth {
  const stack = new cdk.TerraformStack(cdk.Testing.app(), 'refs');
  build(stack);
  return JSON.parse(cdk.Testing.synth(stack)) as Synth;
}

const provider = (s: cdk.TerraformStack, extra: Partial<ConstructorParameters<typeof ApplemdmProvider>[2]> = {}) =>
  new ApplemdmProvider(s, 'applemdm', { stack: 'refs', identifierPrefix: 'com.example.mdm', targets: { ios: '18.0' }, ...extra });

test('the provider block: every stack setting in Terraform names, the requirement pinned to what the mirror packages', async () => {
  const json = synth((s) => provider(s, { server: 'embedded:.applemdm', catalog: 'gdmf.json', assets: { baseUrl: 'https://mdm.example.com/assets' } }));
  assert.deepEqual(json.provider.applemdm, [
    { stack: 'refs', identifier_prefix: 'com.example.mdm', targets: { ios: '18.0' }, server: 'embedded:.applemdm', catalog: 'gdmf.json', assets: { base_url: 'https://mdm.example.com/assets' } },
  ]);
  const required = json.terraform.required_providers.applemdm;
  assert.deepEqual(required, { source: 'registry.terraform.io/applemdm/applemdm', version: packageVersion() });
  // `terraform init -plugin-dir` looks for <source>/terraform-provider-<type>_<version>_<os>_<arch>.zip: the mirror
  // written for the same source and version is exactly there.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-mirror-'));
  try {
    const written = await writeProviderMirror({ outDir: dir, providerAddress: required.source, version: required.version, command: ['/bin/true'] });
    assert.equal(path.relative(dir, written.zipPath), `${required.source}/terraform-provider-applemdm_${required.version}_${currentPlatform()}.zip`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('references: an assignment names its app and groups by id, a data source is referenced as data.<type>.<name>', () => {
  const json = synth((s) => {
    provider(s);
    const staff = new DeviceGroup(s, 'staff', {});
    const kiosks = new DataApplemdmDeviceGroup(s, 'kiosks', { name: 'kiosks' });
    const slack = new App(s, 'slack', { bundleId: 'com.tinyspeck.chatlyio', adamId: '618783545', license: License.DEVICE, platforms: [Platform.IOS] });
    new AppAssignment(s, 'slack_everyone', { app: slack.id, intent: Intent.REQUIRED, scope: { groups: [staff.id, kiosks.id] } });
    const versions = new DataApplemdmGdmfVersions(s, 'ios_offers', { platform: Platform.IOS });
    new SoftwareUpdate(s, 'ios', { platform: Platform.IOS, scope: { groups: [staff.id] }, enforcement: { targetOsVersion: versions.latest, targetLocalDatetime: '2027-01-15T18:00:00' } });
  });
  assert.deepEqual(json.resource.applemdm_app_assignment.slack_everyone, {
    name: 'slack_everyone',
    app: '${applemdm_app.slack.id}',
    intent: 'required',
    scope: { groups: ['${applemdm_device_group.staff.id}', '${data.applemdm_device_group.kiosks.id}'] },
  });
  assert.deepEqual(json.data?.applemdm_device_group.kiosks, { name: 'kiosks' });
  assert.equal((json.resource.applemdm_software_update.ios.enforcement as Record<string, unknown>).target_os_version, '${data.applemdm_gdmf_versions.ios_offers.latest}');
});

test('applemdm apply reads references to resources, and says that data sources are Terraform-only', () => {
  const stack = new cdk.TerraformStack(cdk.Testing.app(), 'refs');
  provider(stack);
  const staff = new DeviceGroup(stack, 'staff', {});
  const kiosks = new DataApplemdmDeviceGroup(stack, 'kiosks', { name: 'kiosks' });
  const slack = new App(stack, 'slack', { bundleId: 'com.tinyspeck.chatlyio', adamId: '618783545', license: License.DEVICE, platforms: [Platform.IOS] });
  new AppAssignment(stack, 'slack_everyone', { app: slack.id, intent: Intent.REQUIRED, scope: { groups: [staff.id, kiosks.id] } });
  const read = parseSynthesizedStack(cdk.Testing.synth(stack), 'cdk.tf.json', os.tmpdir());
  const errors = [...read.diagnostics].filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => [d.code, d.path.join('.')]), [['unsupported-expression', 'applemdm_app_assignment.slack_everyone.scope.groups.1']]);
  assert.match(errors[0].detail, /\$\{data\.applemdm_device_group\.kiosks\.id\}/);
});
