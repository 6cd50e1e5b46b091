import { isOwnedIdentifier } from '../core/identity';
import type { ResourceInstance } from '../core/document';
import { restrictionAttributeForAppleKey } from './restriction-key-map';
import type { RuleContext } from './rule-context';

/**
 * Adoption (taking over server objects another tool created) and the restrictions `extra` map.
 *
 * - `identifier` / `activation_identifier` outside the stack's prefix name objects the stack does not own; only an
 *   explicit `adopt: true` lets the stack take them over, so nothing is adopted by accident.
 * - `adopt: true` without such an identifier adopts nothing and is reported, since it reads as if it did.
 * - `extra` carries Apple keys the schema does not model; a modeled key must use its own attribute, so every key has
 *   one spelling (and import output is deterministic).
 */
const IDENTIFIER_ATTRIBUTES = ['identifier', 'activation_identifier'] as const;

export function checkAdoption(ctx: RuleContext): void {
  const { identifierPrefix, name: stack } = ctx.doc.stack;
  for (const r of ctx.doc.resources) {
    if (!ctx.isValid(r)) continue;
    const given = IDENTIFIER_ATTRIBUTES.filter((a) => typeof r.attributes[a] === 'string');
    const foreign = given.filter((a) => !isOwnedIdentifier(r.attributes[a] as string, identifierPrefix, stack));
    if (r.attributes.adopt === true && foreign.length === 0) {
      ctx.error(
        r,
        '/adopt',
        'Nothing to adopt',
        `${r.address} sets adopt: true, but no identifier outside the stack's prefix (${identifierPrefix}.${stack}.) names an existing object to take over. Set identifier to the object's identifier, or remove adopt.`,
        'adopt-without-identifier',
      );
    }
    if (r.attributes.adopt === true) continue;
    for (const attr of foreign) {
      ctx.error(
        r,
        `/${attr}`,
        'Adoption not confirmed',
        `${r.address} names ${JSON.stringify(r.attributes[attr])}, which is outside this stack's prefix (${identifierPrefix}.${stack}.), so another tool created it. Add adopt: true to let this stack take it over (plan, apply and --prune then manage it).`,
        'adopt-required',
      );
    }
  }
}

/** Restriction values are flags, numbers, short strings and lists; bounds keep a pasted blob out of every profile. */
export const EXTRA_MAX_JSON_BYTES = 64 * 1024;
export const EXTRA_MAX_STRING = 4096;

export function checkRestrictionsExtra(ctx: RuleContext): void {
  for (const r of ctx.valid('applemdm_restrictions')) {
    const extra = r.attributes.extra;
    if (!extra || typeof extra !== 'object') continue;
    for (const key of Object.keys(extra as Record<string, unknown>).sort()) checkExtraKey(r, key, (extra as Record<string, unknown>)[key], ctx);
    const size = Buffer.byteLength(JSON.stringify(extra));
    const longest = longestString(extra);
    if (size > EXTRA_MAX_JSON_BYTES || longest > EXTRA_MAX_STRING) {
      ctx.error(
        r,
        '/extra',
        'extra too large',
        `extra holds ${size} bytes of JSON${longest > EXTRA_MAX_STRING ? ` with a ${longest}-character string` : ''}; restriction keys take at most ${EXTRA_MAX_STRING} characters per string and ${EXTRA_MAX_JSON_BYTES} bytes in all.`,
        'extra-too-large',
      );
    }
  }
}

function longestString(v: unknown): number {
  if (typeof v === 'string') return v.length;
  if (Array.isArray(v)) return v.reduce((m: number, x) => Math.max(m, longestString(x)), 0);
  if (v && typeof v === 'object') return Object.values(v).reduce((m: number, x) => Math.max(m, longestString(x)), 0);
  return 0;
}

function checkExtraKey(r: ResourceInstance, key: string, value: unknown, ctx: RuleContext): void {
  const attribute = restrictionAttributeForAppleKey(key);
  if (key.startsWith('Payload')) {
    ctx.error(r, `/extra/${key}`, 'Profile key in extra', `${key} is a profile key that applemdm sets itself; extra holds restriction keys only.`, 'extra-payload-key');
  } else if (attribute) {
    ctx.error(r, `/extra/${key}`, 'Modeled key in extra', `${key} is modeled by applemdm_restrictions; set it as ${key} (or ${attribute}) instead of under extra.`, 'extra-modeled-key');
  } else if (value === null) {
    ctx.error(r, `/extra/${key}`, 'Empty value in extra', `extra.${key} is null; a profile key needs a value (remove the key to leave it to the device).`, 'extra-null');
  }
}
