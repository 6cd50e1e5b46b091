import * as grpc from '@grpc/grpc-js';
import { Diagnostic } from '../../core/diagnostics';
import { decodeJson } from '../cty/json-codec';
import { decodeMsgpack, encodeMsgpack } from '../cty/msgpack-codec';
import { CtyType } from '../cty/types';
import { isObjectValue, isWhollyKnown, ObjectValue } from '../cty/values';
import { CtyCodecError, formatPath, ValuePath } from '../cty/wire-path';
import { PluginLog, SILENT_LOG } from '../plugin/plugin-log';
import { impliedType } from '../schema/implied-type';
import { BlockSchema, SchemaEntry } from '../schema/schema-document';
import { toProtoSchema } from '../schema/to-proto-schema';
import { AttributePathStep, toAttributePath } from './attribute-path';
import { HandlerContext, HandlerDiagnosticsError, ProviderDefinition, ResourceHandler, DataSourceHandler } from './handler';
import { checkApplied, checkPlan, defaultPlan, RuleViolation } from './planning';
import { errorDiagnostic, hasError, ProtoDiagnostic, toProtoDiagnostic } from './protocol-diagnostics';

/** DynamicValue on the wire: msgpack preferred, JSON accepted. */
interface WireDynamicValue {
  msgpack?: Buffer;
  json?: Buffer;
}

type Request = Record<string, unknown>;
type Response = Record<string, unknown>;

/** Raised inside an RPC to stop it with these diagnostics. */
class Abort extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super('rpc aborted');
  }
}

/**
 * tfplugin6.Provider: decodes requests against the schema document, dispatches to the resource and data source
 * handlers, enforces Terraform's planning rules on their answers, and encodes the responses. Handler failures become
 * diagnostics; the RPC itself fails only for malformed protocol messages.
 */
export class ProviderService<C = unknown> {
  private client: C | undefined;
  private readonly stopController = new AbortController();
  private readonly schemaResponse: Response;

  constructor(
    private readonly definition: ProviderDefinition<C>,
    private readonly log: PluginLog = SILENT_LOG,
  ) {
    const s = definition.schemas;
    const map = (entries: Record<string, SchemaEntry> | undefined): Record<string, unknown> =>
      Object.fromEntries(Object.entries(entries ?? {}).map(([name, e]) => [name, toProtoSchema(e)]));
    this.schemaResponse = {
      provider: toProtoSchema(s.provider),
      resource_schemas: map(s.resource_schemas),
      data_source_schemas: map(s.data_source_schemas),
      diagnostics: [],
      server_capabilities: { plan_destroy: false, get_provider_schema_optional: false, move_resource_state: false },
    };
  }

  /** The grpc-js implementation object for the tfplugin6.Provider service. */
  implementation(): grpc.UntypedServiceImplementation {
    const rpcs: Record<string, (req: Request) => Promise<Response>> = {
      GetMetadata: async () => this.getMetadata(),
      GetProviderSchema: async () => this.schemaResponse,
      GetResourceIdentitySchemas: async () => ({ identity_schemas: {}, diagnostics: [] }),
      ValidateProviderConfig: (req) => this.validateProviderConfig(req),
      ConfigureProvider: (req) => this.configureProvider(req),
      ValidateResourceConfig: (req) => this.validateResourceConfig(req),
      UpgradeResourceState: (req) => this.upgradeResourceState(req),
      ReadResource: (req) => this.readResource(req),
      PlanResourceChange: (req) => this.planResourceChange(req),
      ApplyResourceChange: (req) => this.applyResourceChange(req),
      ImportResourceState: (req) => this.importResourceState(req),
      ValidateDataResourceConfig: (req) => this.validateDataResourceConfig(req),
      ReadDataSource: (req) => this.readDataSource(req),
      StopProvider: () => this.stopProvider(),
    };
    const impl: grpc.UntypedServiceImplementation = {};
    for (const [name, fn] of Object.entries(rpcs)) {
      impl[name] = ((call: grpc.ServerUnaryCall<Request, Response>, callback: grpc.sendUnaryData<Response>) => {
        this.log('debug', `rpc ${name}`, { tf_rpc: name, tf_resource_type: call.request.type_name });
        fn(call.request).then(
          (res) => callback(null, res),
          (err: unknown) => {
            this.log('error', `rpc ${name} failed: ${(err as Error).stack ?? String(err)}`);
            callback({ code: grpc.status.INTERNAL, details: `applemdm bug in ${name}: ${(err as Error).message}` });
          },
        );
      }) as grpc.UntypedHandleCall;
    }
    return impl;
  }

