/**
 * The `terraform providers schema -json` document (format 1.0): what the CDKTF binding generator reads and what the
 * Terraform plugin server describes through GetProviderSchema. Only the parts applemdm emits are typed.
 */
export type TerraformPrimitive = 'string' | 'number' | 'bool';
export type TerraformType = TerraformPrimitive | ['list' | 'set' | 'map', TerraformType];

export interface TerraformAttribute {
  type: TerraformType;
  description?: string;
  description_kind?: 'plain';
  required?: true;
  optional?: true;
  computed?: true;
  sensitive?: true;
}

export interface TerraformBlockType {
  nesting_mode: 'list';
  block: TerraformBlock;
  min_items?: number;
  max_items?: number;
}

export interface TerraformBlock {
  attributes?: Record<string, TerraformAttribute>;
  block_types?: Record<string, TerraformBlockType>;
  description?: string;
  description_kind?: 'plain';
}

export interface TerraformSchema {
  version: number;
  block: TerraformBlock;
}

export interface TerraformProviderSchema {
  provider: TerraformSchema;
  resource_schemas: Record<string, TerraformSchema>;
  data_source_schemas: Record<string, TerraformSchema>;
}

export interface TerraformProviderSchemaDocument {
  format_version: '1.0';
  provider_schemas: Record<string, TerraformProviderSchema>;
  provider_versions?: Record<string, string>;
}
