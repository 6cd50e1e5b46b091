import Ajv from 'ajv';
import addFormats from 'ajv-formats';

/** applemdm's annotation keywords: known to ajv (so strict mode still catches typos) but never validating. */
export const ANNOTATION_KEYWORDS = [
  'x-requiresReplace',
  'x-sensitive',
  'x-secretReferences',
  'x-computed',
  'x-installTime',
  'x-reference',
  'x-apple-key',
  'x-apple',
  'x-terraform',
] as const;

/** A fresh ajv for resource and configuration schemas: every error at once, data and schema kept for messages. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  addFormats(ajv, ['uri']);
  for (const keyword of ANNOTATION_KEYWORDS) ajv.addKeyword({ keyword });
  return ajv;
}