  private getMetadata(): Response {
    return {
      server_capabilities: this.schemaResponse.server_capabilities,
      diagnostics: [],
      resources: Object.keys(this.definition.schemas.resource_schemas ?? {}).map((type_name) => ({ type_name })),
      data_sources: Object.keys(this.definition.schemas.data_source_schemas ?? {}).map((type_name) => ({ type_name })),
    };
  }

  private async validateProviderConfig(req: Request): Promise<Response> {
    const block = this.definition.schemas.provider.block;
    const diagnostics = await this.guard(async () => {
      const config = this.decodeObject(req.config, block, 'config');
      return config && this.definition.validateConfig ? this.definition.validateConfig(config) : [];
    });
    return { diagnostics: this.protoDiagnostics(diagnostics, block) };
  }

  private async configureProvider(req: Request): Promise<Response> {
    const block = this.definition.schemas.provider.block;
    const diagnostics = await this.guard(async () => {
      const config = this.decodeObject(req.config, block, 'config') ?? {};
      if (!this.definition.configure) return [];
      const result = await this.definition.configure(config, { terraformVersion: String(req.terraform_version ?? '') });
      this.client = result.client;
      return result.diagnostics ?? [];
    });
    return { diagnostics: this.protoDiagnostics(diagnostics, block) };
  }

  private async validateResourceConfig(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const diagnostics = await this.guard(async () => {
      const config = this.decodeObject(req.config, entry.block, 'config');
      return config && handler.validate ? handler.validate(config, this.context(typeName)) : [];
    });
    return { diagnostics: this.protoDiagnostics(diagnostics, entry.block, typeName) };
  }

  private async upgradeResourceState(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    let upgraded: ObjectValue | null = null;
    const diagnostics = await this.guard(async () => {
      const raw = (req.raw_state ?? {}) as { json?: Buffer; flatmap?: Record<string, string> };
      if (!raw.json || raw.json.length === 0) {
        if (raw.flatmap && Object.keys(raw.flatmap).length > 0) {
          throw new Abort([errorDiagnostic('Unsupported state format', `The stored state of ${typeName} is in the pre-0.12 flatmap format, which applemdm never wrote.`)]);
        }
        return [];
      }
      // State from an older schema version may name attributes that no longer exist: drop them.
      const decoded = decodeJson(raw.json, type, { ignoreUnknownAttributes: true });
      if (!isObjectValue(decoded)) return [];
      const version = Number(req.version ?? 0);
      upgraded = handler.upgrade && version !== entry.version ? await handler.upgrade(decoded, version, this.context(typeName)) : decoded;
      return [];
    });
    return this.withValue('upgraded_state', upgraded, type, diagnostics, entry.block, typeName);
  }

  private async readResource(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    let state: ObjectValue | null = null;
    const diagnostics = await this.guard(async () => {
      const current = this.decodeObject(req.current_state, entry.block, 'current_state');
      state = current;
      if (current === null) return [];
      state = await handler.read(current, this.context(typeName));
      if (state !== null && !isWhollyKnown(state)) {
        throw new Abort([bug(typeName, 'read', [{ path: [], message: 'the state read back contains unknown values' }])]);
      }
      return [];
    });
    return { ...this.withValue('new_state', state, type, diagnostics, entry.block, typeName), private: req.private ?? Buffer.alloc(0) };
  }

  private async planResourceChange(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    let planned: ObjectValue | null = null;
    let requiresReplace: ValuePath[] = [];
    const diagnostics = await this.guard(async () => {
      const prior = this.decodeObject(req.prior_state, entry.block, 'prior_state');
      const proposed = this.decodeObject(req.proposed_new_state, entry.block, 'proposed_new_state');
      const config = this.decodeObject(req.config, entry.block, 'config');
      const replacePaths = this.definition.requiresReplace?.[typeName] ?? [];
      const defaults = defaultPlan(entry.block, prior, proposed, config, replacePaths);
      planned = defaults.planned;
      requiresReplace = defaults.requiresReplace;
      if (!handler.plan) return [];
      const outcome = await handler.plan(prior, proposed, config, { ...this.context(typeName), defaultPlan: defaults });
      planned = outcome.planned;
      requiresReplace = uniquePaths([...defaults.requiresReplace, ...(outcome.requiresReplace ?? [])]);
      const out = outcome.diagnostics ?? [];
      if (planned !== null && !hasError(out)) {
        const violations = checkPlan(entry.block, planned, config);
        if (violations.length > 0) throw new Abort([...out, bug(typeName, 'plan', violations)]);
      }
      return out;
    });
    const response = this.withValue('planned_state', planned, type, diagnostics, entry.block, typeName);
    response.requires_replace = requiresReplace.map((p) => ({ steps: toAttributePath(p, entry.block) })).filter((p: { steps: AttributePathStep[] }) => p.steps.length > 0);
    response.planned_private = req.prior_private ?? Buffer.alloc(0);
    return response;
  }

