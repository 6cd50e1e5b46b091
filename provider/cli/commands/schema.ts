import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { NO_SOURCE } from '../../core/diagnostics';
import type { ResourceType } from '../../core/document';
import { schemasDir } from '../../core/paths';
import { yamlKindOf, yamlKinds } from '../../frontends/yaml/kinds';
import { isResourceType, resourceTypes } from '../../resources/kinds/registry';
import { loadResourceSchema } from '../../resources/schema-registry';
import type { ResourceSchemaNode } from '../../resources/schema-types';
import { UserError } from '../user-error';

interface SchemaOptions {
  type?: string;
  format: string;
  yaml?: string;
}

const YAML_SCHEMAS: Record<string, string> = {
  config: 'applemdm.config.schema.json',
  resources: 'applemdm.resources.schema.json',
};

/**
 * `applemdm schema`: prints the resource schemas (the single definition of every attribute) as a readable summary
 * or as JSON Schema, or the JSON Schemas of the YAML files (`--yaml config|resources`) for editors and other tools.
 */
export function register(program: Command): void {
  program
    .command('schema')
    .description('Print the resource schemas, or the JSON Schemas of the YAML configuration files.')
    .option('--type <type>', 'one resource type, e.g. applemdm_app (or app, or the YAML kind apps)')
    .option('--format <format>', 'text or json', 'text')
    .option('--yaml <file>', 'print the JSON Schema of a YAML file instead: config (applemdm.yaml) or resources')
    .action((opts: SchemaOptions) => {
      if (opts.format !== 'text' && opts.format !== 'json') usage(`--format is "${opts.format}"; expected text or json.`);
      if (opts.yaml !== undefined) {
        const file = YAML_SCHEMAS[opts.yaml];
        if (!file) usage(`--yaml is "${opts.yaml}"; expected config or resources.`);
        process.stdout.write(fs.readFileSync(path.join(schemasDir(), file), 'utf8'));
        return;
      }
      const types = opts.type === undefined ? resourceTypes() : [resolveType(opts.type)];
      if (opts.format === 'json') {
        const out = types.length === 1 ? loadResourceSchema(types[0]) : Object.fromEntries(types.map((t) => [t, loadResourceSchema(t)]));
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      } else {
        process.stdout.write(types.map(describeResource).join('\n'));
      }
    });
}

function resolveType(name: string): ResourceType {
  const kinds = yamlKinds();
  const candidates = [name, `applemdm_${name}`];
  for (const c of candidates) if (isResourceType(c)) return c;
  if (Object.hasOwn(kinds, name)) return kinds[name];
  return usage(`--type is "${name}"; expected one of: ${resourceTypes().join(', ')}.`);
}

function usage(detail: string): never {
  throw new UserError([{ severity: 'error', summary: 'Invalid option', detail, path: [], source: NO_SOURCE, code: 'usage' }]);
}

function describeResource(type: ResourceType): string {
  const schema = loadResourceSchema(type);
  const kind = yamlKindOf(type);
  const lines = [`${type} (YAML: ${kind})`, `  ${schema.description ?? ''}`];
  const walk = (props: Record<string, ResourceSchemaNode>, required: string[], prefix: string): void => {
    for (const [name, node] of Object.entries(props)) {
      const flags = [required.includes(name) ? 'required' : 'optional'];
      if (node['x-computed']) flags[0] = 'computed';
      if (node['x-requiresReplace']) flags.push('replace');
      if (node['x-installTime']) flags.push('install-time');
      if (node['x-apple-key']) flags.push(`Apple: ${node['x-apple-key']}`);
      lines.push(`  ${prefix}${name}: ${typeText(node)} [${flags.join(', ')}]`);
      if (node.type === 'object' && node.properties) walk(node.properties, node.required ?? [], `${prefix}${name}.`);
    }
  };
  walk(schema.properties, schema.required ?? [], '');
  return lines.join('\n') + '\n';
}

function typeText(node: ResourceSchemaNode): string {
  if (node['x-reference']) return `reference to ${node['x-reference']}`;
  if (node.items?.['x-reference']) return `list of references to ${node.items['x-reference']}`;
  if (node.enum) return node.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (node.type === 'array') return `list of ${typeText(node.items ?? {})}`;
  const range = node.minimum !== undefined || node.maximum !== undefined ? ` ${node.minimum ?? ''}..${node.maximum ?? ''}` : '';
  return `${node.type ?? 'any'}${range}`;
}
