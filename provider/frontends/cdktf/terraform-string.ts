import { isResourceType } from '../../resources/kinds/registry';

/**
 * What a string in a synthesized Terraform JSON file means. Terraform evaluates `${...}` interpolations and `%{...}`
 * directives inside every string; `$${` and `%%{` are their escapes for a literal `${` / `%{`.
 */
export type TerraformString =
  | { kind: 'literal'; value: string }
  /** Exactly `${applemdm_<type>.<name>.id}`: another applemdm resource, stored in the document by address. */
  | { kind: 'reference'; address: string }
  /** Any other expression: applemdm does not evaluate Terraform, so it cannot know the value. */
  | { kind: 'expression'; expression: string };

const TEMPLATE_START = /(\$|%)(\1?)\{/g;
const ID_REFERENCE = /^\$\{([a-z][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_-]*)\.id\}$/;

export function parseTerraformString(text: string): TerraformString {
  let hasTemplate = false;
  for (const m of text.matchAll(TEMPLATE_START)) {
    if (m[2] === '') {
      hasTemplate = true;
      break;
    }
  }
  if (!hasTemplate) return { kind: 'literal', value: text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{') };
  const ref = ID_REFERENCE.exec(text);
  if (ref && isResourceType(ref[1])) return { kind: 'reference', address: `${ref[1]}.${ref[2]}` };
  return { kind: 'expression', expression: text };
}
