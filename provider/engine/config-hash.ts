import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/canonical-json';
import type { DesiredDocument } from '../core/document';

/**
 * Hash of what the configuration asks for (stack settings and resource attributes), ignoring where each value was
 * written. A saved plan records it so applying the plan after the configuration changed is refused.
 */
export function configurationHash(doc: DesiredDocument): string {
  const { name, identifierPrefix, targets, externalUuids, assets, catalog } = doc.stack;
  const body = canonicalJson({
    stack: { name, identifierPrefix, targets, externalUuids, assets, catalog },
    resources: doc.resources.map((r) => ({ address: r.address, attributes: r.attributes })),
  });
  return createHash('sha256').update(body).digest('hex');
}
