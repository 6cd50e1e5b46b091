import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeMsgpack, encodeMsgpack } from '../../provider/terraform/cty/msgpack-codec';
import { CtyValue, DecimalNumber, DynamicValue, ObjectValue, UNKNOWN } from '../../provider/terraform/cty/values';
import { mintSelfSignedCertificate } from '../../provider/terraform/plugin/auto-mtls';
import { parseHandshakeLine } from '../../provider/terraform/plugin/handshake';
import { impliedType } from '../../provider/terraform/schema/implied-type';
import { loadSchemaDocument, soleProvider } from '../../provider/terraform/schema/schema-document';
import { call, connect, cookieEnv, FRAMEWORK_SCHEMA, PluginClients, PluginProcess, startPlugin, withTimeout } from './support/plugin-process';

/**
 * Every tfplugin6 RPC, over the unix socket with AutoMTLS (a client certificate minted here), against the plugin
 * process serving the framework test schema with the test double handlers.
 */
const schemas = soleProvider(loadSchemaDocument(FRAMEWORK_SCHEMA)).schemas;
const thingType = impliedType(schemas.resource_schemas!.tdouble_thing!.block);
const lookupType = impliedType(schemas.data_source_schemas!.tdouble_lookup!.block);
const providerType = impliedType(schemas.provider.block);

type Dv = { msgpack?: Buffer; json?: Buffer };
type ProtoDiag = { severity: string; summary: string; detail: string; attribute?: { steps: Record<string, unknown>[] } };

const dv = (value: CtyValue, type = thingType): Dv => ({ msgpack: Buffer.from(encodeMsgpack(value, type)) });
const undv = (v: Dv | undefined, type = thingType): CtyValue => (v?.msgpack ? decodeMsgpack(v.msgpack, type) : null);

/** A full config value for tdouble_thing: every attribute present, as Terraform sends it. */
function thingConfig(overrides: ObjectValue = {}): ObjectValue {
  return {
    id: null,
    name: 'alpha',
    size: 3,
    enabled: true,
    tags: { team: 'it' },
    labels: ['b', 'a'],
    ports: [443, 8443],
    pair: ['x', 1],
    extra: new DynamicValue(['object', { n: 'number' }], { n: 1 }),
    secret: 's3cret',
    serial: null,
    flavor: null,
    endpoint: { host: 'mdm.example.com', port: null },
    settings: { mode: 'fast', level: new DecimalNumber('12345678901234567890') },
    rule: [{ action: 'allow', ref: null }],
    member: [{ serial: 'C02ABC' }],
    zone: { eu: { weight: 2 } },
    options: { verbose: null },
    ...overrides,
  };
}

let tmp: string;
let plugin: PluginProcess;
let clients: PluginClients;

before(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-plugin-rpc-'));
  const host = await mintSelfSignedCertificate();
  plugin = startPlugin(
    { testDouble: true },
    {
      ...cookieEnv,
      PLUGIN_CLIENT_CERT: host.certPem,
      APPLEMDM_TEST_DOUBLE_SCHEMA: FRAMEWORK_SCHEMA,
      APPLEMDM_TEST_DOUBLE_STORE: path.join(tmp, 'store.json'),
      APPLEMDM_TEST_DOUBLE_REPLACE: JSON.stringify({ tdouble_thing: [['name'], ['settings', 'mode']] }),
    },
  );
  const handshake = parseHandshakeLine(await plugin.firstLine);
  assert.ok(handshake.certDer, 'TLS is on');
  clients = connect(handshake, host);
});

