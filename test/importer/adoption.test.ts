import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as plist from 'plist';
import { harness, STACK } from '../engine/support/harness';

/**
 * Adoption: a resource with `identifier` outside the stack's prefix takes over an object another tool created, only
 * with `adopt: true`; the plan reads and diffs that object by its exact name, and nothing else that shares its prefix.
 */
const FOREIGN_APP = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.acme.slack', Payload: { AppStoreID: '618783545', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } } };
const FOREIGN_ACTIVATION = { Type: 'com.apple.activation.simple', Identifier: 'com.acme.act', Payload: { StandardConfigurations: ['com.acme.slack'] } };
const NEIGHBOUR = { Type: 'com.apple.configuration.app.managed', Identifier: 'com.acme.slack-beta', Payload: { AppStoreID: '1', InstallBehavior: { Install: 'Optional', License: { Assignment: 'Device' } } } };

function adopted(opts: { adopt?: boolean; install?: 'required' | 'available'; groupAdopt?: boolean } = {}): string {
  const adopt = opts.adopt === false ? '' : '\n    adopt: true';
  return `device_groups:
  phones:
    identifier: acme-phones${opts.groupAdopt === false ? '' : '\n    adopt: true'}
    activation_identifier: com.acme.act
apps:
  slack:
    bundle_id: com.tinyspeck.chatlyio
    adam_id: "618783545"
    license: device
    platforms: [iOS]
app_assignments:
  slack:
    identifier: com.acme.slack${adopt}
    app: slack
    intent: ${opts.install ?? 'required'}
    scope: { groups: [phones] }
`;
}

async function seedForeign(h: Awaited<ReturnType<typeof harness>>): Promise<void> {
  for (const d of [FOREIGN_APP, FOREIGN_ACTIVATION, NEIGHBOUR]) await h.backend.putDeclaration(d);
  for (const id of ['com.acme.slack', 'com.acme.act']) await h.backend.addSetDeclaration('acme-phones', id);
  await h.backend.addSetDeclaration('acme-phones-2', 'com.acme.slack-beta');
}

test('an adopted object that matches the configuration plans as no change, and a changed attribute updates it in place', async () => {
  const h = await harness();
  try {
    await seedForeign(h);
    h.write(adopted());
    const same = await h.mustPlan();
    // The only write is the app's record, the stack's own new object (never delivered); the adopted objects match.
    const writes = same.operations.map((o) => (o.op === 'put-declaration' ? `${o.op} ${o.declaration.Identifier}` : o.op));
    assert.deepEqual(writes, ['put-declaration com.example.mdm.demo.app.slack'], JSON.stringify(same.changes.filter((c) => c.action !== 'noop'), null, 2));
    assert.ok(same.fingerprints['declaration:com.acme.slack'], 'the adopted declaration is fingerprinted');
    assert.equal(same.fingerprints['declaration:com.acme.slack-beta'], undefined, 'a neighbour sharing the prefix is not read');
    assert.deepEqual((await h.apply(same)).failed, []);

    h.write(adopted({ install: 'available' }));
    const changed = await h.mustPlan();
    const change = changed.changes.find((c) => c.address === 'applemdm_app_assignment.slack');
    assert.equal(change?.action, 'update');
    assert.deepEqual(change?.keyDiffs.map((k) => [k.path, k.before, k.after]), [['InstallBehavior.Install', 'Required', 'Optional']]);
    assert.deepEqual(changed.operations.map((o) => o.op === 'put-declaration' ? o.declaration.Identifier : o.op), ['com.acme.slack']);
    const result = await h.apply(changed);
    assert.deepEqual(result.failed, []);
    assert.deepEqual((await h.backend.getDeclaration('com.acme.slack'))?.Payload.InstallBehavior, { Install: 'Optional', License: { Assignment: 'Device' } });
    assert.deepEqual((await h.mustPlan()).operations, []);
    assert.deepEqual((await h.backend.getDeclaration('com.acme.slack-beta'))?.Payload, NEIGHBOUR.Payload, 'the neighbour is untouched');
  } finally {
    await h.close();
  }
});

test('a foreign identifier without adopt: true, and adopt: true without a foreign identifier, are refused before any read', async () => {
  const h = await harness();
  try {
    await seedForeign(h);
    h.write(adopted({ adopt: false, groupAdopt: false }));
    const refused = await h.plan();
    assert.equal(refused.plan, undefined);
    const codes = refused.diagnostics.toArray().filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.path.join('.')}`);
    assert.deepEqual(codes.sort(), [
      'adopt-required applemdm_app_assignment.slack.identifier',
      'adopt-required applemdm_device_group.phones.activation_identifier',
      'adopt-required applemdm_device_group.phones.identifier',
    ]);

    h.write('device_groups:\n  phones:\n    adopt: true\n');
    const pointless = await h.plan();
    assert.deepEqual(pointless.diagnostics.toArray().filter((d) => d.severity === 'error').map((d) => d.code), ['adopt-without-identifier']);
  } finally {
    await h.close();
  }
});

test('extra restriction keys are compiled into the profile as given; modeled and Payload keys are refused there', async () => {
  const h = await harness();
  try {
    h.write(`device_groups:\n  all: {}\nrestrictions:\n  base:\n    scope: { groups: [all] }\n    allowCamera: false\n    extra:\n      allowFutureThing: false\n      futureLimit: 3\n      futureList: [a, b]\n`);
    const plan = await h.mustPlan();
    const asset = plan.operations.find((o) => o.op === 'put-asset');
    assert.ok(asset && asset.op === 'put-asset');
    const profile = plist.parse(Buffer.from(asset.bytesBase64, 'base64').toString('utf8')) as { PayloadContent: Record<string, unknown>[] };
    const payload = profile.PayloadContent[0];
    assert.equal(payload.allowCamera, false);
    assert.equal(payload.allowFutureThing, false);
    assert.equal(payload.futureLimit, 3);
    assert.deepEqual(payload.futureList, ['a', 'b']);

    h.write(`device_groups:\n  all: {}\nrestrictions:\n  base:\n    scope: { groups: [all] }\n    extra:\n      allowCamera: false\n      PayloadDisplayName: x\n`, STACK);
    const refused = await h.plan();
    assert.deepEqual(refused.diagnostics.toArray().filter((d) => d.severity === 'error').map((d) => d.code).sort(), ['extra-modeled-key', 'extra-payload-key']);

    h.write(`device_groups:\n  all: {}\nrestrictions:\n  base:\n    scope: { groups: [all] }\n    extra:\n      someFutureKey: ${'x'.repeat(5000)}\n`, STACK);
    const large = await h.plan();
    assert.deepEqual(large.diagnostics.toArray().filter((d) => d.severity === 'error').map((d) => d.code), ['extra-too-large']);
  } finally {
    await h.close();
  }
});
