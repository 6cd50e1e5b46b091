import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ResourceType } from '../../provider/core/document';
import { resourceTypes } from '../../provider/resources/kinds/registry';
import type { ResourceSchema, ResourceSchemaNode } from '../../provider/resources/schema-types';
import { addAppleKeys, type AppleSchemaLike } from './restrictions-from-apple';

/**
 * Builds the complete resource schemas from the hand-authored sources in schemas/resources/_base/: shared fragments
 * (`{"$ref": "scope.json"}`) are inlined so every published schema is self-contained, and the restrictions schema
 * gains one attribute per key of Apple's com.apple.applicationaccess payload.
 */
export function buildResourceSchemas(root: string, appleRestrictions: AppleSchemaLike): Record<ResourceType, ResourceSchema> {
  const baseDir = path.join(root, 'schemas', 'resources', '_base');
  const out = {} as Record<ResourceType, ResourceSchema>;
  for (const type of resourceTypes()) {
    const base = inlineRefs(readJson(path.join(baseDir, `${type}.json`)), baseDir, []) as ResourceSchema;
    out[type] = type === 'applemdm_restrictions' ? addAppleKeys(base, appleRestrictions) : base;
  }
  return out;
}

function inlineRefs(node: unknown, baseDir: string, stack: string[]): unknown {
  if (Array.isArray(node)) return node.map((x) => inlineRefs(x, baseDir, stack));
  if (!node || typeof node !== 'object') return node;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string') {
    const ref = obj.$ref;
    if (!/^[a-z0-9_-]+\.json$/.test(ref)) throw new Error(`gen-resources: only sibling fragment refs are supported, got ${ref}`);
    if (stack.includes(ref)) throw new Error(`gen-resources: circular $ref ${[...stack, ref].join(' -> ')}`);
    const { $ref: _omit, ...overrides } = obj;
    const fragment = inlineRefs(readJson(path.join(baseDir, ref)), baseDir, [...stack, ref]) as Record<string, unknown>;
    return { ...fragment, ...(inlineRefs(overrides, baseDir, stack) as object) };
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = inlineRefs(v, baseDir, stack);
  return out;
}

function readJson(file: string): ResourceSchemaNode {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as ResourceSchemaNode;
}
