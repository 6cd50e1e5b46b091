import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../core/diagnostics';
import type { ResourceInstance, ResourceType } from '../core/document';
import { createAjv } from './ajv-instance';
import { ajvErrorsToDiagnostics } from './ajv-diagnostics';
import { loadResourceSchema } from './schema-registry';
import type { ResourceSchema } from './schema-types';
import { isSensitivePointer } from './sensitive-pointers';
import { attributeSource } from './source-lookup';

// Keyed by the schema object, not the type: a kind registered again (a test's) may bring another schema.
const validators = new WeakMap<ResourceSchema, ValidateFunction>();

function validatorFor(type: ResourceType): ValidateFunction {
  const schema = loadResourceSchema(type);
  let v = validators.get(schema);
  if (!v) {
    v = createAjv().compile(schema as object);
    validators.set(schema, v);
  }
  return v;
}

/** ajv (all errors) against the resource schema: types, ranges, patterns, required and unknown attributes. */
export function validateStructure(resource: ResourceInstance): Diagnostic[] {
  const validate = validatorFor(resource.type);
  if (validate(resource.attributes)) return [];
  return ajvErrorsToDiagnostics(validate.errors, {
    path: [resource.address],
    sourceOf: (pointer) => attributeSource(resource, pointer),
    isSensitive: (pointer) => isSensitivePointer(resource, pointer),
  });
}
