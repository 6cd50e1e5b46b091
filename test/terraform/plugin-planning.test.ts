import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NO_SOURCE } from '../../provider/core/diagnostics';
import { decodeMsgpack, encodeMsgpack } from '../../provider/terraform/cty/msgpack-codec';
import { CtyValue, ObjectValue, UNKNOWN } from '../../provider/terraform/cty/values';
import { HandlerContext, HandlerDiagnosticsError, ProviderDefinition, ResourceHandler } from '../../provider/terraform/framework/handler';
import { changedPaths, checkApplied, checkPlan, defaultPlan } from '../../provider/terraform/framework/planning';
import { RunningPluginServer, startPluginServer } from '../../provider/terraform/plugin/serve';
import { impliedType } from '../../provider/terraform/schema/implied-type';
import { BlockSchema, ProviderSchemas } from '../../provider/terraform/schema/schema-document';
import { call, connect, PluginClients } from './support/plugin-process';

/** Terraform's planning rules as the framework applies and enforces them, and how handler mistakes are reported. */
const block: BlockSchema = {
  attributes: {
    id: { type: 'string', computed: true },
    app: { type: 'string', required: true },
    note: { type: 'string', optional: true },
    secret: { type: 'string', optional: true, sensitive: true },
    mode: { type: 'string', optional: true, computed: true },
  },
  block_types: {
    scope: {
      nesting_mode: 'list',
      max_items: 1,
      block: { attributes: { groups: { type: ['list', 'string'], required: true }, resolved: { type: 'string', computed: true } } },
    },
  },
};

const config = (over: ObjectValue = {}): ObjectValue => ({
  id: null,
  app: 'a',
  note: null,
  secret: 'hunter2',
  mode: null,
  scope: [{ groups: ['g1'], resolved: null }],
  ...over,
});

describe('default plan', () => {
  it('on create marks computed attributes the config leaves null unknown, in nested blocks too', () => {
    const { planned, requiresReplace } = defaultPlan(block, null, config(), config(), [['app']]);
    assert.deepEqual(planned, config({ id: UNKNOWN, mode: UNKNOWN, scope: [{ groups: ['g1'], resolved: UNKNOWN }] }));
    assert.deepEqual(requiresReplace, []);
  });

  it('on update keeps prior computed values (already in the proposed state)', () => {
    const prior = config({ id: 'x', mode: 'm', scope: [{ groups: ['g1'], resolved: 'r' }] });
    const proposed = { ...prior, note: 'n' };
    assert.deepEqual(defaultPlan(block, prior, proposed, config({ note: 'n' }), [['app']]), { planned: proposed, requiresReplace: [] });
  });

  it('on replace re-plans computed values and reports the changed replace paths, per element of a list block', () => {
    const prior = config({ id: 'x', mode: 'm', scope: [{ groups: ['g1'], resolved: 'r' }] });
    const proposed = { ...prior, app: 'b', scope: [{ groups: ['g2'], resolved: 'r' }] };
    const { planned, requiresReplace } = defaultPlan(block, prior, proposed, config({ app: 'b', scope: [{ groups: ['g2'], resolved: null }] }), [['app'], ['scope', 'groups'], ['note']]);
    assert.deepEqual(requiresReplace, [['app'], ['scope', 0, 'groups']]);
    assert.deepEqual(planned, { ...proposed, id: UNKNOWN, mode: UNKNOWN, scope: [{ groups: ['g2'], resolved: UNKNOWN }] });
  });

  it('a destroy plans null', () => {
    assert.deepEqual(defaultPlan(block, config(), null, null, [['app']]), { planned: null, requiresReplace: [] });
  });

  it('compares replace paths by value: set order and unknown-vs-known', () => {
    const setBlock: BlockSchema = { attributes: { tags: { type: ['set', 'string'], optional: true } } };
    assert.deepEqual(changedPaths(setBlock, { tags: ['a', 'b'] }, { tags: ['b', 'a'] }, [['tags']]), []);
    assert.deepEqual(changedPaths(setBlock, { tags: ['a'] }, { tags: UNKNOWN }, [['tags']]), [['tags']]);
  });
});

