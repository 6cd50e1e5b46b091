import type { ValidateFunction } from 'ajv';
import type { Diagnostic } from '../core/diagnostics';
import type { ResourceInstance, ResourceType } from '../core/document';
import { createAjv } from './ajv-instance';
import { ajvErrorsToDiagnostics } from './ajv-diagnostics';
import { loadResourceSchema } from './schema-registry';
import { isSensitivePointer } from './sensitive-pointers';
import { attributeSource } from './source-lookup';

const validators = new Map<ResourceType, ValidateFunction>();

function validatorFor(type: ResourceType): ValidateFunction {
  let v = validators.get(type);
  if (!v) {
    v = createAjv().compile(loadResourceSchema(type) as object);
    validators.set(type, v);
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