  private async applyResourceChange(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    let newState: ObjectValue | null = null;
    const diagnostics = await this.guard(async () => {
      const prior = this.decodeObject(req.prior_state, entry.block, 'prior_state');
      const planned = this.decodeObject(req.planned_state, entry.block, 'planned_state');
      const config = this.decodeObject(req.config, entry.block, 'config');
      // Until the handler answers, the object is as it was.
      newState = prior;
      const outcome = await handler.apply(prior, planned, { ...this.context(typeName), config });
      if (outcome.newState !== undefined) newState = outcome.newState;
      const out = outcome.diagnostics ?? [];
      if (!hasError(out)) {
        if (planned === null && newState !== null) throw new Abort([...out, bug(typeName, 'apply', [{ path: [], message: 'a delete returned a state' }])]);
        if (planned !== null && newState === null) throw new Abort([...out, bug(typeName, 'apply', [{ path: [], message: 'a create or update returned no state' }])]);
        if (newState !== null) {
          const violations = checkApplied(entry.block, planned, newState);
          if (violations.length > 0) throw new Abort([...out, bug(typeName, 'apply', violations)]);
        }
      }
      return out;
    });
    return { ...this.withValue('new_state', newState, type, diagnostics, entry.block, typeName), private: req.planned_private ?? Buffer.alloc(0) };
  }

  private async importResourceState(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.resource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    const imported: { type_name: string; state: WireDynamicValue; private: Buffer }[] = [];
    const diagnostics = await this.guard(async () => {
      const states = await handler.import(String(req.id ?? ''), this.context(typeName));
      for (const state of states) {
        if (!isWhollyKnown(state)) throw new Abort([bug(typeName, 'import', [{ path: [], message: 'an imported state contains unknown values' }])]);
        imported.push({ type_name: typeName, state: { msgpack: this.encode(state, type, typeName) }, private: Buffer.alloc(0) });
      }
      return [];
    });
    return { imported_resources: hasError(diagnostics) ? [] : imported, diagnostics: this.protoDiagnostics(diagnostics, entry.block, typeName) };
  }

  private async validateDataResourceConfig(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.dataSource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const diagnostics = await this.guard(async () => {
      const config = this.decodeObject(req.config, entry.block, 'config');
      return config && handler.validate ? handler.validate(config, this.context(typeName)) : [];
    });
    return { diagnostics: this.protoDiagnostics(diagnostics, entry.block, typeName) };
  }

  private async readDataSource(req: Request): Promise<Response> {
    const { typeName, entry, handler, missing } = this.dataSource(req);
    if (missing) return { diagnostics: this.protoDiagnostics(missing, undefined) };
    const type = impliedType(entry.block);
    let state: ObjectValue | null = null;
    const diagnostics = await this.guard(async () => {
      const config = this.decodeObject(req.config, entry.block, 'config') ?? {};
      state = await handler.read(config, this.context(typeName));
      if (!isWhollyKnown(state)) throw new Abort([bug(typeName, 'read', [{ path: [], message: 'the data source state contains unknown values' }])]);
      return [];
    });
    return this.withValue('state', state, type, diagnostics, entry.block, typeName);
  }

  private async stopProvider(): Promise<Response> {
    this.stopController.abort();
    try {
      await this.definition.stop?.();
      return { Error: '' };
    } catch (err) {
      return { Error: (err as Error).message };
    }
  }

  private context(typeName: string): HandlerContext<C> {
    return { typeName, client: this.client, signal: this.stopController.signal };
  }

  private resource(req: Request):
    | { typeName: string; entry: SchemaEntry; handler: ResourceHandler<C>; missing?: undefined }
    | { typeName: string; entry?: undefined; handler?: undefined; missing: Diagnostic[] } {
    const typeName = String(req.type_name ?? '');
    const entry = this.definition.schemas.resource_schemas?.[typeName];
    const handler = Object.prototype.hasOwnProperty.call(this.definition.resources, typeName) ? this.definition.resources[typeName] : undefined;
    if (!entry) return { typeName, missing: [errorDiagnostic('Unknown resource type', `This provider has no resource type "${typeName}".`)] };
    if (!handler) return { typeName, missing: [errorDiagnostic('Resource type not served', `applemdm bug: resource type "${typeName}" is in the schema but has no handler in this build.`)] };
    return { typeName, entry, handler };
  }

