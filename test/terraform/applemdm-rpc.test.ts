import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { applemdmProviderDefinition, loadApplemdmSchemaDocument } from '../../provider/terraform/applemdm-provider';
import { decodeMsgpack, encodeMsgpack } from '../../provider/terraform/cty/msgpack-codec';
import { isObjectValue, type CtyValue, type ObjectValue } from '../../provider/terraform/cty/values';
import { startPluginServer, type RunningPluginServer } from '../../provider/terraform/plugin/serve';
import { impliedType } from '../../provider/terraform/schema/implied-type';
import { soleProvider, type BlockSchema } from '../../provider/terraform/schema/schema-document';
import { withServer } from './support/applemdm-e2e';
import { call, connect, type PluginClients } from './support/plugin-process';

/**
 * The applemdm provider's handlers over real tfplugin6 RPCs (the plugin server in process, plaintext), against the
 * embedded server on a temporary data directory: what plan reports and where, ids known at plan time, replacement,
 * activations under parallel applies, reads of changes made on the server, and the data sources.
 */
const schemas = soleProvider(loadApplemdmSchemaDocument()).schemas;
const CATALOG = path.join(__dirname, '..', '..', 'examples', 'quickstart', 'gdmf-catalog.json');
const PREFIX = 'com.example.mdm.rpc';

type Dv = { msgpack?: Buffer };
type ProtoDiag = { severity: string; summary: string; detail: string; attribute?: { steps: Record<string, unknown>[] } };
type Kind = 'resource' | 'data' | 'provider';

function blockOf(kind: Kind, type: string): BlockSchema {
  if (kind === 'provider') return schemas.provider.block;
  return (kind === 'resource' ? schemas.resource_schemas : schemas.data_source_schemas)![type]!.block;
}

/** A value as Terraform sends it: every attribute present (null when unset), blocks as lists. */
function full(block: BlockSchema, partial: ObjectValue): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(block.attributes ?? {})) out[name] = partial[name] ?? null;
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const v = partial[name];
    out[name] = Array.isArray(v) ? v.map((x) => full(nested.block, x as ObjectValue)) : [];
  }
  return out;
}

const dv = (kind: Kind, type: string, value: ObjectValue | null): Dv => ({ msgpack: Buffer.from(encodeMsgpack(value, impliedType(blockOf(kind, type)))) });
const undv = (kind: Kind, type: string, v: Dv | undefined): CtyValue => (v?.msgpack ? decodeMsgpack(v.msgpack, impliedType(blockOf(kind, type))) : null);
const paths = (diags: ProtoDiag[] = []) => diags.map((d) => `${d.severity} ${d.summary} @ ${(d.attribute?.steps ?? []).map((s) => Object.values(s)[0]).join('.')}`);
const errors = (diags: ProtoDiag[] = []) => paths(diags.filter((d) => d.severity === 'ERROR'));

let tmp: string;
let data: string;
let running: RunningPluginServer;
let clients: PluginClients;
let definition: ReturnType<typeof applemdmProviderDefinition>;

function providerConfig(extra: ObjectValue = {}): ObjectValue {
  return full(blockOf('provider', ''), { stack: 'rpc', identifier_prefix: 'com.example.mdm', server: `embedded:${data}`, catalog: 'gdmf-catalog.json', targets: [{ ios: '18.0' }], ...extra });
}

async function configure(config: ObjectValue): Promise<ProtoDiag[]> {
  const r = await call<{ diagnostics: ProtoDiag[] }>(clients.provider, 'ConfigureProvider', { terraform_version: '1.11.4', config: dv('provider', '', config) });
  return r.diagnostics;
}

async function plan(type: string, prior: ObjectValue | null, config: ObjectValue | null) {
  const proposed = config && prior ? { ...config, id: prior.id } : config;
  const r = await call<{ planned_state: Dv; requires_replace: { steps: Record<string, unknown>[] }[]; diagnostics: ProtoDiag[] }>(clients.provider, 'PlanResourceChange', {
    type_name: type,
    prior_state: dv('resource', type, prior),
    proposed_new_state: dv('resource', type, proposed),
    config: dv('resource', type, config),
  }, 30_000);
  return { planned: undv('resource', type, r.planned_state) as ObjectValue | null, replace: (r.requires_replace ?? []).map((p) => p.steps.map((s) => Object.values(s)[0]).join('.')), diagnostics: r.diagnostics };
}

