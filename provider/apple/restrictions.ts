import type { ResourceInstance } from '../core/document';
import type { Artifact } from './artifact';
import { keyAnnotation } from './apple-facts';
import { CompileContext, identifierOf, pointerOf, resolveScope, sourceOf } from './compile-context';
import { legacyDeclarationFor } from './legacy-declaration';
import { profileArtifact } from './mobileconfig';
import { PlistReal } from './plist-xml';
import { buildProfile } from './profile';
import { restrictionKeyMap } from './restriction-keys';
import { isRecord } from '../core/records';

export const RESTRICTIONS_PAYLOAD = 'com.apple.applicationaccess';

/** Attributes of applemdm_restrictions that are not Apple keys (`extra` holds Apple keys the schema lacks). */
const NON_KEY_ATTRIBUTES = new Set(['id', 'scope', 'identifier', 'adopt', 'extra']);

/**
 * applemdm_restrictions → one .mobileconfig with one com.apple.applicationaccess payload holding exactly the keys the
 * user set (no defaults added), plus the com.apple.configuration.legacy declaration that delivers it through DDM.
 */
export function compileRestrictions(ctx: CompileContext, resource: ResourceInstance): Artifact[] {
  resolveScope(ctx, resource); // reports dangling groups; membership itself is read by set-membership
  const keys = restrictionKeys(ctx, resource);
  if (!keys) return [];
  const identifier = identifierOf(ctx, resource);
  const profile = buildProfile({
    identifier,
    displayName: `Restrictions: ${resource.name}`,
    description: `Managed by applemdm (stack ${ctx.doc.stack.name}, ${resource.address}).`,
    payloads: [{ type: RESTRICTIONS_PAYLOAD, name: 'payload', displayName: `Restrictions: ${resource.name}`, keys }],
  });
  const artifact = profileArtifact(resource.address, identifier, profile);
  return [artifact, legacyDeclarationFor(artifact, ctx.assetsBaseUrl)];
}

/** Apple key → value for every attribute set, or undefined after reporting errors. */
export function restrictionKeys(ctx: CompileContext, resource: ResourceInstance): Record<string, unknown> | undefined {
  const map = restrictionKeyMap();
  const keys: Record<string, unknown> = {};
  const from: Record<string, string> = {};
  let ok = true;
  const visit = (value: Record<string, unknown>, prefix: string[]): void => {
    for (const name of Object.keys(value).sort()) {
      if (prefix.length === 0 && NON_KEY_ATTRIBUTES.has(name)) continue;
      const attrPath = [...prefix, name];
      const v = value[name];
      if (v === undefined || v === null) continue;
      const appleKey = map.get(attrPath.join('.'));
      if (!appleKey) {
        if (isRecord(v) && prefix.length === 0) {
          visit(v, attrPath);
          continue;
        }
        ok = false;
        ctx.diagnostics.error(
          'Unknown restriction',
          `${attrPath.join('.')} is not an attribute of applemdm_restrictions, so it cannot be compiled into ${RESTRICTIONS_PAYLOAD}.`,
          [resource.address, ...attrPath],
          sourceOf(resource, pointerOf(attrPath)),
          'unknown-key',
        );
        continue;
      }
      if (appleKey in keys && JSON.stringify(keys[appleKey] instanceof PlistReal ? (keys[appleKey] as PlistReal).value : keys[appleKey]) !== JSON.stringify(v)) {
        ok = false;
        ctx.diagnostics.error(
          'Restriction set twice',
          `${from[appleKey]} and ${attrPath.join('.')} both set ${appleKey}, to different values.`,
          [resource.address, ...attrPath],
          sourceOf(resource, pointerOf(attrPath)),
          'conflict',
        );
        continue;
      }
      const real = keyAnnotation(RESTRICTIONS_PAYLOAD, [appleKey])?.plistType === 'real';
      keys[appleKey] = real && typeof v === 'number' ? new PlistReal(v) : v;
      from[appleKey] = attrPath.join('.');
    }
  };
  visit(resource.attributes, []);
  // Keys the schema does not model, as given; a modeled key here is a validation error (one spelling per key).
  const modeled = new Set(map.values());
  const extra = isRecord(resource.attributes.extra) ? resource.attributes.extra : {};
  for (const key of Object.keys(extra).sort()) {
    if (modeled.has(key) || extra[key] === undefined || extra[key] === null) continue;
    keys[key] = extra[key];
  }
  return ok ? keys : undefined;
}
