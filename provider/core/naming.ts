/**
 * The one place where Apple key names become Terraform attribute names. The mapping is mechanical
 * (camelCase/PascalCase → snake_case, acronym runs kept together) so it never needs a hand-kept table;
 * the reverse direction is read from the schema (x-apple-key) because "UI" vs "Ui" is not recoverable.
 */
const I_BRANDS = /(^|[a-z0-9])[iI](Beacon|Books|Cloud|Message|Pad|Phone|Pod|Tunes|Work)(?=[A-Z]|$)/g;

export function appleKeyToAttribute(key: string): string {
  return key
    // Apple's i-brands (iPhone, iTunes, iBeacon; ITunes in one key) and plural acronyms (IDs) are one word each.
    .replace(I_BRANDS, (_m, before: string, word: string) => `${before}I${word.toLowerCase()}`)
    .replace(/([A-Z])([A-Z]+)s(?=[A-Z]|$)/g, (_m, first: string, rest: string) => `${first}${rest.toLowerCase()}s`)
    .replace(/[.\-\s]+/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/_+/g, '_');
}

/** snake_case → camelCase, as the CDKTF generator names TypeScript properties. */
export function attributeToCamel(attr: string): string {
  return attr.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** Short kind used inside identifiers, e.g. applemdm_app_assignment → app-assignment. */
export function resourceKind(type: string): string {
  return type.replace(/^applemdm_/, '').replace(/_/g, '-');
}
