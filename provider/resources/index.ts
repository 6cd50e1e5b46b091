// Resources: their schemas (the single definition of every attribute), generated attribute types, and validation.
export { loadResourceSchema, resourceSchemaPath, schemaAt } from './schema-registry';
export { resourceKinds, resourceTypes, resourceSchemas, isResourceType, kindOf, registerKind } from './kinds/registry';
export type { ResourceKind } from './kinds/resource-kind';
export type { ResourceSchema, ResourceSchemaNode, ApplePlatformFacts } from './schema-types';
export { validateDocument } from './validate';
export { restrictionAttributeForAppleKey } from './restriction-key-map';
export { attributeSource } from './source-lookup';
export type * from './generated';
