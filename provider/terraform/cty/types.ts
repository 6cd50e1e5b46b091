/**
 * cty type constraints in their wire form: the compact JSON Terraform puts in Schema.Attribute.type and in the first
 * element of a msgpack `dynamic` value ("string", ["list","string"], ["object",{"a":"bool"}], ...). Keeping the wire
 * form as the in-memory form means no translation layer and types print as Terraform prints them.
 */
export type PrimitiveTypeName = 'string' | 'number' | 'bool';

export type CtyType =
  | PrimitiveTypeName
  | 'dynamic'
  | ['list', CtyType]
  | ['set', CtyType]
  | ['map', CtyType]
  | ['object', Record<string, CtyType>]
  /** Type constraints may name optional attributes; values of such a type still carry every attribute. */
  | ['object', Record<string, CtyType>, string[]]
  | ['tuple', CtyType[]];

export class CtyTypeError extends Error {}

/** Checks that `raw` (parsed JSON) is a well-formed type constraint and returns it typed. */
export function parseType(raw: unknown, where = 'type'): CtyType {
  if (raw === 'string' || raw === 'number' || raw === 'bool' || raw === 'dynamic') return raw;
  if (!Array.isArray(raw) || raw.length < 2) throw new CtyTypeError(`${where}: not a cty type: ${JSON.stringify(raw)}`);
  const [kind, arg] = raw as [unknown, unknown];
  switch (kind) {
    case 'list':
    case 'set':
    case 'map':
      if (raw.length !== 2) break;
      return [kind, parseType(arg, `${where}.${kind}`)];
    case 'object': {
      if (raw.length > 3 || typeof arg !== 'object' || arg === null || Array.isArray(arg)) break;
      const attrs: Record<string, CtyType> = {};
      for (const [name, t] of Object.entries(arg)) setOwn(attrs, name, parseType(t, `${where}.${name}`));
      if (raw.length === 3) {
        const optional = raw[2] as unknown;
        if (!Array.isArray(optional) || !optional.every((x) => typeof x === 'string')) break;
        return ['object', attrs, optional as string[]];
      }
      return ['object', attrs];
    }
    case 'tuple':
      if (raw.length !== 2 || !Array.isArray(arg)) break;
      return ['tuple', arg.map((t, i) => parseType(t, `${where}[${i}]`))];
  }
  throw new CtyTypeError(`${where}: not a cty type: ${JSON.stringify(raw)}`);
}

/** The compact JSON Terraform expects in Schema.Attribute.type (object attributes in sorted order, like go-cty). */
export function typeToJson(type: CtyType): string {
  return JSON.stringify(sortedType(type));
}

function sortedType(type: CtyType): unknown {
  if (typeof type === 'string') return type;
  switch (type[0]) {
    case 'list':
    case 'set':
    case 'map':
      return [type[0], sortedType(type[1])];
    case 'tuple':
      return ['tuple', type[1].map(sortedType)];
    case 'object': {
      const attrs: Record<string, unknown> = {};
      for (const name of Object.keys(type[1]).sort()) setOwn(attrs, name, sortedType(type[1][name] as CtyType));
      return type.length === 3 ? ['object', attrs, [...type[2]].sort()] : ['object', attrs];
    }
  }
}

export function isCollectionType(type: CtyType): type is ['list', CtyType] | ['set', CtyType] | ['map', CtyType] {
  return Array.isArray(type) && (type[0] === 'list' || type[0] === 'set' || type[0] === 'map');
}

/** Object keys come from the wire; define them as own data properties so "__proto__" cannot reach the prototype. */
export function setOwn<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}