  private dataSource(req: Request):
    | { typeName: string; entry: SchemaEntry; handler: DataSourceHandler<C>; missing?: undefined }
    | { typeName: string; entry?: undefined; handler?: undefined; missing: Diagnostic[] } {
    const typeName = String(req.type_name ?? '');
    const entry = this.definition.schemas.data_source_schemas?.[typeName];
    const handlers = this.definition.dataSources ?? {};
    const handler = Object.prototype.hasOwnProperty.call(handlers, typeName) ? handlers[typeName] : undefined;
    if (!entry) return { typeName, missing: [errorDiagnostic('Unknown data source', `This provider has no data source "${typeName}".`)] };
    if (!handler) return { typeName, missing: [errorDiagnostic('Data source not served', `applemdm bug: data source "${typeName}" is in the schema but has no handler in this build.`)] };
    return { typeName, entry, handler };
  }

  /** Decodes a DynamicValue that must hold an object of the block's type, or null. */
  private decodeObject(raw: unknown, block: BlockSchema, field: string): ObjectValue | null {
    const dv = (raw ?? {}) as WireDynamicValue;
    const type = impliedType(block);
    try {
      let value;
      if (dv.msgpack && dv.msgpack.length > 0) value = decodeMsgpack(dv.msgpack, type);
      else if (dv.json && dv.json.length > 0) value = decodeJson(dv.json, type);
      else return null;
      if (value === null) return null;
      if (!isObjectValue(value)) throw new CtyCodecError('expected an object', []);
      return value;
    } catch (err) {
      if (err instanceof CtyCodecError) {
        throw new Abort([errorDiagnostic('Invalid value from Terraform', `The ${field} value does not match the provider schema: ${err.message}.`, err.path)]);
      }
      throw err;
    }
  }

  private encode(value: ObjectValue | null, type: CtyType, typeName?: string): Buffer {
    try {
      return Buffer.from(encodeMsgpack(value, type));
    } catch (err) {
      if (err instanceof CtyCodecError) {
        throw new Abort([errorDiagnostic('Provider returned an invalid value', `applemdm bug${typeName ? ` in ${typeName}` : ''}: ${err.message}.`, err.path)]);
      }
      throw err;
    }
  }

  /** A response carrying one DynamicValue field; encoding failures become diagnostics. */
  private withValue(field: string, value: ObjectValue | null, type: CtyType, diagnostics: Diagnostic[], block: BlockSchema, typeName: string): Response {
    const all = [...diagnostics];
    let encoded: Buffer | undefined;
    try {
      encoded = this.encode(value, type, typeName);
    } catch (err) {
      if (!(err instanceof Abort)) throw err;
      all.push(...err.diagnostics);
    }
    const response: Response = { diagnostics: this.protoDiagnostics(all, block, typeName) };
    if (encoded) response[field] = { msgpack: encoded };
    return response;
  }

  /** Runs an RPC body: handler-reported problems and bugs become diagnostics instead of failing the call. */
  private async guard(body: () => Promise<Diagnostic[]>): Promise<Diagnostic[]> {
    try {
      return [...(await body())];
    } catch (err) {
      if (err instanceof Abort) return err.diagnostics;
      if (err instanceof HandlerDiagnosticsError) return err.diagnostics;
      if (err instanceof CtyCodecError) {
        return [errorDiagnostic('Invalid value', `applemdm bug: ${err.message}.`, err.path)];
      }
      this.log('error', `handler failed: ${(err as Error).stack ?? String(err)}`);
      return [errorDiagnostic('applemdm bug', `An unexpected error occurred: ${(err as Error).message}. Please report it.`)];
    }
  }

  private protoDiagnostics(diagnostics: Diagnostic[], block: BlockSchema | undefined, typeName?: string): ProtoDiagnostic[] {
    return diagnostics.map((d) => toProtoDiagnostic(d, block, typeName));
  }
}

function bug(typeName: string, method: string, violations: RuleViolation[]): Diagnostic {
  const lines = violations.map((v) => `${v.path.length ? formatPath(v.path) : typeName}: ${v.message}`);
  return errorDiagnostic(
    `Provider produced an invalid ${method === 'plan' ? 'plan' : 'result'}`,
    `applemdm bug: the ${typeName} handler's ${method} broke Terraform's rules:\n${lines.join('\n')}`,
    violations.length === 1 ? (violations[0] as RuleViolation).path : [],
  );
}

function uniquePaths(paths: ValuePath[]): ValuePath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
