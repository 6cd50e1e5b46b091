// Resources: their schemas (the single definition of every attribute), generated attribute types, and validation.
export { loadResourceSchema, resourceSchemas, resourceSchemaPath, schemaAt, isResourceType } from './schema-registry';
export type { ResourceSchema, ResourceSchemaNode, ApplePlatformFacts } from './schema-types';
export { validateDocument, RESOURCE_RULES } from './validate';
export { restrictionAttributeForAppleKey } from './restriction-key-map';
export { attributeSource } from './source-lookup';
export type * from './generated';
