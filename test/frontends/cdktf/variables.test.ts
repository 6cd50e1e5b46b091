import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import { compileDocument } from '../../../provider/apple/compile-document';
import { App, AppAssignment, ApplemdmProvider, DeviceGroup, Intent, License, Platform, Supervision, appConfiguration, cdk } from '../../../provider/cdktf';
import { readSynthesizedStack } from '../../../provider/frontends/cdktf';
import { validateDocument } from '../../../provider/resources/validate';

/** A sensitive TerraformVariable feeding an app's configuration and secrets: in no synthesized file, read from TF_VAR_. */
const CANARY = 'canary-tfvariable-5a7c9e1b3d2f4860';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-tfvars-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function synth(configure?: (stack: cdk.TerraformStack, assignment: Record<string, unknown>) => void): Record<string, unknown> {
  const stack = new cdk.TerraformStack(cdk.Testing.app(), 'demo');
  new ApplemdmProvider(stack, 'applemdm', { stack: 'demo', identifierPrefix: 'com.example.mdm', targets: { ios: '18.0' } });
  const phones = new DeviceGroup(stack, 'phones', { supervised: Supervision.SUPERVISED });
  const app = new App(stack, 'tool', { bundleId: 'com.example.tool', adamId: '618783545', license: License.DEVICE, platforms: [Platform.IOS] });
  const token = new cdk.TerraformVariable(stack, 'tool_token', { type: 'string', sensitive: true });
  const password = new cdk.TerraformVariable(stack, 'tool_password', { type: 'string', sensitive: true });
  const settings: Record<string, unknown> = {
    configuration: appConfiguration({ Workspace: 'sales', Token: token.stringValue }),
    secrets: { Password: password.stringValue },
  };
  configure?.(stack, settings);
  new AppAssignment(stack, 'tool_phones', { app: app.id, intent: Intent.REQUIRED, scope: { groups: [phones.id] }, settings });
  return JSON.parse(cdk.Testing.synth(stack)) as Record<string, unknown>;
}

function read(json: Record<string, unknown>, env: Record<string, string | undefined>) {
  const file = path.join(tmp, `cdk-${Math.random().toString(36).slice(2)}.tf.json`);
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    const result = readSynthesizedStack(file);
    const all = [...result.diagnostics, ...(result.document ? validateDocument(result.document) : [])];
    for (const d of all) assert.ok(!JSON.stringify(d).includes(CANARY), `${d.summary} quotes the secret`);
    return { ...result, errors: all.filter((d) => d.severity === 'error') };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

test('the synthesized stack holds ${var.x}, never the value; applemdm reads TF_VAR_x, marks it sensitive and compiles it', () => {
  process.env.TF_VAR_tool_token = CANARY;
  const json = synth();
  delete process.env.TF_VAR_tool_token;
  const text = JSON.stringify(json);
  assert.ok(!text.includes(CANARY));
  assert.match(text, /\$\{var\.tool_token\}/);
  assert.deepEqual((json.variable as Record<string, unknown>).tool_token, { sensitive: true, type: 'string' });

  const { document, errors } = read(json, { TF_VAR_tool_token: CANARY, TF_VAR_tool_password: `${CANARY}-pw` });
  assert.deepEqual(errors, []);
  const r = document!.resources.find((x) => x.address === 'applemdm_app_assignment.tool_phones')!;
  const settings = r.attributes.settings as { configuration: Record<string, unknown>; secrets: Record<string, string> };
  assert.deepEqual(settings.configuration, { Token: CANARY, Workspace: 'sales' });
  assert.deepEqual(settings.secrets, { Password: `${CANARY}-pw` });
  assert.deepEqual(r.sensitive, ['/settings/configuration/Token', '/settings/secrets/Password']);
  const command = compileDocument(document!).artifacts.find((a) => a.kind === 'command')!;
  assert.deepEqual(command.sensitivePaths, ['/Command/Configuration/Password', '/Command/Configuration/Token']);
});

const REFUSED: [string, Record<string, unknown>, Record<string, string | undefined>, string, RegExp][] = [
  ['a variable not set', synth(), { TF_VAR_tool_token: undefined, TF_VAR_tool_password: 'x' }, 'variable-not-set', /TF_VAR_tool_token/],
  [
    'a literal secret',
    synth((_s, settings) => (settings.secrets = { Password: CANARY })),
    { TF_VAR_tool_token: 'x' },
    'literal-secret',
    /settings\.secrets\.Password holds a secret/,
  ],
  [
    'an undeclared variable',
    (() => {
      const j = synth();
      delete (j.variable as Record<string, unknown>).tool_password;
      return j;
    })(),
    { TF_VAR_tool_token: 'x', TF_VAR_tool_password: 'x' },
    'undeclared-variable',
    /var\.tool_password/,
  ],
  [
    'a sensitive variable with a default',
    (() => {
      const j = synth();
      (j.variable as Record<string, Record<string, unknown>>).tool_token.default = CANARY;
      return j;
    })(),
    { TF_VAR_tool_token: 'x', TF_VAR_tool_password: 'x' },
    'sensitive-variable-default',
    /variable tool_token is sensitive but has a default/,
  ],
  [
    'a variable outside a secret attribute',
    (() => {
      const j = synth();
      ((j.resource as Record<string, Record<string, Record<string, unknown>>>).applemdm_app.tool).bundle_id = '${var.tool_token}';
      return j;
    })(),
    { TF_VAR_tool_token: CANARY, TF_VAR_tool_password: 'x' },
    'unsupported-expression',
    /bundle_id/,
  ],
];

for (const [name, json, env, code, detail] of REFUSED) {
  test(`refused, quoting no value: ${name}`, () => {
    const { errors } = read(json, env);
    assert.ok(
      errors.some((d) => d.code === code && detail.test(d.detail)),
      `expected ${code}; got ${JSON.stringify(errors.map((d) => [d.code, d.detail]))}`,
    );
  });
}