describe('plan and apply checks', () => {
  it('a planned value must equal the configured one, except computed attributes left null', () => {
    assert.deepEqual(checkPlan(block, config({ id: UNKNOWN, mode: UNKNOWN }), config()), []);
    assert.deepEqual(checkPlan(block, config({ mode: 'chosen' }), config()), []);
    assert.deepEqual(checkPlan(block, config({ note: 'changed' }), config()).map((v) => v.path), [['note']]);
    assert.deepEqual(checkPlan(block, config({ note: UNKNOWN }), config()).map((v) => v.path), [['note']]);
    assert.deepEqual(checkPlan(block, config({ mode: 'x' }), config({ mode: 'y' })).map((v) => v.path), [['mode']]);
    assert.deepEqual(checkPlan(block, config({ scope: [{ groups: ['zz'], resolved: null }] }), config()).map((v) => v.path), [['scope', 0, 'groups']]);
  });

  it('an applied state must be wholly known and keep every known planned value', () => {
    const planned = config({ id: UNKNOWN, mode: 'm' });
    assert.deepEqual(checkApplied(block, planned, config({ id: 'x', mode: 'm' })), []);
    assert.deepEqual(checkApplied(block, planned, config({ id: UNKNOWN, mode: 'm' })).map((v) => v.message), ['the new state still contains unknown values']);
    assert.deepEqual(checkApplied(block, planned, config({ id: 'x', mode: 'other' })).map((v) => v.path), [['mode']]);
  });

  it('never quotes values (they may be secret)', () => {
    const messages = checkPlan(block, config({ secret: 'other' }), config()).map((v) => v.message).join(' ');
    assert.doesNotMatch(messages, /hunter2|other/);
  });
});