async function apply(type: string, prior: ObjectValue | null, planned: ObjectValue | null) {
  const r = await call<{ new_state: Dv; diagnostics: ProtoDiag[] }>(clients.provider, 'ApplyResourceChange', {
    type_name: type,
    prior_state: dv('resource', type, prior),
    planned_state: dv('resource', type, planned),
    config: dv('resource', type, planned && { ...planned, id: null }),
  }, 30_000);
  return { state: undv('resource', type, r.new_state) as ObjectValue | null, diagnostics: r.diagnostics };
}

/** Plan then apply a resource from its configuration, as Terraform does on create; the plan must succeed. */
async function create(type: string, partial: ObjectValue): Promise<ObjectValue> {
  const config = full(blockOf('resource', type), partial);
  const p = await plan(type, null, config);
  assert.deepEqual(errors(p.diagnostics), [], `${type} plan`);
  const a = await apply(type, null, p.planned);
  assert.deepEqual(errors(a.diagnostics), [], `${type} apply`);
  return a.state!;
}

async function read(type: string, state: ObjectValue): Promise<ObjectValue | null> {
  const r = await call<{ new_state: Dv; diagnostics: ProtoDiag[] }>(clients.provider, 'ReadResource', { type_name: type, current_state: dv('resource', type, state) }, 30_000);
  assert.deepEqual(errors(r.diagnostics), []);
  return undv('resource', type, r.new_state) as ObjectValue | null;
}

async function readData(type: string, partial: ObjectValue): Promise<{ state: ObjectValue | null; diagnostics: ProtoDiag[] }> {
  const r = await call<{ state: Dv; diagnostics: ProtoDiag[] }>(clients.provider, 'ReadDataSource', { type_name: type, config: dv('data', type, full(blockOf('data', type), partial)) }, 30_000);
  return { state: undv('data', type, r.state) as ObjectValue | null, diagnostics: r.diagnostics };
}

const scope = (...groups: string[]) => [{ groups }];

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-provider-rpc-'));
  data = path.join(tmp, 'data');
  // The catalog inside the provider's directory: files a configuration names may not lie outside it.
  fs.copyFileSync(CATALOG, path.join(tmp, 'gdmf-catalog.json'));
  definition = applemdmProviderDefinition(undefined, { env: {}, baseDir: tmp });
  running = await startPluginServer({ definition });
  clients = connect(running.handshake);
});

