import { Diagnostic, NO_SOURCE } from '../../../provider/core/diagnostics';
import { CtyType } from '../../../provider/terraform/cty/types';
import { CtyValue, isObjectValue, isUnknown, ObjectValue } from '../../../provider/terraform/cty/values';
import { ValuePath } from '../../../provider/terraform/cty/wire-path';
import {
  DataSourceHandler,
  HandlerDiagnosticsError,
  ProviderDefinition,
  ResourceHandler,
} from '../../../provider/terraform/framework/handler';
import { attributeType, impliedType } from '../../../provider/terraform/schema/implied-type';
import { BlockSchema, SchemaEntry, SchemaDocument, soleProvider } from '../../../provider/terraform/schema/schema-document';
import { TestDoubleStore } from './test-double-store';

/**
 * TEST DOUBLE handlers for the plugin framework tests: they work for any schema by storing planned states in a
 * TestDoubleStore and filling computed values with fixed stand-ins. They implement no applemdm mapping; the real
 * handlers are the engine's. Behaviour the tests rely on:
 *   - the string "INVALID" anywhere in a configuration is a validation error at that attribute path;
 *   - a provider block whose first string attribute is "INVALID" fails ConfigureProvider;
 *   - create assigns id "<type>-<n>"; read returns what the store holds (nothing: the object is gone);
 *   - import finds an object by id.
 */
export interface TestDoubleClient {
  config: ObjectValue;
}

export const INVALID_MARKER = 'INVALID';

export function testDoubleDefinition(
  doc: SchemaDocument,
  store: TestDoubleStore,
  requiresReplace: Record<string, ValuePath[]> = {},
): ProviderDefinition<TestDoubleClient> {
  const schemas = soleProvider(doc).schemas;
  const resources: Record<string, ResourceHandler<TestDoubleClient>> = {};
  for (const [typeName, entry] of Object.entries(schemas.resource_schemas ?? {})) {
    resources[typeName] = testDoubleResource(typeName, entry, store);
  }
  const dataSources: Record<string, DataSourceHandler<TestDoubleClient>> = {};
  for (const [typeName, entry] of Object.entries(schemas.data_source_schemas ?? {})) {
    dataSources[typeName] = testDoubleDataSource(entry);
  }
  return {
    schemas,
    resources,
    dataSources,
    requiresReplace,
    validateConfig: (config) => invalidMarkers(config),
    configure: (config) => {
      const first = Object.keys(schemas.provider.block.attributes ?? {}).sort().find((k) => typeof config[k] === 'string');
      if (first && config[first] === INVALID_MARKER) {
        return { diagnostics: [diagnostic('Cannot configure the test double', `${first} is ${INVALID_MARKER}.`, [first])] };
      }
      return { client: { config } };
    },
  };
}

function testDoubleResource(typeName: string, entry: SchemaEntry, store: TestDoubleStore): ResourceHandler<TestDoubleClient> {
  const type = impliedType(entry.block);
  return {
    validate: (config) => invalidMarkers(config),
    apply: (prior, planned, ctx) => {
      if (!ctx.client) throw new Error('test double: apply before ConfigureProvider');
      if (planned === null) {
        if (prior) store.delete(typeName, String(prior.id));
        return { newState: null };
      }
      const id = prior && typeof prior.id === 'string' && store.get(typeName, prior.id, type) ? prior.id : store.nextId(typeName);
      const state = fillComputed(entry.block, planned, { id }) as ObjectValue;
      store.put(typeName, id, state, type);
      return { newState: state };
    },
    read: (state) => (typeof state.id === 'string' ? (store.get(typeName, state.id, type) ?? null) : null),
    import: (id) => {
      const found = store.get(typeName, id, type);
      if (!found) throw new HandlerDiagnosticsError([diagnostic('Cannot import', `No ${typeName} with id "${id}" exists.`, [])]);
      return [found];
    },
  };
}

function testDoubleDataSource(entry: SchemaEntry): DataSourceHandler<TestDoubleClient> {
  return {
    validate: (config) => invalidMarkers(config),
    read: (config) => fillComputed(entry.block, config, { id: 'data-source' }, true) as ObjectValue,
  };
}

/** Unknown (or, for data sources, null) computed values become fixed stand-ins of the attribute's type. */
function fillComputed(block: BlockSchema, value: ObjectValue, fixed: Record<string, string>, fillNull = false): ObjectValue {
  const out: ObjectValue = { ...value };
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const v = out[name] ?? null;
    if (attribute.computed && (isUnknown(v) || (fillNull && v === null))) out[name] = fixed[name] ?? standIn(attributeType(attribute));
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const v = out[name] ?? null;
    if (Array.isArray(v)) out[name] = v.map((x) => (isObjectValue(x) ? fillComputed(nested.block, x, {}, fillNull) : x));
    else if (isObjectValue(v)) {
      out[name] =
        nested.nesting_mode === 'map'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, isObjectValue(x) ? fillComputed(nested.block, x, {}, fillNull) : x]))
          : fillComputed(nested.block, v, {}, fillNull);
    }
  }
  return out;
}

function standIn(type: CtyType): CtyValue {
  if (type === 'string') return 'computed';
  if (type === 'number') return 42;
  if (type === 'bool') return true;
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set' || type[0] === 'tuple')) return type[0] === 'tuple' ? null : [];
  if (Array.isArray(type) && type[0] === 'map') return {};
  return null;
}

function invalidMarkers(value: CtyValue, path: ValuePath = []): Diagnostic[] {
  if (value === INVALID_MARKER) return [diagnostic('Invalid value', `The test double rejects the value ${INVALID_MARKER}.`, path)];
  if (Array.isArray(value)) return value.flatMap((x, i) => invalidMarkers(x, [...path, i]));
  if (isObjectValue(value)) return Object.entries(value).flatMap(([k, x]) => invalidMarkers(x, [...path, k]));
  return [];
}

function diagnostic(summary: string, detail: string, path: ValuePath): Diagnostic {
  return { severity: 'error', summary, detail, path, source: NO_SOURCE };
}
