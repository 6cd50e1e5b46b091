import { canonicalize } from '../core/canonical-json';
import type {
  TerraformAttribute,
  TerraformBlock,
  TerraformBlockType,
  TerraformProviderSchemaDocument,
  TerraformType,
} from './provider-schema-types';

/** The provider's fully qualified source address; CDKTF writes it into required_providers. */
export const PROVIDER_SOURCE = 'registry.terraform.io/applemdm/applemdm';
/** The provider's local name: the `provider.applemdm` block and the `applemdm_` resource type prefix. */
export const PROVIDER_NAME = 'applemdm';

/**
 * The subset of JSON Schema the emitter understands: resource schemas (schemas/resources) and the stack settings schema
 * (schemas/applemdm.config.schema.json, whose targets use a ["string", "number"] union and local $refs).
 */
export interface EmitterSchemaNode {
  $ref?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, EmitterSchemaNode>;
  required?: string[];
  additionalProperties?: boolean | EmitterSchemaNode;
  items?: EmitterSchemaNode;
  definitions?: Record<string, EmitterSchemaNode>;
  'x-computed'?: boolean;
  'x-sensitive'?: boolean;
  'x-terraform'?: { nesting?: 'block'; encoding?: 'json' };
}

export interface EmitInput {
  /** Resource schemas keyed by Terraform type (applemdm_app, ...). */
  resources: Record<string, EmitterSchemaNode>;
  /** The stack settings schema: its keys become the provider block, so applemdm.yaml and the provider agree. */
  config: EmitterSchemaNode;
  /** The package version, pinned in required_providers by the generated bindings. */
  version: string;
  /** Data source schemas keyed by Terraform type (schemas/data-sources). */
  dataSources?: Record<string, EmitterSchemaNode>;
  /** Attributes every resource gets in Terraform only (see TERRAFORM_RESOURCE_ATTRIBUTES). */
  resourceAttributes?: Record<string, TerraformAttribute>;
}

/**
 * Provider-only settings that have no place in applemdm.yaml because they are secrets. The value is accepted for
 * Terraform users who inject it from a variable, and is never copied into the desired-state document.
 */
const PROVIDER_ONLY_ATTRIBUTES: Record<string, TerraformAttribute> = {
  api_key: {
    type: 'string',
    optional: true,
    sensitive: true,
    description:
      'API key of the MDM server. Prefer the APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE environment variable: a key written here is stored in synthesized files and in Terraform state.',
    description_kind: 'plain',
  },
};

/**
 * Attributes every applemdm resource has in Terraform and nowhere else. Terraform does not tell a provider the name
 * of the resource it is planning, yet applemdm derives every identifier from it (<prefix>.<stack>.<kind>.<name>), so
 * the name is an attribute there. In YAML the key is the name, and the cdk.tf.json reader checks it equals the
 * resource's key; the CDKTF constructs fill it in from the construct's name.
 */
export const TERRAFORM_RESOURCE_ATTRIBUTES: Record<string, TerraformAttribute> = {
  name: {
    type: 'string',
    optional: true,
    description:
      'The resource\'s name in applemdm: its identifier is <identifier_prefix>.<stack>.<kind>.<name>, so the same name gives the same server objects as `applemdm apply`. Lower-case letters, digits and underscores. Required under Terraform and OpenTofu, which do not tell providers a resource\'s name; the CDKTF constructs set it to the construct\'s name. Changing it replaces the resource unless identifier is set.',
    description_kind: 'plain',
  },
};

/**
 * Builds the `terraform providers schema -json` document from the resource schemas. Nested objects become blocks with
 * nesting_mode "list" and max_items 1 (min_items 1 when required): CDKTF then generates a single-object property whose
 * optionality follows min_items, whereas for nesting_mode "single" the generator guesses optionality from the block's
 * attributes and would make a required `scope` optional. Output is canonical (sorted keys) so it is byte-stable.
 */
export function emitTerraformProviderSchema(input: EmitInput): TerraformProviderSchemaDocument {
  const resourceSchemas: Record<string, { version: number; block: TerraformBlock }> = {};
  for (const type of Object.keys(input.resources).sort()) {
    const root = input.resources[type];
    const block = emitBlock(root, root, type, identityName);
    for (const [name, attribute] of Object.entries(input.resourceAttributes ?? {})) {
      if (block.attributes?.[name] || block.block_types?.[name]) throw new Error(`applemdm bug: ${type}.${name} collides with a Terraform-only attribute`);
      block.attributes = { ...block.attributes, [name]: attribute };
    }
    resourceSchemas[type] = { version: 0, block };
  }
  const dataSourceSchemas: Record<string, { version: number; block: TerraformBlock }> = {};
  for (const type of Object.keys(input.dataSources ?? {}).sort()) {
    const root = input.dataSources![type];
    dataSourceSchemas[type] = { version: 0, block: emitBlock(root, root, type, identityName) };
  }
  const providerBlock = emitBlock(input.config, input.config, 'provider', providerAttributeName);
  providerBlock.attributes = { ...providerBlock.attributes, ...PROVIDER_ONLY_ATTRIBUTES };
  const document: TerraformProviderSchemaDocument = {
    format_version: '1.0',
    provider_schemas: {
      [PROVIDER_SOURCE]: {
        provider: { version: 0, block: providerBlock },
        resource_schemas: resourceSchemas,
        data_source_schemas: dataSourceSchemas,
      },
    },
    provider_versions: { [PROVIDER_SOURCE]: input.version },
  };
  return canonicalize(document) as TerraformProviderSchemaDocument;
}

