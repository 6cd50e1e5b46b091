import { appleSchemaIndex, keyFacts, payloadKeys, type AppleKeyFacts } from '../apple/schema';
import type { DiffOptions } from './value-diff';

const LEGACY = 'com.apple.configuration.legacy';
const ACTIVATION = 'com.apple.activation.simple';
const RESTRICTIONS = 'com.apple.applicationaccess';

/**
 * Semantic diff options per server object type, from Apple's schema: a key absent on one side equals its documented
 * device default (no phantom diff when a server or another tool writes the default explicitly). The legacy declaration's
 * ProfileURL carries the profile's content hash: its change is the profile change, already shown key by key.
 */
export function diffOptionsFor(type: string): DiffOptions {
  const cached = cache.get(type);
  if (cached) return cached;
  const options: DiffOptions = { defaults: defaultsOf(type === 'profile' ? RESTRICTIONS : type) };
  if (type === LEGACY) options.ignore = new Set(['ProfileURL']);
  // An activation lists configurations; devices apply them regardless of order, so another tool's order is kept.
  if (type === ACTIVATION) options.unordered = new Set(['StandardConfigurations']);
  cache.set(type, options);
  return options;
}

const cache = new Map<string, DiffOptions>();

function defaultsOf(name: string): Record<string, unknown> {
  const known = appleSchemaIndex().schemas.some((s) => s.name === name);
  if (!known) return {};
  const out: Record<string, unknown> = {};
  const visit = (facts: AppleKeyFacts) => {
    if (facts.default !== undefined) out[facts.path] = facts.default;
    for (const sub of facts.subkeys ?? []) {
      const f = keyFacts(name, `${facts.path}.${sub}`);
      if (f) visit(f);
    }
  };
  for (const f of payloadKeys(name)) visit(f);
  return out;
}
