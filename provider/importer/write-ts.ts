import { attributeToCamel } from '../core/naming';
import type { DesiredDocument, ResourceType } from '../core/document';
import { loadResourceSchema } from '../resources/schema-registry';
import { kindOf, resourceKinds } from '../resources/kinds/registry';
import type { ResourceKind } from '../resources/kinds/resource-kind';
import type { ResourceSchemaNode } from '../resources/schema-types';
import type { ImportedResource } from './model';
import { orderBySchema } from './write-yaml';

/**
 * An imported configuration as a CDKTF app in the style of examples/cdktf/main.ts: cdktf.json, main.ts with the
 * provider block (the stack settings), and one file per resource kind exporting a function that declares its
 * resources and returns them by name, so later kinds reference groups and apps through their `id`. Each kind's file,
 * function and class come from its kind module (`cdktf`); which earlier kinds it takes as parameters, from the
 * references (x-reference) in its schema.
 */
interface Kind {
  type: ResourceType;
  file: string;
  fn: string;
  className: string;
  /** Name under which later kinds reach this kind's resources (returned by its function), if any. */
  handle?: string;
  /** Earlier kinds this one references, as function parameters. */
  needs: Kind[];
}

function tsKinds(): Kind[] {
  const out: Kind[] = [];
  for (const k of resourceKinds()) {
    const needs = referencedTypes(loadResourceSchema(k.type)).map((t) => out.find((o) => o.type === t));
    if (needs.some((n) => n === undefined || n.handle === undefined)) {
      throw new Error(`applemdm bug: ${k.type} refers to a kind listed after it or without a cdktf handle`);
    }
    out.push(tsKind(k, needs as Kind[]));
  }
  return out;
}

function tsKind(k: ResourceKind, needs: Kind[]): Kind {
  return { type: k.type, file: k.fileStem, fn: k.cdktf.declare, className: k.cdktf.className, ...(k.cdktf.handle ? { handle: k.cdktf.handle } : {}), needs };
}

/** Types a schema refers to, in list order. */
function referencedTypes(node: ResourceSchemaNode): ResourceType[] {
  const found = new Set<string>();
  const walk = (n: ResourceSchemaNode | undefined): void => {
    if (!n) return;
    if (n['x-reference']) found.add(n['x-reference']);
    walk(n.items);
    for (const child of Object.values(n.properties ?? {})) walk(child);
  };
  walk(node);
  return resourceKinds().map((k) => k.type).filter((t) => found.has(t));
}

/** How the generated files import applemdm's bindings; a project installs applemdm as a dependency. */
export const CDKTF_MODULE = 'applemdm/provider/cdktf';

