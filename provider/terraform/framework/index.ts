/**
 * The provider plugin framework's public surface: what resource code needs to serve Terraform/OpenTofu.
 * Implement ResourceHandler / DataSourceHandler per type, put them in a ProviderDefinition, and serve it with
 * runPlugin (a plugin process) or startPluginServer (in-process, for tests).
 */
export type {
  ApplyContext,
  ApplyOutcome,
  DataSourceHandler,
  HandlerContext,
  MaybePromise,
  PlanContext,
  PlanOutcome,
  ProviderDefinition,
  ResourceHandler,
} from './handler';
export { HandlerDiagnosticsError } from './handler';
export type { CtyValue, ObjectValue, Refinements } from '../cty/values';
export { ctyEqual, DecimalNumber, DynamicValue, isUnknown, isWhollyKnown, Unknown, UNKNOWN } from '../cty/values';
export type { CtyType } from '../cty/types';
export type { ValuePath } from '../cty/wire-path';
export { runPlugin, startPluginServer } from '../plugin/serve';
export type { RunningPluginServer, RunPluginOptions } from '../plugin/serve';
export { requiresReplaceFromResourceSchemas } from '../schema/requires-replace';
export { loadSchemaDocument, soleProvider } from '../schema/schema-document';
export type { BlockSchema, ProviderSchemas, SchemaDocument, SchemaEntry } from '../schema/schema-document';
export { impliedType } from '../schema/implied-type';