describe('handler mistakes and handler diagnostics over RPC', () => {
  const type = impliedType(block);
  const schemas: ProviderSchemas = {
    provider: { version: 0, block: {} },
    resource_schemas: {
      x_bad_plan: { version: 0, block },
      x_bad_apply: { version: 0, block },
      x_throws: { version: 0, block },
      x_reports: { version: 0, block },
      x_wrong_type: { version: 0, block },
      x_extra_replace: { version: 0, block },
      x_unserved: { version: 0, block },
    },
  };
  const base: ResourceHandler = {
    apply: (_prior, planned) => ({ newState: planned && { ...planned, id: 'id', mode: 'm', scope: [{ groups: ['g1'], resolved: 'r' }] } }),
    read: (s) => s,
    import: () => [],
  };
  let sawSignal: HandlerContext<unknown>['signal'] | undefined;
  const definition: ProviderDefinition = {
    schemas,
    resources: {
      x_bad_plan: { ...base, plan: (_p, proposed) => ({ planned: proposed && { ...proposed, secret: 'leaked?' } }) },
      x_bad_apply: { ...base, apply: (_p, planned) => ({ newState: planned && { ...planned, id: 'id', mode: 'm', app: 'other', scope: [{ groups: ['g1'], resolved: 'r' }] } }) },
      x_throws: {
        ...base,
        validate: (_config, ctx) => {
          sawSignal = ctx.signal;
          throw new Error('boom');
        },
      },
      x_reports: {
        ...base,
        validate: () => {
          throw new HandlerDiagnosticsError([
            { severity: 'error', summary: 'Bad app', detail: 'No such app.', path: ['x_reports.main', 'app'], source: NO_SOURCE },
            { severity: 'info', summary: 'FYI', detail: 'Just so you know.', path: [], source: NO_SOURCE },
          ]);
        },
      },
      x_wrong_type: { ...base, read: (s) => ({ ...s, note: 42 as unknown as string }) },
      x_extra_replace: { ...base, plan: (_p, _proposed, _c, ctx) => ({ planned: ctx.defaultPlan.planned, requiresReplace: [['note']] }) },
    },
  };
  let server: RunningPluginServer;
  let clients: PluginClients;
  before(async () => {
    server = await startPluginServer({ definition });
    clients = connect(server.handshake);
  });
  after(async () => {
    clients.close();
    await server.stop();
  });
  const dv = (v: CtyValue) => ({ msgpack: Buffer.from(encodeMsgpack(v, type)) });
  type Res = { diagnostics?: { severity: string; summary: string; detail: string; attribute?: { steps: Record<string, unknown>[] } }[]; planned_state?: { msgpack: Buffer }; requires_replace?: { steps: Record<string, unknown>[] }[] };
  const rpc = (method: string, req: unknown) => call<Res>(clients.provider, method, req);
  const plan = (typeName: string, prior: ObjectValue | null) =>
    rpc('PlanResourceChange', { type_name: typeName, prior_state: dv(prior), proposed_new_state: dv(config()), config: dv(config()) });

  it('a plan that changes a configured value is reported as an applemdm bug, without the value', async () => {
    const res = await plan('x_bad_plan', null);
    assert.equal(res.diagnostics?.[0]?.summary, 'Provider produced an invalid plan');
    assert.match(res.diagnostics?.[0]?.detail ?? '', /applemdm bug: the x_bad_plan handler's plan broke Terraform's rules:\nsecret: /);
    assert.doesNotMatch(JSON.stringify(res.diagnostics), /hunter2|leaked/);
  });

  it('an apply that contradicts the plan is reported', async () => {
    const planned = config({ id: UNKNOWN, mode: UNKNOWN, scope: [{ groups: ['g1'], resolved: UNKNOWN }] });
    const res = await rpc('ApplyResourceChange', { type_name: 'x_bad_apply', prior_state: dv(null), planned_state: dv(planned), config: dv(config()) });
    assert.equal(res.diagnostics?.[0]?.summary, 'Provider produced an invalid result');
    assert.match(res.diagnostics?.[0]?.detail ?? '', /^app: the applied value differs/m);
  });

  it('a thrown Error becomes a bug diagnostic; handler contexts carry the stop signal', async () => {
    const res = await rpc('ValidateResourceConfig', { type_name: 'x_throws', config: dv(config()) });
    assert.equal(res.diagnostics?.[0]?.summary, 'applemdm bug');
    assert.match(res.diagnostics?.[0]?.detail ?? '', /boom/);
    assert.equal(sawSignal?.aborted, false);
    await rpc('StopProvider', {});
    assert.equal(sawSignal?.aborted, true);
  });

  it('reported diagnostics pass through: address prefix dropped from the path, info as warning', async () => {
    const res = await rpc('ValidateResourceConfig', { type_name: 'x_reports', config: dv(config()) });
    assert.deepEqual(
      res.diagnostics?.map((d) => [d.severity, d.summary, d.attribute?.steps.map((s) => s.attribute_name)]),
      [['ERROR', 'Bad app', ['app']], ['WARNING', 'FYI', undefined]],
    );
  });

  it('a value of the wrong type from a handler is reported with its path', async () => {
    const res = await rpc('ReadResource', { type_name: 'x_wrong_type', current_state: dv(config({ id: 'i' })) });
    assert.equal(res.diagnostics?.[0]?.summary, 'Provider returned an invalid value');
    assert.deepEqual(res.diagnostics?.[0]?.attribute?.steps.map((s) => s.attribute_name), ['note']);
  });

  it('a handler can add requires_replace paths to the schema ones', async () => {
    const res = await plan('x_extra_replace', config({ id: 'i', mode: 'm', note: 'old', scope: [{ groups: ['g1'], resolved: 'r' }] }));
    assert.deepEqual(res.requires_replace?.map((p) => p.steps.map((s) => s.attribute_name)), [['note']]);
    assert.ok(res.planned_state && decodeMsgpack(res.planned_state.msgpack, type));
  });

  it('a schema type without a handler says so', async () => {
    const res = await rpc('ValidateResourceConfig', { type_name: 'x_unserved', config: dv(config()) });
    assert.match(res.diagnostics?.[0]?.detail ?? '', /"x_unserved" is in the schema but has no handler/);
  });
});
