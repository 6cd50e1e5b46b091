// Apple's schema facts (generated into schemas/apple/ by `npm run gen:apple`): loading, per-key facts,
// platform support and validation of compiled artifacts.
export { appleSchemaAnnotation, appleSchemaDir, appleSchemaEntry, appleSchemaIndex, loadAppleSchema } from './load';
export { keyFacts, payloadKeys, restrictionKeys, type AppleKeyFacts } from './key-facts';
export { supportOn, type SupportVerdict } from './support';
export { addAppleKeywords, createAppleValidator, toValidationValue, type AppleValidateFunction } from './validator';
export { compareVersions } from './versions';
export * from './types';
