import { CtyType, setOwn } from '../cty/types';
import { AttributeSchema, BlockSchema, NestedAttributeType } from './schema-document';

/**
 * The value type Terraform derives from a block schema: an object with one attribute per attribute and one per
 * nested block type; blocks nest by mode (single/group → object, list → list, set → set, map → map of objects).
 * This is the type every DynamicValue for that block is encoded with.
 */
export function impliedType(block: BlockSchema): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(block.attributes ?? {})) setOwn(attrs, name, attributeType(a));
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const inner = impliedType(b.block);
    setOwn(attrs, name, b.nesting_mode === 'single' || b.nesting_mode === 'group' ? inner : [b.nesting_mode, inner]);
  }
  return ['object', attrs];
}

export function attributeType(a: AttributeSchema): CtyType {
  if (a.type !== undefined) return a.type;
  return nestedAttributeType(a.nested_type as NestedAttributeType);
}

function nestedAttributeType(n: NestedAttributeType): CtyType {
  const attrs: Record<string, CtyType> = {};
  for (const [name, a] of Object.entries(n.attributes)) setOwn(attrs, name, attributeType(a));
  const object: CtyType = ['object', attrs];
  return n.nesting_mode === 'single' ? object : [n.nesting_mode, object];
}
