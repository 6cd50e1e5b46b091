import { Diagnostics, NO_SOURCE } from '../core/diagnostics';
import { PLATFORMS, type DesiredDocument, type ResourceInstance } from '../core/document';
import { resourceIdentifier } from '../core/identity';
import { compareVersions } from '../apple/schema';
import { checkAdoption, checkRestrictionsExtra } from './adoption';
import { findHostileValues } from './hostile-values';
import { isResourceType, resourceKinds } from './kinds/registry';
import { located, RuleContext } from './rule-context';
import { loadResourceSchema } from './schema-registry';
import { attributeSource } from './source-lookup';
import { validateStructure } from './structural';

const NAME = /^[a-z][a-z0-9_]{0,63}$/;
const STACK_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const PREFIX = /^[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9][A-Za-z0-9-]*)+$/;

/**
 * Validates a desired-state document from any front end and returns every problem at once: hostile values, then
 * ajv against each resource schema (unknown attributes are errors), then the semantic rules of each resource type,
 * which run only on resources that are structurally valid so one mistake is not reported three times.
 */
export function validateDocument(doc: DesiredDocument): Diagnostics {
  const diags = new Diagnostics();
  checkStack(doc, diags);
  const valid = new Set<ResourceInstance>();
  const addresses = new Map<string, ResourceInstance>();
  const identifiers = new Map<string, ResourceInstance>();
  for (const r of doc.resources) {
    if (!checkIdentity(r, doc, addresses, identifiers, diags)) continue;
    const own = new Diagnostics();
    checkHostile(r, own);
    checkComputed(r, own);
    own.append(validateStructure(r));
    if (!own.hasError()) valid.add(r);
    diags.append(own);
  }
  const ctx = new RuleContext(doc, diags, valid);
  for (const { type, rules } of resourceKinds()) {
    if (rules.checkResource) for (const r of ctx.valid(type)) rules.checkResource(r, ctx);
    rules.checkDocument?.(ctx);
  }
  checkAdoption(ctx);
  checkRestrictionsExtra(ctx);
  return diags;
}

function checkStack(doc: DesiredDocument, diags: Diagnostics): void {
  const s = doc.stack;
  if (!STACK_NAME.test(s.name)) diags.error('Invalid stack name', `The stack name "${s.name}" must be lower-case letters, digits and hyphens, starting with a letter.`, ['stack'], NO_SOURCE, 'pattern');
  if (!PREFIX.test(s.identifierPrefix)) diags.error('Invalid identifier prefix', `"${s.identifierPrefix}" is not a reverse-DNS prefix such as com.example.mdm.`, ['identifier_prefix'], NO_SOURCE, 'pattern');
  const targeted = PLATFORMS.filter((p) => s.targets[p] !== undefined);
  if (!targeted.length) diags.error('No target platforms', 'The stack must target at least one platform with its OS floor (targets).', ['targets'], NO_SOURCE, 'required');
  for (const p of targeted) {
    const v = s.targets[p] as string;
    if (!/^\d{1,3}(\.\d{1,3}){0,2}$/.test(v) || compareVersions(v, '0') <= 0) {
      diags.error('Invalid OS version', `targets.${p} is "${v}"; expected a version such as 17.2.`, ['targets', p], NO_SOURCE, 'pattern');
    }
  }
  if (s.server !== undefined && hasUserInfo(s.server)) {
    // Refused even when --server overrides it: the configuration is committed, so the secret is in the repository.
    // The URL is not quoted, it holds the secret.
    diags.error(
      'Credentials in the server URL',
      'server names a URL with a user name or password; credentials never go in the configuration. Remove them and pass the API key through APPLEMDM_API_KEY or APPLEMDM_API_KEY_FILE (and replace the key: it is in the repository).',
      ['server'],
      NO_SOURCE,
      'server-credentials',
    );
  }
}

/** Whether a URL carries a user name or password (user:pass@host); text that is not a URL carries none. */
function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

/** Names, addresses and the identifiers derived from them must be unique (a second front end could repeat one). */
function checkIdentity(
  r: ResourceInstance,
  doc: DesiredDocument,
  addresses: Map<string, ResourceInstance>,
  identifiers: Map<string, ResourceInstance>,
  diags: Diagnostics,
): boolean {
  if (!isResourceType(r.type) || r.address !== `${r.type}.${r.name}`) {
    throw new Error(`applemdm bug: malformed resource ${String(r.address)} in the desired-state document`);
  }
  if (!NAME.test(r.name)) {
    diags.error('Invalid resource name', `"${r.name}" must be lower-case letters, digits and underscores, starting with a letter (at most 64).`, [r.address], r.source, 'invalid-name');
    return false;
  }
  const earlier = addresses.get(r.address);
  if (earlier) {
    diags.error('Duplicate resource', `${r.address} is declared twice; the other declaration is ${located(earlier)}.`, [r.address], r.source, 'duplicate-resource');
    return false;
  }
  addresses.set(r.address, r);
  // An adopted resource is named by its `identifier` on the server; two resources must never share an object.
  const override = r.attributes.identifier;
  const id = typeof override === 'string' ? override : resourceIdentifier(doc.stack.identifierPrefix, doc.stack.name, r.type, r.name);
  const clash = identifiers.get(id);
  if (clash) {
    diags.error('Duplicate identifier', `${r.address} and ${located(clash)} would both be named ${id} on the server; rename one.`, [r.address], r.source, 'duplicate-identifier');
    return false;
  }
  identifiers.set(id, r);
  return true;
}

function checkHostile(r: ResourceInstance, diags: Diagnostics): void {
  for (const f of findHostileValues(r.attributes)) {
    const path = [r.address, ...f.pointer.slice(1).split('/')];
    if (f.kind === 'forbidden-key') {
      diags.error('Forbidden key', `The key "${f.what}" is not allowed anywhere in a configuration (it could alter object prototypes).`, path, attributeSource(r, f.pointer), 'forbidden-key');
    } else {
      diags.error('Control character in text', `The text contains the invisible character ${f.what}; remove it.`, path, attributeSource(r, f.pointer), 'control-character');
    }
  }
}

/** Computed attributes (id) are applemdm's to set. */
function checkComputed(r: ResourceInstance, diags: Diagnostics): void {
  for (const [name, node] of Object.entries(loadResourceSchema(r.type).properties)) {
    if (node['x-computed'] && Object.hasOwn(r.attributes, name)) {
      diags.error('Computed attribute set', `${name} is set by applemdm and cannot be given in the configuration.`, [r.address, name], attributeSource(r, `/${name}`), 'computed');
    }
  }
}
