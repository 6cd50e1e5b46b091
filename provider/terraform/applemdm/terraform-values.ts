import { Diagnostics, NO_SOURCE } from '../../core/diagnostics';
import type { ResourceType } from '../../core/document';
import { fromTerraformValue } from '../../frontends/cdktf/terraform-values';
import { loadResourceSchema } from '../../resources/schema-registry';
import type { ResourceSchemaNode } from '../../resources/schema-types';
import { CtyValue, DecimalNumber, DynamicValue, isObjectValue, isUnknown, ObjectValue } from '../cty/values';
import { isBlock } from '../schema-emitter';
import type { BlockSchema } from '../schema/schema-document';

/**
 * Resource values between Terraform and the desired-state document. Terraform → document goes through the same
 * mapping as a synthesized cdk.tf.json (frontends/cdktf/terraform-values.ts: a block list of at most one becomes an
 * object, a JSON-encoded attribute is parsed, null means not set); document → Terraform is its inverse, for state read
 * back from the server. References stay as Terraform has them (ids); mini-document.ts maps them to addresses.
 */

/** Attributes that exist in Terraform only: set by applemdm (id), or the resource's name (see schema-emitter). */
export const TERRAFORM_ONLY = new Set(['id', 'name']);

/** A wholly known value as plain JSON, with `${` and `%{` escaped as Terraform JSON escapes them, so text stays text. */
export function ctyToJson(value: CtyValue): unknown {
  if (isUnknown(value)) throw new Error('applemdm bug: an unknown value reached the document mapping');
  if (value instanceof DecimalNumber) return Number(value.text);
  if (value instanceof DynamicValue) return ctyToJson(value.value);
  // A replacer function: in a replacement string `$$` would mean one `$`.
  if (typeof value === 'string') return value.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
  if (Array.isArray(value)) return value.map(ctyToJson);
  if (isObjectValue(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, ctyToJson(v)]));
  return value;
}

/** A resource's Terraform attributes → its document attributes (without id and name). Problems go to diags. */
export function documentAttributes(type: ResourceType, value: ObjectValue, address: string, diags: Diagnostics): Record<string, unknown> {
  const schema = loadResourceSchema(type);
  const out: [string, unknown][] = [];
  for (const [key, v] of Object.entries(value)) {
    if (TERRAFORM_ONLY.has(key)) continue;
    const node = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    const converted = fromTerraformValue(ctyToJson(v), node, { diags, path: [address, key], source: NO_SOURCE });
    if (converted !== undefined) out.push([key, converted]);
  }
  return Object.fromEntries(out);
}

/**
 * Document attributes → the resource's Terraform value: every attribute of the block present (null when not set),
 * nested blocks as lists of at most one, JSON-encoded attributes as canonical JSON text (sorted keys, as the CDKTF
 * helper appConfiguration writes it). id and name are the caller's.
 */
export function terraformAttributes(type: ResourceType, attributes: Record<string, unknown>, block: BlockSchema): ObjectValue {
  return toBlock(attributes, loadResourceSchema(type), block);
}

function toBlock(attributes: Record<string, unknown>, node: ResourceSchemaNode, block: BlockSchema): ObjectValue {
  const out: ObjectValue = {};
  for (const name of Object.keys(block.attributes ?? {})) {
    const child = node.properties?.[name];
    const v = attributes[name];
    if (v === undefined || v === null) out[name] = null;
    else if (child?.['x-terraform']?.encoding === 'json') out[name] = JSON.stringify(sortKeys(v));
    else out[name] = toValue(v);
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const child = node.properties?.[name];
    const v = attributes[name];
    out[name] = v !== null && typeof v === 'object' && child && isBlock(child as never) ? [toBlock(v as Record<string, unknown>, child, nested.block)] : [];
  }
  return out;
}

function toValue(v: unknown): CtyValue {
  if (Array.isArray(v)) return v.map(toValue);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toValue(x)]));
  return v as CtyValue;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
