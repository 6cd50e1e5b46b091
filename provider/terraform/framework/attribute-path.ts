import { CtyType } from '../cty/types';
import { ValuePath } from '../cty/wire-path';
import { attributeType } from '../schema/implied-type';
import { BlockSchema } from '../schema/schema-document';

/** tfplugin6 AttributePath.Step: exactly one selector is set. */
export type AttributePathStep = { attribute_name: string } | { element_key_string: string } | { element_key_int: number };

type Position =
  | { kind: 'block'; block: BlockSchema }
  | { kind: 'blocks'; nesting: 'list' | 'set' | 'map'; block: BlockSchema }
  | { kind: 'value'; type: CtyType }
  | { kind: 'opaque' };

/**
 * Turns a value path into protocol steps, guided by the schema: a string is an attribute name inside a block or
 * object and a key inside a map; a number is a list or tuple index. Set elements have no index in Terraform's paths,
 * so a path stops at the set.
 */
export function toAttributePath(path: ValuePath, block: BlockSchema): AttributePathStep[] {
  const steps: AttributePathStep[] = [];
  let at: Position = { kind: 'block', block };
  for (const segment of path) {
    if (at.kind === 'blocks' && at.nesting === 'set') break;
    if (at.kind === 'value' && Array.isArray(at.type) && at.type[0] === 'set') break;
    if (typeof segment === 'number') {
      steps.push({ element_key_int: segment });
      at = elementAt(at, segment);
      continue;
    }
    const isKey = (at.kind === 'blocks' && at.nesting === 'map') || (at.kind === 'value' && Array.isArray(at.type) && at.type[0] === 'map');
    steps.push(isKey ? { element_key_string: segment } : { attribute_name: segment });
    at = isKey ? elementAt(at, segment) : attributeAt(at, segment);
  }
  return steps;
}

function attributeAt(at: Position, name: string): Position {
  if (at.kind === 'block') {
    const attribute = at.block.attributes?.[name];
    if (attribute) return { kind: 'value', type: attributeType(attribute) };
    const nested = at.block.block_types?.[name];
    if (!nested) return { kind: 'opaque' };
    if (nested.nesting_mode === 'single' || nested.nesting_mode === 'group') return { kind: 'block', block: nested.block };
    return { kind: 'blocks', nesting: nested.nesting_mode, block: nested.block };
  }
  if (at.kind === 'value' && Array.isArray(at.type) && at.type[0] === 'object') {
    const t = at.type[1][name];
    return t ? { kind: 'value', type: t } : { kind: 'opaque' };
  }
  return { kind: 'opaque' };
}

function elementAt(at: Position, key: string | number): Position {
  if (at.kind === 'blocks') return { kind: 'block', block: at.block };
  if (at.kind !== 'value' || !Array.isArray(at.type)) return { kind: 'opaque' };
  const t = at.type;
  if (t[0] === 'list' || t[0] === 'map') return { kind: 'value', type: t[1] };
  if (t[0] === 'tuple' && typeof key === 'number') {
    const element = t[1][key];
    return element ? { kind: 'value', type: element } : { kind: 'opaque' };
  }
  return { kind: 'opaque' };
}
