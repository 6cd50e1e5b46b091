import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { schemasDir } from '../../core/paths';
import { createAjv } from '../../resources/ajv-instance';
import type { SchemaLike } from './node-to-value';

/** schemas/applemdm.config.schema.json: the schema of applemdm.yaml, shared with editors through the modeline. */
export const CONFIG_SCHEMA_FILE = 'applemdm.config.schema.json';

let schema: SchemaLike | undefined;
let validator: ValidateFunction | undefined;

export function configSchema(): SchemaLike {
  schema ??= JSON.parse(fs.readFileSync(path.join(schemasDir(), CONFIG_SCHEMA_FILE), 'utf8')) as SchemaLike;
  return schema;
}

export function configValidator(): ValidateFunction {
  validator ??= createAjv().compile(configSchema() as object);
  return validator;
}
