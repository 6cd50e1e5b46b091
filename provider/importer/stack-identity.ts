import { resourceKind } from '../core/naming';
import { resourceTypes } from '../resources/kinds/registry';

/**
 * Which stack the server's objects belong to. applemdm names objects `<prefix>.<stack>.<kind>.<name>[.<suffix>]`, so
 * a name whose segment k is a resource kind (k ≥ 3: the prefix has at least two segments) names prefix and stack.
 */
export interface StackIdentity {
  identifierPrefix: string;
  stack: string;
}

const STACK = /^[a-z][a-z0-9-]{0,62}$/;

export function stacksIn(names: Iterable<string>): StackIdentity[] {
  const kinds = new Set(resourceTypes().map((t) => resourceKind(t)));
  const found = new Map<string, StackIdentity>();
  for (const name of names) {
    const seg = name.split('.');
    for (let k = 3; k < seg.length - 1; k++) {
      if (!kinds.has(seg[k]) || !STACK.test(seg[k - 1])) continue;
      const id = { identifierPrefix: seg.slice(0, k - 1).join('.'), stack: seg[k - 1] };
      found.set(`${id.identifierPrefix}.${id.stack}`, id);
      break;
    }
  }
  return [...found.values()].sort((a, b) => (`${a.identifierPrefix}.${a.stack}` < `${b.identifierPrefix}.${b.stack}` ? -1 : 1));
}
