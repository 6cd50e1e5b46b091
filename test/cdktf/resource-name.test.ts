import assert from 'node:assert/strict';
import { test } from 'node:test';
import { App, ApplemdmProvider, DeviceGroup, Platform, cdk } from '../../provider/cdktf';
import { parseSynthesizedStack } from '../../provider/frontends/cdktf';

/**
 * The Terraform-only `name` attribute: the constructs synthesize the key the resource has in cdk.tf.json (what
 * Terraform gives the provider is then the name applemdm apply derives identifiers from), and the cdk.tf.json reader
 * checks it against the key and keeps it out of the document.
 */
function stack(build: (s: cdk.TerraformStack) => void): string {
  const s = new cdk.TerraformStack(cdk.Testing.app(), 'names');
  new ApplemdmProvider(s, 'applemdm', { stack: 'names', identifierPrefix: 'com.example.mdm', targets: { ios: '17.0' } });
  build(s);
  return cdk.Testing.synth(s);
}

type Synth = { resource: Record<string, Record<string, Record<string, unknown>>> };

test('a construct synthesizes its logical id as name, also after overrideLogicalId, unless name is given', () => {
  const json = stack((s) => {
    new DeviceGroup(s, 'phones', {});
    new DeviceGroup(s, 'macs', {}).overrideLogicalId('engineering_macs');
    new App(s, 'slack', { name: 'slack', bundleId: 'com.tinyspeck.chatlyio', platforms: [Platform.IOS] });
  });
  const r = (JSON.parse(json) as Synth).resource;
  assert.equal(r.applemdm_device_group.phones.name, 'phones');
  assert.equal(r.applemdm_device_group.engineering_macs.name, 'engineering_macs');
  assert.equal(r.applemdm_app.slack.name, 'slack');
});

test('the reader keeps name out of the document when it equals the key, and refuses one that differs', () => {
  const same = parseSynthesizedStack(stack((s) => void new DeviceGroup(s, 'phones', { description: 'x' })), 'cdk.tf.json', '/tmp');
  assert.equal(same.diagnostics.hasError(), false, JSON.stringify([...same.diagnostics]));
  assert.deepEqual(same.document?.resources.map((r) => [r.address, r.attributes]), [['applemdm_device_group.phones', { description: 'x' }]]);

  const other = parseSynthesizedStack(stack((s) => void new DeviceGroup(s, 'phones', { name: 'tablets' })), 'cdk.tf.json', '/tmp');
  const errors = [...other.diagnostics].filter((d) => d.severity === 'error');
  assert.deepEqual(errors.map((d) => [d.code, d.path.join('.')]), [['name-mismatch', 'applemdm_device_group.phones.name']]);
  assert.match(errors[0].detail, /sets name "tablets", but its name in the file is "phones"/);
});
