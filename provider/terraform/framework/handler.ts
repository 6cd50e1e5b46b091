import { Diagnostic } from '../../core/diagnostics';
import { ObjectValue } from '../cty/values';
import { ValuePath } from '../cty/wire-path';
import { ProviderSchemas } from '../schema/schema-document';

/**
 * The seam between the tfplugin6 server and the code that owns resources. The server decodes every request against
 * the schema, applies Terraform's planning rules, checks what handlers return, and encodes the answers; a handler
 * only maps attribute values (ObjectValue, snake_case as in schemas/resources) to and from its backend.
 *
 * Values may contain Unknown (not known until apply) in config and plans; states handed back must be wholly known.
 * Paths in diagnostics are relative to the resource (["scope", "groups"]); a leading "<type>.<name>" address element,
 * as the engine's diagnostics carry, is dropped.
 */
export interface HandlerContext<C> {
  typeName: string;
  /** What the provider's configure() returned; undefined before Terraform configured the provider. */
  client: C | undefined;
  /** Aborted when Terraform calls StopProvider (Ctrl-C): long operations should give up. */
  signal: AbortSignal;
}

export interface PlanContext<C> extends HandlerContext<C> {
  /**
   * The plan the server would make on its own: the proposed state with computed attributes the config leaves null
   * marked unknown on create and replace, and the x-requiresReplace paths whose value changed.
   */
  defaultPlan: { planned: ObjectValue | null; requiresReplace: ValuePath[] };
}

export interface ApplyContext<C> extends HandlerContext<C> {
  /** The configuration as written (null when destroying). */
  config: ObjectValue | null;
}

export interface PlanOutcome {
  /** Must keep every configured value; only computed attributes may be Unknown. */
  planned: ObjectValue | null;
  /** Attribute paths whose change forces destroy-and-create (added to the x-requiresReplace ones). */
  requiresReplace?: ValuePath[];
  diagnostics?: Diagnostic[];
}

export interface ApplyOutcome {
  /** The object as it now exists (null after a delete, or after a failed create). Omitted: the prior state is kept. */
  newState?: ObjectValue | null;
  diagnostics?: Diagnostic[];
}

export type MaybePromise<T> = T | Promise<T>;

export interface ResourceHandler<C = unknown> {
  /** Static checks of a configuration (which may contain Unknown). */
  validate?(config: ObjectValue, ctx: HandlerContext<C>): MaybePromise<Diagnostic[]>;
  /** Adjusts the server's default plan; omit to use ctx.defaultPlan as is. */
  plan?(prior: ObjectValue | null, proposed: ObjectValue | null, config: ObjectValue | null, ctx: PlanContext<C>): MaybePromise<PlanOutcome>;
  /** Creates (prior null), updates, or deletes (planned null) the object. */
  apply(prior: ObjectValue | null, planned: ObjectValue | null, ctx: ApplyContext<C>): MaybePromise<ApplyOutcome>;
  /** The object as it is on the server, or null when it is gone (Terraform then plans to create it again). */
  read(state: ObjectValue, ctx: HandlerContext<C>): MaybePromise<ObjectValue | null>;
  /** The state(s) of an existing object found by the id given to `terraform import`. */
  import(id: string, ctx: HandlerContext<C>): MaybePromise<ObjectValue[]>;
  /**
   * State written by an older schema version, decoded with the current schema (attributes it no longer has are
   * dropped, new ones are null). Omit while the schema version is 0.
   */
  upgrade?(state: ObjectValue, fromVersion: number, ctx: HandlerContext<C>): MaybePromise<ObjectValue>;
}

export interface DataSourceHandler<C = unknown> {
  validate?(config: ObjectValue, ctx: HandlerContext<C>): MaybePromise<Diagnostic[]>;
  /** The data source's state: the config with its computed attributes filled in. */
  read(config: ObjectValue, ctx: HandlerContext<C>): MaybePromise<ObjectValue>;
}

export interface ProviderDefinition<C = unknown> {
  /** The provider's entry of the `providers schema -json` document. */
  schemas: ProviderSchemas;
  resources: Record<string, ResourceHandler<C>>;
  dataSources?: Record<string, DataSourceHandler<C>>;
  /** Per resource type, the attribute paths whose change forces replacement (schemas/resources x-requiresReplace). */
  requiresReplace?: Record<string, ValuePath[]>;
  validateConfig?(config: ObjectValue): MaybePromise<Diagnostic[]>;
  /** Called once Terraform has the provider block's values (which may be partly Unknown during plan). */
  configure?(config: ObjectValue, info: { terraformVersion: string }): MaybePromise<{ client?: C; diagnostics?: Diagnostic[] }>;
  /** Terraform asked the provider to stop; in-flight work sees ctx.signal aborted. */
  stop?(): MaybePromise<void>;
  /** The plugin process is about to end (the host called Shutdown or sent SIGTERM): release what configure opened. */
  shutdown?(): MaybePromise<void>;
}

/** Thrown by a handler to report user-facing problems (rather than a bug) from any method. */
export class HandlerDiagnosticsError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.summary).join('; '));
  }
}