after(async () => {
  clients?.close();
  await plugin?.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const rpc = <T = Record<string, unknown>>(method: string, request: unknown) => call<T>(clients.provider, method, request);
/** Diagnostics with the oneof's virtual `selector` field (added by proto-loader on decode) left out. */
const diagnosticsOf = (res: { diagnostics?: ProtoDiag[] }): ProtoDiag[] =>
  (res.diagnostics ?? []).map((d) => (d.attribute ? { ...d, attribute: { steps: d.attribute.steps.map(withoutSelector) } } : d));
const withoutSelector = (step: Record<string, unknown>): Record<string, unknown> => {
  const { selector: _selector, ...rest } = step;
  return rest;
};

describe('tfplugin6 RPCs over AutoMTLS against the test double handlers', () => {
  it('health reports "plugin" SERVING and the stdio stream opens', async () => {
    assert.deepEqual(await call(clients.health, 'Check', { service: 'plugin' }), { status: 'SERVING' });
    const stream = (clients.stdio as unknown as { StreamStdio(req: unknown): NodeJS.EventEmitter & { cancel(): void } }).StreamStdio({});
    const ended = new Promise<string>((resolve) => stream.on('error', (e: { code?: number }) => resolve(String(e.code))));
    stream.cancel();
    assert.equal(await ended, '1', 'the stream was open until the client cancelled it');
  });

  it('GetMetadata lists resource and data source types', async () => {
    const res = await rpc<{ resources: { type_name: string }[]; data_sources: { type_name: string }[] }>('GetMetadata', {});
    assert.deepEqual(res.resources, [{ type_name: 'tdouble_thing' }]);
    assert.deepEqual(res.data_sources, [{ type_name: 'tdouble_lookup' }]);
  });

  it('GetProviderSchema converts the document: types as JSON bytes, nesting modes, nested attributes, flags, sorted names', async () => {
    type Attr = { name: string; type?: Buffer; nested_type?: { nesting: string; attributes: Attr[] }; required?: boolean; optional?: boolean; computed?: boolean; sensitive?: boolean; description?: string };
    type Block = { attributes: Attr[]; block_types: { type_name: string; nesting: string; min_items?: number; max_items?: number; block: Block }[]; description?: string };
    const res = await rpc<{ provider: { block: Block }; resource_schemas: Record<string, { version: number; block: Block }>; data_source_schemas: Record<string, unknown> }>('GetProviderSchema', {});
    const thing = res.resource_schemas.tdouble_thing!;
    assert.equal(thing.version, 1);
    assert.match(thing.block.description ?? '', /every cty type/);
    const attrs = Object.fromEntries(thing.block.attributes.map((a) => [a.name, a]));
    assert.deepEqual(thing.block.attributes.map((a) => a.name), [...thing.block.attributes.map((a) => a.name)].sort());
    assert.equal(attrs.tags!.type!.toString(), '["map","string"]');
    assert.equal(attrs.pair!.type!.toString(), '["tuple",["string","number"]]');
    assert.equal(attrs.extra!.type!.toString(), '"dynamic"');
    assert.equal(attrs.secret!.sensitive, true);
    assert.equal(attrs.flavor!.optional, true);
    assert.equal(attrs.flavor!.computed, true);
    assert.equal(attrs.name!.required, true);
    assert.equal(attrs.endpoint!.nested_type!.nesting, 'SINGLE');
    assert.deepEqual(attrs.endpoint!.nested_type!.attributes.map((a) => a.name), ['host', 'port']);
    const nesting = Object.fromEntries(thing.block.block_types.map((b) => [b.type_name, b.nesting]));
    assert.deepEqual(nesting, { member: 'SET', options: 'GROUP', rule: 'LIST', settings: 'SINGLE', zone: 'MAP' });
    const rule = thing.block.block_types.find((b) => b.type_name === 'rule')!;
    assert.equal(rule.min_items, 1);
    assert.equal(rule.max_items, 3);
    assert.deepEqual(res.provider.block.attributes.map((a) => a.name), ['endpoint', 'token']);
    assert.deepEqual(Object.keys(res.data_source_schemas), ['tdouble_lookup']);
  });

  it('GetResourceIdentitySchemas answers an empty map', async () => {
    const res = await rpc<{ identity_schemas?: Record<string, unknown> }>('GetResourceIdentitySchemas', {});
    assert.deepEqual(res.identity_schemas ?? {}, {});
  });

  it('ValidateProviderConfig and ConfigureProvider report diagnostics with attribute paths', async () => {
    const bad = await rpc('ValidateProviderConfig', { config: dv({ endpoint: 'INVALID', token: null }, providerType) });
    assert.deepEqual(diagnosticsOf(bad).map((d) => d.attribute?.steps), [[{ attribute_name: 'endpoint' }]]);
    const refused = await rpc('ConfigureProvider', { terraform_version: '1.11.4', config: dv({ endpoint: 'INVALID', token: null }, providerType) });
    assert.equal(diagnosticsOf(refused)[0]?.severity, 'ERROR');
    const ok = await rpc('ConfigureProvider', { terraform_version: '1.11.4', config: dv({ endpoint: 'https://mdm.example.com', token: UNKNOWN }, providerType) });
    assert.deepEqual(diagnosticsOf(ok), []);
  });

  it('ValidateResourceConfig turns handler paths into protocol steps: attributes, list indexes, map keys; set paths stop at the set', async () => {
    const res = await rpc('ValidateResourceConfig', {
      type_name: 'tdouble_thing',
      config: dv(
        thingConfig({
          tags: { k: 'INVALID' },
          rule: [{ action: 'INVALID', ref: null }],
          member: [{ serial: 'INVALID' }],
          endpoint: { host: 'INVALID', port: null },
          size: UNKNOWN,
        }),
      ),
    });
    const paths = diagnosticsOf(res).map((d) => d.attribute?.steps);
    assert.deepEqual(paths, [
      [{ attribute_name: 'tags' }, { element_key_string: 'k' }],
      [{ attribute_name: 'endpoint' }, { attribute_name: 'host' }],
      [{ attribute_name: 'rule' }, { element_key_int: 0 }, { attribute_name: 'action' }],
      [{ attribute_name: 'member' }],
    ]);
    assert.ok(diagnosticsOf(res).every((d) => d.severity === 'ERROR'));
    const clean = await rpc('ValidateResourceConfig', { type_name: 'tdouble_thing', config: dv(thingConfig({ name: UNKNOWN })) });
    assert.deepEqual(diagnosticsOf(clean), []);
  });

  let created: ObjectValue;

  it('PlanResourceChange on create keeps configured values and marks only computed nulls unknown', async () => {
    const config = thingConfig();
    const res = await rpc<{ planned_state: Dv; requires_replace?: unknown[]; diagnostics?: ProtoDiag[] }>('PlanResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(null),
      proposed_new_state: dv(config),
      config: dv(config),
    });
    assert.deepEqual(diagnosticsOf(res), []);
    assert.deepEqual(res.requires_replace ?? [], []);
    assert.deepEqual(undv(res.planned_state), { ...config, id: UNKNOWN, serial: UNKNOWN, flavor: UNKNOWN, rule: [{ action: 'allow', ref: UNKNOWN }] });
  });

  it('ApplyResourceChange creates, with computed values filled in', async () => {
    const config = thingConfig();
    const planned = { ...config, id: UNKNOWN, serial: UNKNOWN, flavor: UNKNOWN, rule: [{ action: 'allow', ref: UNKNOWN }] };
    const res = await rpc<{ new_state: Dv; diagnostics?: ProtoDiag[] }>('ApplyResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(null),
      planned_state: dv(planned),
      config: dv(config),
    });
    assert.deepEqual(diagnosticsOf(res), []);
    created = undv(res.new_state) as ObjectValue;
    assert.deepEqual(created, { ...config, id: 'tdouble_thing-1', serial: 42, flavor: 'computed', rule: [{ action: 'allow', ref: 'computed' }] });
  });

  it('ReadResource returns what the server holds, private state untouched', async () => {
    const res = await rpc<{ new_state: Dv; private?: Buffer }>('ReadResource', { type_name: 'tdouble_thing', current_state: dv(created), private: Buffer.from('p1') });
    assert.deepEqual(undv(res.new_state), created);
    assert.equal(res.private?.toString(), 'p1');
  });

  it('PlanResourceChange on an in-place update keeps prior computed values and asks for no replacement', async () => {
    const config = thingConfig({ size: 4 });
    const proposed = { ...config, id: created.id, serial: created.serial, flavor: created.flavor, rule: created.rule };
    const res = await rpc<{ planned_state: Dv; requires_replace?: unknown[] }>('PlanResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(created),
      proposed_new_state: dv(proposed),
      config: dv(config),
    });
    assert.deepEqual(res.requires_replace ?? [], []);
    assert.deepEqual(undv(res.planned_state), proposed);
  });

  it('PlanResourceChange reports requires_replace paths (x-requiresReplace), through single blocks too, and re-plans computed values', async () => {
    const config = thingConfig({ name: 'beta', settings: { mode: 'slow', level: new DecimalNumber('12345678901234567890') } });
    const proposed = { ...config, id: created.id, serial: created.serial, flavor: created.flavor, rule: created.rule };
    const res = await rpc<{ planned_state: Dv; requires_replace?: { steps: unknown[] }[] }>('PlanResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(created),
      proposed_new_state: dv(proposed),
      config: dv(config),
    });
    assert.deepEqual(res.requires_replace?.map((p) => p.steps.map((x) => withoutSelector(x as Record<string, unknown>))), [[{ attribute_name: 'name' }], [{ attribute_name: 'settings' }, { attribute_name: 'mode' }]]);
    const planned = undv(res.planned_state) as ObjectValue;
    assert.deepEqual([planned.id, planned.serial, planned.flavor], [UNKNOWN, UNKNOWN, UNKNOWN]);
    assert.equal(planned.name, 'beta');
  });

  it('ApplyResourceChange updates in place', async () => {
    const config = thingConfig({ size: 4 });
    const planned = { ...config, id: created.id, serial: created.serial, flavor: created.flavor, rule: created.rule };
    const res = await rpc<{ new_state: Dv; diagnostics?: ProtoDiag[] }>('ApplyResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(created),
      planned_state: dv(planned),
      config: dv(config),
      planned_private: Buffer.from('p2'),
    });
    assert.deepEqual(diagnosticsOf(res), []);
    assert.deepEqual(undv(res.new_state), planned);
    created = planned;
  });

  it('ImportResourceState finds the object by id, and says so when it cannot', async () => {
    const res = await rpc<{ imported_resources: { type_name: string; state: Dv }[] }>('ImportResourceState', { type_name: 'tdouble_thing', id: 'tdouble_thing-1' });
    assert.equal(res.imported_resources.length, 1);
    assert.equal(res.imported_resources[0]!.type_name, 'tdouble_thing');
    assert.deepEqual(undv(res.imported_resources[0]!.state), created);
    const missing = await rpc<{ imported_resources?: unknown[]; diagnostics?: ProtoDiag[] }>('ImportResourceState', { type_name: 'tdouble_thing', id: 'nope' });
    assert.deepEqual(missing.imported_resources ?? [], []);
    assert.match(diagnosticsOf(missing)[0]?.detail ?? '', /No tdouble_thing with id "nope"/);
  });

  it('UpgradeResourceState reads JSON written by an older schema and answers msgpack for the current one', async () => {
    const old = { id: 'tdouble_thing-9', name: 'old', removed_attribute: true, size: 12345678901234567890, extra: { type: 'string', value: 'x' } };
    const res = await rpc<{ upgraded_state: Dv; diagnostics?: ProtoDiag[] }>('UpgradeResourceState', {
      type_name: 'tdouble_thing',
      version: 0,
      raw_state: { json: Buffer.from(JSON.stringify(old).replace('12345678901234567000', '12345678901234567890')) },
    });
    assert.deepEqual(diagnosticsOf(res), []);
    const state = undv(res.upgraded_state) as ObjectValue;
    assert.equal(state.name, 'old');
    assert.deepEqual(state.size, new DecimalNumber('12345678901234567890'));
    assert.deepEqual(state.extra, new DynamicValue('string', 'x'));
    assert.equal('removed_attribute' in state, false);
    const flat = await rpc('UpgradeResourceState', { type_name: 'tdouble_thing', version: 0, raw_state: { flatmap: { id: 'x' } } });
    assert.match(diagnosticsOf(flat)[0]?.summary ?? '', /Unsupported state format/);
  });

  it('ValidateDataResourceConfig and ReadDataSource', async () => {
    const bad = await rpc('ValidateDataResourceConfig', { type_name: 'tdouble_lookup', config: dv({ id: null, name: 'INVALID', result: null }, lookupType) });
    assert.deepEqual(diagnosticsOf(bad).map((d) => d.attribute?.steps), [[{ attribute_name: 'name' }]]);
    const res = await rpc<{ state: Dv; diagnostics?: ProtoDiag[] }>('ReadDataSource', { type_name: 'tdouble_lookup', config: dv({ id: null, name: 'x', result: null }, lookupType) });
    assert.deepEqual(diagnosticsOf(res), []);
    assert.deepEqual(undv(res.state, lookupType), { id: 'data-source', name: 'x', result: 'computed' });
  });

  it('accepts JSON DynamicValues in requests', async () => {
    const res = await rpc<{ state: Dv }>('ReadDataSource', { type_name: 'tdouble_lookup', config: { json: Buffer.from('{"id":null,"name":"j","result":null}') } });
    assert.deepEqual(undv(res.state, lookupType), { id: 'data-source', name: 'j', result: 'computed' });
  });

  it('ApplyResourceChange deletes; ReadResource then reports the object gone', async () => {
    const res = await rpc<{ new_state: Dv; diagnostics?: ProtoDiag[] }>('ApplyResourceChange', {
      type_name: 'tdouble_thing',
      prior_state: dv(created),
      planned_state: dv(null),
      config: dv(null),
    });
    assert.deepEqual(diagnosticsOf(res), []);
    assert.equal(undv(res.new_state), null);
    assert.equal(res.new_state.msgpack?.toString('hex'), 'c0');
    const read = await rpc<{ new_state: Dv }>('ReadResource', { type_name: 'tdouble_thing', current_state: dv(created) });
    assert.equal(undv(read.new_state), null);
  });

  it('answers unknown types and undecodable values with diagnostics, not failed calls', async () => {
    const unknownType = await rpc('PlanResourceChange', { type_name: 'tdouble_nope', config: dv(null) });
    assert.match(diagnosticsOf(unknownType)[0]?.detail ?? '', /no resource type "tdouble_nope"/);
    const garbage = await rpc('ValidateResourceConfig', { type_name: 'tdouble_thing', config: { msgpack: Buffer.from('81a46e616d6501', 'hex') } });
    assert.match(diagnosticsOf(garbage)[0]?.summary ?? '', /Invalid value from Terraform/);
  });

  it('StopProvider answers, and Shutdown ends the process', async () => {
    assert.deepEqual(await rpc('StopProvider', {}), { Error: '' });
    await call(clients.controller, 'Shutdown', {});
    const { code } = await withTimeout(plugin.exited, 15_000, () => 'plugin did not exit after Shutdown');
    assert.equal(code, 0);
  });
});
