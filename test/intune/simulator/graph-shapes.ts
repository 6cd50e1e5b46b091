import * as fs from 'node:fs';
import ts from 'typescript';

/**
 * SIMULATOR SUPPORT (test infrastructure, not Microsoft's service). The shapes the Graph behaviour simulator checks
 * request bodies against, read from Microsoft's published Graph beta typings (@microsoft/microsoft-graph-types-beta,
 * the same package the backend's bodies are typed with): per type, its properties (inherited ones included) and, for
 * enum-typed properties, the literals allowed. A body naming a property its `@odata.type` lacks, or an enum value the
 * typings do not list, is answered 400 as Graph would.
 */
export interface TypeShape {
  properties: Map<string, PropertyShape>;
}

export interface PropertyShape {
  /** 'boolean' | 'number' | 'string' | 'enum' | 'object' | 'array' | 'unknown' */
  kind: string;
  nullable: boolean;
  enumValues?: Set<string>;
  /** For object / array-of-object properties: the declared interface. */
  typeName?: string;
}

let cached: Map<string, TypeShape> | undefined;

export function graphShapes(): Map<string, TypeShape> {
  if (cached) return cached;
  const file = require.resolve('@microsoft/microsoft-graph-types-beta/microsoft-graph.d.ts');
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const aliases = new Map<string, ts.TypeAliasDeclaration>();
  for (const stmt of source.statements) {
    if (ts.isInterfaceDeclaration(stmt)) interfaces.set(stmt.name.text, stmt);
    if (ts.isTypeAliasDeclaration(stmt)) aliases.set(stmt.name.text, stmt);
  }
  const shapes = new Map<string, TypeShape>();
  const resolve = (name: string, seen = new Set<string>()): Map<string, PropertyShape> => {
    const decl = interfaces.get(name);
    const out = new Map<string, PropertyShape>();
    if (!decl || seen.has(name)) return out;
    seen.add(name);
    for (const clause of decl.heritageClauses ?? []) {
      for (const t of clause.types) for (const [k, v] of resolve(t.expression.getText(source), seen)) out.set(k, v);
    }
    for (const member of decl.members) {
      if (!ts.isPropertySignature(member) || !member.type) continue;
      const propName = member.name.getText(source).replace(/^["']|["']$/g, '');
      out.set(propName, describe(member.type));
    }
    return out;
  };
  const describe = (node: ts.TypeNode): PropertyShape => {
    let text = node.getText(source);
    let nullable = false;
    const m = /^NullableOption<(.+)>$/s.exec(text);
    if (m) {
      nullable = true;
      text = m[1]!.trim();
    }
    const isArray = text.endsWith('[]');
    const base = isArray ? text.slice(0, -2) : text;
    if (isArray) return { kind: 'array', nullable, ...(interfaces.has(base) ? { typeName: base } : {}) };
    if (base === 'boolean' || base === 'number' || base === 'string') return { kind: base, nullable };
    const alias = aliases.get(base);
    if (alias && ts.isUnionTypeNode(alias.type)) {
      const literals = alias.type.types.filter(ts.isLiteralTypeNode).map((t) => t.literal.getText(source).slice(1, -1));
      if (literals.length) return { kind: 'enum', nullable, enumValues: new Set(literals) };
    }
    if (interfaces.has(base)) return { kind: 'object', nullable, typeName: base };
    return { kind: 'unknown', nullable };
  };
  for (const name of interfaces.keys()) shapes.set(name, { properties: resolve(name) });
  cached = shapes;
  return shapes;
}

/** `#microsoft.graph.macOsVppApp` → `MacOsVppApp` (the typings' interface name). */
export function interfaceNameOf(odataType: string): string {
  const short = odataType.replace(/^#?microsoft\.graph\./, '');
  return short.charAt(0).toUpperCase() + short.slice(1);
}

/**
 * Problems with a body against a type (recursively for nested typed objects); empty when it conforms. Nested objects
 * are checked against their own `@odata.type` when they name one, else against the declared type.
 */
export function shapeProblems(body: unknown, typeName: string, path = ''): string[] {
  const shape = graphShapes().get(typeName);
  if (!shape) return [`${path || 'body'}: unknown type ${typeName}`];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [`${path || 'body'}: expected an object of type ${typeName}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key === '@odata.type' || key === '@odata.id') continue;
    const prop = shape.properties.get(key);
    const at = path ? `${path}.${key}` : key;
    if (!prop) {
      problems.push(`${at}: property '${key}' does not exist on type 'microsoft.graph.${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}'`);
      continue;
    }
    if (value === null) continue;
    switch (prop.kind) {
      case 'boolean':
      case 'number':
      case 'string':
        if (typeof value !== prop.kind) problems.push(`${at}: expected ${prop.kind}, got ${JSON.stringify(value)}`);
        break;
      case 'enum':
        // Flags enums are sent comma-joined.
        if (typeof value !== 'string' || !value.split(',').every((v) => prop.enumValues!.has(v.trim()))) {
          problems.push(`${at}: ${JSON.stringify(value)} is not one of ${[...prop.enumValues!].join(', ')}`);
        }
        break;
      case 'object': {
        const nested = (value as Record<string, unknown>)['@odata.type'];
        problems.push(...shapeProblems(value, typeof nested === 'string' ? interfaceNameOf(nested) : prop.typeName!, at));
        break;
      }
      case 'array':
        if (!Array.isArray(value)) problems.push(`${at}: expected an array`);
        else if (prop.typeName) {
          value.forEach((item, i) => {
            const nested = item && typeof item === 'object' ? (item as Record<string, unknown>)['@odata.type'] : undefined;
            problems.push(...shapeProblems(item, typeof nested === 'string' ? interfaceNameOf(nested) : prop.typeName!, `${at}[${i}]`));
          });
        }
        break;
    }
  }
  return problems;
}