after(async () => {
  clients?.close();
  await running?.stop();
  await definition?.shutdown?.();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the applemdm provider over tfplugin6', () => {
  it('ConfigureProvider reports the stack settings at their Terraform paths', async () => {
    assert.deepEqual(errors(await configure(providerConfig({ targets: [{ ios: 'abc' }] }))).map((p) => p.replace(/^ERROR .* @ /, '')), ['targets.0.ios']);
    const missing = await configure(providerConfig({ catalog: path.join(tmp, 'missing.json') }));
    assert.deepEqual(errors(missing).map((p) => p.replace(/^ERROR .* @ /, '')), ['catalog']);
    assert.deepEqual(errors(await configure(providerConfig())), []);
  });

  it('ValidateResourceConfig asks for a name Terraform never gives the provider', async () => {
    const validate = async (name: string | null) =>
      (await call<{ diagnostics: ProtoDiag[] }>(clients.provider, 'ValidateResourceConfig', { type_name: 'applemdm_device_group', config: dv('resource', 'applemdm_device_group', full(blockOf('resource', 'applemdm_device_group'), { name })) })).diagnostics;
    assert.deepEqual(errors(await validate(null)), ['ERROR Missing name @ name']);
    assert.deepEqual(errors(await validate('Staff-Phones')), ['ERROR Invalid name @ name']);
    assert.deepEqual(errors(await validate('staff')), []);
  });

  it('PlanResourceChange knows the id at plan time; a new name replaces, unless identifier names the object', async () => {
    const group = full(blockOf('resource', 'applemdm_device_group'), { name: 'staff' });
    const created = await plan('applemdm_device_group', null, group);
    assert.equal(created.planned?.id, `${PREFIX}.device-group.staff`);
    const prior = { ...group, id: `${PREFIX}.device-group.staff` };
    const renamed = await plan('applemdm_device_group', prior, { ...group, name: 'team' });
    assert.equal(renamed.planned?.id, `${PREFIX}.device-group.team`);
    assert.deepEqual(renamed.replace, ['name']);
    const adopted = full(blockOf('resource', 'applemdm_device_group'), { name: 'staff', identifier: 'acme-phones', adopt: true });
    const adoptedPrior = { ...adopted, id: 'acme-phones' };
    const plannedAdopted = await plan('applemdm_device_group', adoptedPrior, { ...adopted, name: 'phones' });
    assert.equal(plannedAdopted.planned?.id, 'acme-phones');
    assert.deepEqual(plannedAdopted.replace, [], 'the set keeps its name: an in-place change');
  });

  it("PlanResourceChange reports the engine's validation and backend capability errors where they are in the configuration", async () => {
    const group = await create('applemdm_device_group', { name: 'phones' });
    await create('applemdm_app', { name: 'slack', bundle_id: 'com.tinyspeck.chatlyio', adam_id: '618783545', license: 'device', platforms: ['iOS'] });
    const cases: [string, ObjectValue, string[]][] = [
      ['applemdm_software_update', { name: 'ios', platform: 'iOS', scope: [{ groups: [group.id], exclude_groups: [group.id] }] }, ['ERROR Exclusions not supported by the kmfddm backend @ scope.0.exclude_groups']],
      ['applemdm_app_assignment', { name: 'slack_gone', app: `${PREFIX}.app.slack`, intent: 'uninstall', scope: scope(String(group.id)) }, ['ERROR Not expressible on the kmfddm backend: intent uninstall @ intent']],
      ['applemdm_restrictions', { name: 'base', scope: scope(String(group.id)), extra: '{"allowCamera":false}' }, ['ERROR Modeled key in extra @ extra']],
      ['applemdm_software_update', { name: 'old', platform: 'iOS', scope: scope(String(group.id)), enforcement: [{ target_os_version: '9.0', target_local_datetime: '2027-01-15T18:00:00' }] }, ['ERROR Target version not offered @ enforcement.0.target_os_version']],
      ['applemdm_app_assignment', { name: 'stranger', app: 'com.acme.apps.slack', intent: 'required', scope: scope(String(group.id)) }, ['ERROR Not an app of this stack @ app']],
    ];
    for (const [type, partial, want] of cases) {
      const p = await plan(type, null, full(blockOf('resource', type), partial));
      assert.deepEqual(errors(p.diagnostics), want, `${type} ${String(partial.name)}: ${JSON.stringify(p.diagnostics)}`);
    }
  });

  it('an assignment whose app has no record on the server plans (the app may be applied first) but does not apply', async () => {
    const config = full(blockOf('resource', 'applemdm_app_assignment'), { name: 'zoom_phones', app: `${PREFIX}.app.zoom`, intent: 'required', scope: scope(`${PREFIX}.device-group.phones`) });
    const p = await plan('applemdm_app_assignment', null, config);
    assert.deepEqual(errors(p.diagnostics), []);
    const a = await apply('applemdm_app_assignment', null, p.planned);
    assert.deepEqual(errors(a.diagnostics), ['ERROR App not on the server @ app']);
    assert.equal(a.state, null);
  });

  it('assignments applied in parallel leave one activation listing them all; deleted in parallel, it goes too', async () => {
    const group = await create('applemdm_device_group', { name: 'field' });
    const set = String(group.id);
    const names = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const states = await Promise.all(names.map((name) => create('applemdm_app_assignment', { name, app: `${PREFIX}.app.slack`, intent: 'required', scope: scope(set) })));
    const ids = names.map((n) => `${PREFIX}.app-assignment.${n}`);
    await withServer(data, async (backend) => {
      assert.deepEqual((await backend.getDeclaration(`${set}.activation`))?.Payload.StandardConfigurations, ids);
      assert.deepEqual((await backend.readStack(PREFIX)).sets[set], [...ids, `${set}.activation`].sort());
    });
    const groupData = await readData('applemdm_device_group', { name: 'field' });
    assert.deepEqual(groupData.state?.configurations, ids);
    assert.equal(groupData.state?.id, set);

    const deleted = await Promise.all(states.map((s) => apply('applemdm_app_assignment', s, null)));
    assert.deepEqual(deleted.flatMap((d) => errors(d.diagnostics)), []);
    await withServer(data, async (backend) => {
      assert.equal(await backend.getDeclaration(`${set}.activation`), undefined);
      assert.equal((await backend.readStack(PREFIX)).sets[set], undefined);
    });
  });

  it('ReadResource: the same state while the server matches; a change made there reads back; gone is null', async () => {
    const group = await create('applemdm_device_group', { name: 'desk', members: [{ enrollment_ids: ['ENR-1'] }] });
    const restrictions = await create('applemdm_restrictions', { name: 'desk_lock', scope: scope(String(group.id)), allow_camera: false });
    assert.deepEqual(await read('applemdm_device_group', group), group);
    assert.deepEqual(await read('applemdm_restrictions', restrictions), restrictions);
    await withServer(data, async (backend) => {
      await backend.addEnrollmentSet('ENR-2', String(group.id));
      await backend.removeSetDeclaration(String(group.id), String(restrictions.id));
      await backend.deleteDeclaration(String(restrictions.id));
    });
    const members = (await read('applemdm_device_group', group))?.members as ObjectValue[];
    assert.ok(isObjectValue(members[0]));
    assert.deepEqual(members[0].enrollment_ids, ['ENR-1', 'ENR-2']);
    assert.equal(await read('applemdm_restrictions', restrictions), null);
    // Applying the group again makes the server hold exactly its members.
    const again = await apply('applemdm_device_group', { ...group, members: [{ ...(members[0] as ObjectValue) }] }, group);
    assert.deepEqual(errors(again.diagnostics), []);
    assert.deepEqual(await read('applemdm_device_group', group), group);
  });

  it("an app's update rewrites its assignments, whose declarations carry the app's licence", async () => {
    const group = await create('applemdm_device_group', { name: 'sales' });
    const appConfig = full(blockOf('resource', 'applemdm_app'), { name: 'outlook', bundle_id: 'com.microsoft.Office.Outlook', adam_id: '951937596', license: 'device', platforms: ['iOS'] });
    const app = await create('applemdm_app', appConfig);
    const assignment = await create('applemdm_app_assignment', { name: 'outlook_sales', app: app.id, intent: 'available', scope: scope(String(group.id)) });
    const licence = () => withServer(data, async (backend) => ((await backend.getDeclaration(String(assignment.id)))?.Payload.InstallBehavior as Record<string, unknown>).License);
    assert.deepEqual(await licence(), { Assignment: 'Device' });
    const p = await plan('applemdm_app', app, { ...appConfig, license: 'user' });
    assert.deepEqual([errors(p.diagnostics), p.replace], [[], []]);
    assert.deepEqual(errors((await apply('applemdm_app', app, p.planned)).diagnostics), []);
    assert.deepEqual(await licence(), { Assignment: 'User' });
    assert.deepEqual(await read('applemdm_app_assignment', assignment), assignment, 'the assignment matches the server again');
  });

  it('data source applemdm_gdmf_versions lists the versions a catalog offers on a day, newest first', async () => {
    const ios = await readData('applemdm_gdmf_versions', { platform: 'iOS', date: '2024-11-01' });
    assert.deepEqual(errors(ios.diagnostics), []);
    assert.equal(ios.state?.latest, '18.1');
    assert.ok(Array.isArray(ios.state?.versions) && ios.state.versions[0] === '18.1' && ios.state.versions.length === (ios.state.builds as unknown[]).length);
    const nothing = await readData('applemdm_gdmf_versions', { platform: 'iOS', date: '1990-01-01' });
    assert.deepEqual([nothing.state?.versions, nothing.state?.latest], [[], null]);
    const invalid = await call<{ diagnostics: ProtoDiag[] }>(clients.provider, 'ValidateDataResourceConfig', {
      type_name: 'applemdm_gdmf_versions',
      config: dv('data', 'applemdm_gdmf_versions', full(blockOf('data', 'applemdm_gdmf_versions'), { platform: 'iOS', date: '2024-02-30' })),
    });
    assert.deepEqual(errors(invalid.diagnostics), ['ERROR Invalid date @ date']);
  });
});