export function writeTsFiles(document: DesiredDocument, resources: ImportedResource[], stackReview: string[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set('cdktf.json', `${JSON.stringify({ language: 'typescript', app: 'node --import tsx main.ts', sendCrashReports: 'false', terraformProviders: [], terraformModules: [], context: {} }, null, 2)}\n`);
  const kinds = tsKinds();
  const present = kinds.filter((k) => resources.some((r) => r.type === k.type));
  // Construct ids are unique per scope whatever the type, Terraform names only per type: a name another kind took
  // first gets a type-qualified construct id and keeps its name as the logical id.
  const firstType = new Map<string, ResourceType>();
  for (const kind of kinds) for (const r of resources) if (r.type === kind.type && !firstType.has(r.name)) firstType.set(r.name, r.type);
  for (const kind of present) files.set(`${kind.file}.ts`, kindFile(kind, resources.filter((r) => r.type === kind.type), firstType));
  files.set('main.ts', mainFile(document, present, stackReview));
  return files;
}

function mainFile(document: DesiredDocument, kinds: Kind[], stackReview: string[]): string {
  const s = document.stack;
  const provider: Record<string, unknown> = {
    stack: s.name,
    identifierPrefix: s.identifierPrefix,
    targets: Object.fromEntries(Object.entries(s.targets).map(([p, v]) => [p.toLowerCase(), v])),
    ...(s.server ? { server: s.server } : {}),
    ...(s.externalUuids.length ? { externalUuids: s.externalUuids } : {}),
    ...(s.assets ? { assets: s.assets } : {}),
  };
  const calls = kinds.map((k) => {
    const args = ['this', ...k.needs.map((n) => n.handle)].join(', ');
    const result = k.handle ? `const ${k.handle} = ` : '';
    return `    ${result}${k.fn}(${args});`;
  });
  return [
    '// Written by `applemdm import`: the server\'s objects as a CDKTF app. `applemdm plan` of this directory shows no',
    '// changes against the server it was imported from. Comments marked "review:" name values the server does not store.',
    "import type { Construct } from 'constructs';",
    `import { ApplemdmProvider, cdk } from '${CDKTF_MODULE}';`,
    ...kinds.map((k) => `import { ${k.fn} } from './${k.file}';`),
    '',
    'class ImportedStack extends cdk.TerraformStack {',
    '  constructor(scope: Construct, id: string) {',
    '    super(scope, id);',
    ...stackReview.map((r) => `    // review: ${r}`),
    `    new ApplemdmProvider(this, 'applemdm', ${literal(provider, 4)});`,
    ...calls,
    '  }',
    '}',
    '',
    'const app = new cdk.App();',
    `new ImportedStack(app, ${quote(s.name)});`,
    'app.synth();',
    '',
  ].join('\n');
}

function kindFile(kind: Kind, resources: ImportedResource[], firstType: Map<string, ResourceType>): string {
  const params = ['scope: Construct', ...kind.needs.map((n) => `${n.handle}: ReturnType<typeof ${n.fn}>`)];
  const imports = kind.needs.map((n) => `import type { ${n.fn} } from './${n.file}';`);
  const returns = kind.handle !== undefined;
  const body = [...resources].sort((a, b) => (a.name < b.name ? -1 : 1)).map((r) => {
    const props = tsProps(r);
    const pad = returns ? '    ' : '  ';
    const comments = Object.entries(r.review).map(([pointer, why]) => `${pad}// review: ${pointer.slice(1).replace(/\//g, '.')} is ${why}`);
    if (r.adopted) comments.push(`${pad}// ${String(r.attributes.identifier ?? r.attributes.activation_identifier)} was created by another tool: this stack takes it over.`);
    const shared = firstType.get(r.name) !== r.type;
    const created = `new ${kind.className}(scope, ${quote(shared ? `${kind.file.replace(/-/g, '_')}_${r.name}` : r.name)}, ${literal(props, returns ? 4 : 2)})`;
    const expr = shared ? `named(${created}, ${quote(r.name)})` : created;
    return [...comments, returns ? `    ${r.name}: ${expr},` : `  ${expr};`].join('\n');
  });
  const needsNamed = resources.some((r) => firstType.get(r.name) !== r.type);
  return [
    "import type { Construct } from 'constructs';",
    `import { ${kind.className}${needsNamed ? ', cdk' : ''} } from '${CDKTF_MODULE}';`,
    ...imports,
    '',
    `export function ${kind.fn}(${params.join(', ')}) {`,
    ...(returns ? ['  return {', ...body, '  };'] : body),
    '}',
    ...(needsNamed
      ? [
          '',
          '/** Keeps the resource\'s name (its Terraform logical id) when another kind uses the same name. */',
          'function named<T extends cdk.TerraformResource>(resource: T, name: string): T {',
          '  resource.overrideLogicalId(name);',
          '  return resource;',
          '}',
        ]
      : []),
    '',
  ].join('\n');
}

/** Canonical attributes → binding properties: camelCase names, references through `id`, JSON strings where encoded. */
function tsProps(r: ImportedResource): Record<string, unknown> {
  const props = loadResourceSchema(r.type).properties;
  const out: Record<string, unknown> = {};
  for (const [attr, value] of Object.entries(orderBySchema(r.attributes, props))) out[attributeToCamel(attr)] = tsValue(value, props[attr]);
  return out;
}

/** A value already written as TypeScript source (references, JSON.stringify calls). */
class Code {
  constructor(readonly text: string) {}
}

function tsValue(value: unknown, node: ResourceSchemaNode | undefined): unknown {
  if (node?.['x-terraform']?.encoding === 'json') return new Code(`JSON.stringify(${literal(value, 4)})`);
  const ref = node?.['x-reference'] ?? node?.items?.['x-reference'];
  if (ref && typeof value === 'string') return reference(value);
  if (Array.isArray(value)) return value.map((v) => tsValue(v, node?.items));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[attributeToCamel(k)] = tsValue(v, node?.properties?.[k]);
    return out;
  }
  return value;
}

function reference(address: string): Code {
  const [type, name] = address.split('.');
  return new Code(`${kindOf(type).cdktf.handle}.${name}.id`);
}

function literal(value: unknown, indent: number): string {
  const pad = ' '.repeat(indent);
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, indent + 2));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 100 && !flat.includes('\n') ? flat : `[\n${items.map((i) => `${pad}  ${i},`).join('\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${pad}  ${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : quote(k)}: ${literal(v, indent + 2)},`).join('\n')}\n${pad}}`;
  }
  return typeof value === 'string' ? quote(value) : JSON.stringify(value);
}

function quote(s: string): string {
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}