/**
 * Terraform name of a stack setting. Settings are snake_case already except the platform names under `targets`
 * (iOS, macOS): those are lower-cased, because CDKTF snake-cases provider keys (iOS would synthesize as i_os).
 * The cdk.tf.json reader maps them back by a case-insensitive match against the same schema.
 */
export function providerAttributeName(key: string): string {
  return key.toLowerCase();
}

function identityName(key: string): string {
  return key;
}

function emitBlock(node: EmitterSchemaNode, root: EmitterSchemaNode, where: string, nameOf: (key: string) => string): TerraformBlock {
  const attributes: Record<string, TerraformAttribute> = {};
  const blockTypes: Record<string, TerraformBlockType> = {};
  const required = new Set(node.required ?? []);
  for (const key of Object.keys(node.properties ?? {})) {
    const child = resolve(node.properties![key], root);
    const name = nameOf(key);
    if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`applemdm bug: ${where}.${key} has no valid Terraform name (${name})`);
    if (attributes[name] || blockTypes[name]) throw new Error(`applemdm bug: ${where}.${key} collides with another attribute named ${name}`);
    if (isBlock(child)) {
      blockTypes[name] = {
        nesting_mode: 'list',
        max_items: 1,
        ...(required.has(key) ? { min_items: 1 } : {}),
        block: emitBlock(child, root, `${where}.${key}`, nameOf),
      };
      continue;
    }
    attributes[name] = {
      type: terraformType(child, root, `${where}.${key}`),
      ...(child['x-computed'] ? { computed: true } : required.has(key) ? { required: true } : { optional: true }),
      ...(child['x-sensitive'] ? { sensitive: true } : {}),
      ...describe(child),
    };
  }
  return {
    ...(Object.keys(attributes).length ? { attributes } : {}),
    ...(Object.keys(blockTypes).length ? { block_types: blockTypes } : {}),
    ...describe(node),
  };
}

/** An object with declared properties is a nested block, unless it is a free-form dictionary sent as JSON. */
export function isBlock(node: EmitterSchemaNode): boolean {
  if (node['x-terraform']?.encoding === 'json') return false;
  return primaryType(node) === 'object' && (node['x-terraform']?.nesting === 'block' || node.properties !== undefined);
}

function terraformType(node: EmitterSchemaNode, root: EmitterSchemaNode, where: string): TerraformType {
  if (node['x-terraform']?.encoding === 'json') return 'string';
  switch (primaryType(node)) {
    case 'string':
      return 'string';
    case 'integer':
    case 'number':
      return 'number';
    case 'boolean':
      return 'bool';
    case 'array':
      if (!node.items) throw new Error(`applemdm bug: ${where} is an array without items`);
      return ['list', terraformType(resolve(node.items, root), root, `${where}[]`)];
    case 'object':
      if (typeof node.additionalProperties === 'object') {
        return ['map', terraformType(resolve(node.additionalProperties, root), root, `${where}{}`)];
      }
      break;
  }
  throw new Error(`applemdm bug: ${where} has a schema the Terraform emitter cannot express (${JSON.stringify(node.type)})`);
}

/** The one JSON type an attribute has; a union containing "string" (OS versions: "17.2" or 17.2) is a string. */
function primaryType(node: EmitterSchemaNode): string | undefined {
  if (!Array.isArray(node.type)) return node.type;
  return node.type.includes('string') ? 'string' : node.type[0];
}

function describe(node: EmitterSchemaNode): { description?: string; description_kind?: 'plain' } {
  return node.description ? { description: node.description, description_kind: 'plain' } : {};
}

/** Resolves a local `#/definitions/x` reference; resource schemas are published with their fragments inlined. */
function resolve(node: EmitterSchemaNode, root: EmitterSchemaNode): EmitterSchemaNode {
  if (!node.$ref) return node;
  const m = /^#\/definitions\/([^/]+)$/.exec(node.$ref);
  const target = m ? root.definitions?.[m[1]] : undefined;
  if (!target) throw new Error(`applemdm bug: cannot resolve schema reference ${node.$ref}`);
  const { $ref: _ref, ...rest } = node;
  return { ...resolve(target, root), ...rest };
}
