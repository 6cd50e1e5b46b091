import Ajv, { type ErrorObject } from 'ajv';
import { appleSchemaIndex, loadAppleSchema } from './load';

/** Validates a value parsed from a plist or JSON against one Apple schema; errors as ajv reports them. */
export interface AppleValidateFunction {
  (data: unknown): boolean;
  errors: ErrorObject[] | null;
}

/** Lets any ajv instance compile schemas/apple files: the x-apple annotation is a known, non-validating keyword. */
export function addAppleKeywords(ajv: Ajv): Ajv {
  if (!ajv.getKeyword('x-apple')) ajv.addKeyword({ keyword: 'x-apple', schemaType: 'object' });
  return ajv;
}

// strictRequired is off: the overlay's if/then clauses name keys without redeclaring them.
let shared: Ajv | undefined;

/** One ajv holding every Apple schema, so cross-file $refs (TopLevel → payload schemas) resolve. */
function appleAjv(): Ajv {
  if (!shared) {
    const ajv = addAppleKeywords(new Ajv({ allErrors: true, strict: true, strictRequired: false }));
    for (const entry of appleSchemaIndex().schemas) ajv.addSchema(loadAppleSchema(entry.name) as object);
    shared = ajv;
  }
  return shared;
}

/**
 * Plist values are Dates and Buffers where JSON has strings: convert (ISO 8601 to the second, base64) so one
 * schema checks both. Keys are copied as own properties, so a `__proto__` key stays data.
 */
export function toValidationValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return value.map(toValidationValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: toValidationValue(item), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** A validator for one item (`com.apple.applicationaccess`, `TopLevel` for a whole .mobileconfig, `InstallApplication`, …). */
export function createAppleValidator(name: string): AppleValidateFunction {
  const id = loadAppleSchema(name).$id as string;
  const inner = appleAjv().getSchema(id);
  if (!inner) throw new Error(`applemdm bug: Apple schema ${id} did not compile`);
  const validate = ((data: unknown): boolean => {
    const ok = inner(toValidationValue(data)) as boolean;
    validate.errors = inner.errors ?? null;
    return ok;
  }) as AppleValidateFunction;
  validate.errors = null;
  return validate;
}
