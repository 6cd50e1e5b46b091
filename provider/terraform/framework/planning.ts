import { CtyType } from '../cty/types';
import { ctyEqual, CtyValue, isObjectValue, isWhollyKnown, ObjectValue, UNKNOWN } from '../cty/values';
import { ValuePath } from '../cty/wire-path';
import { attributeType, impliedType } from '../schema/implied-type';
import { BlockSchema } from '../schema/schema-document';

/**
 * Terraform's rules for planned and applied states (it reports "inconsistent result" provider bugs when they are
 * broken), as code: the default plan the server makes, and the checks run on what handlers return.
 */

/**
 * The plan for a proposed state: keep every configured value; on create and on replace, computed attributes the
 * config leaves null become unknown (the handler decides them at apply); on an in-place update they keep their prior
 * value, which Terraform already copied into the proposed state.
 */
export function defaultPlan(
  block: BlockSchema,
  prior: ObjectValue | null,
  proposed: ObjectValue | null,
  config: ObjectValue | null,
  replacePaths: ValuePath[],
): { planned: ObjectValue | null; requiresReplace: ValuePath[] } {
  if (proposed === null) return { planned: null, requiresReplace: [] };
  const planned = structuredCloneValue(proposed) as ObjectValue;
  const requiresReplace = prior === null ? [] : changedPaths(block, prior, planned, replacePaths);
  if (prior === null || requiresReplace.length > 0) markComputedUnknown(block, planned, config);
  return { planned, requiresReplace };
}

/**
 * The replace paths whose value differs between prior and planned state. A path written through a list block
 * (["scope", "groups"], where scope is a list block of at most one) is checked per element (["scope", 0, "groups"]);
 * a path into a set stops at the set, whose elements have no address.
 */
export function changedPaths(block: BlockSchema, prior: ObjectValue, planned: ObjectValue, paths: ValuePath[]): ValuePath[] {
  const type = impliedType(block);
  const out: ValuePath[] = [];
  for (const path of paths) {
    for (const concrete of concretePaths(type, path, [], prior, planned)) {
      if (!ctyEqual(valueAt(prior, concrete), valueAt(planned, concrete), typeAt(type, concrete))) out.push(concrete);
    }
  }
  return out;
}

function concretePaths(type: CtyType, rest: ValuePath, prefix: ValuePath, a: CtyValue, b: CtyValue): ValuePath[] {
  const [segment, ...tail] = rest;
  if (segment === undefined || !Array.isArray(type)) return [prefix];
  if (type[0] === 'set') return [prefix];
  if (type[0] === 'list' && typeof segment === 'string') {
    const n = Math.max(Array.isArray(a) ? a.length : 0, Array.isArray(b) ? b.length : 0);
    if (n === 0) return [prefix];
    const out: ValuePath[] = [];
    for (let i = 0; i < n; i++) out.push(...concretePaths(type[1], rest, [...prefix, i], elementOf(a, i), elementOf(b, i)));
    return out;
  }
  return concretePaths(typeAt(type, [segment]), tail, [...prefix, segment], valueAt(a, [segment]), valueAt(b, [segment]));
}

function elementOf(v: CtyValue, i: number): CtyValue {
  return Array.isArray(v) ? (v[i] ?? null) : null;
}

function markComputedUnknown(block: BlockSchema, planned: ObjectValue, config: ObjectValue | null): void {
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    if (attribute.computed && (config?.[name] ?? null) === null) planned[name] = UNKNOWN;
  }
  forEachNestedPair(block, planned, config, markComputedUnknown);
}

export interface RuleViolation {
  path: ValuePath;
  message: string;
}

/** Planned values must equal configured ones; Unknown is allowed only where the config is null and the attribute computed. */
export function checkPlan(block: BlockSchema, planned: ObjectValue, config: ObjectValue | null, path: ValuePath = []): RuleViolation[] {
  const out: RuleViolation[] = [];
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const p = planned[name] ?? null;
    const c = config?.[name] ?? null;
    const type = attributeType(attribute);
    if (attribute.computed && c === null) continue;
    if (!ctyEqual(p, c, type)) {
      // Values are not quoted: the attribute may be sensitive.
      out.push({ path: [...path, name], message: 'the planned value does not match the configured value' });
    }
  }
  forEachNestedPair(block, planned, config, (b, p, c, segments) => out.push(...checkPlan(b, p, c, [...path, ...segments])));
  return out;
}

/** An applied state must be wholly known and keep every value the plan knew. */
export function checkApplied(block: BlockSchema, planned: ObjectValue | null, applied: ObjectValue, path: ValuePath = []): RuleViolation[] {
  if (path.length === 0 && !isWhollyKnown(applied)) return [{ path, message: 'the new state still contains unknown values' }];
  const out: RuleViolation[] = [];
  if (planned === null) return out;
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    const p = planned[name] ?? null;
    if (!isWhollyKnown(p)) continue;
    const a = applied[name] ?? null;
    if (!ctyEqual(p, a, attributeType(attribute))) {
      out.push({ path: [...path, name], message: 'the applied value differs from the planned value' });
    }
  }
  forEachNestedPair(block, applied, planned, (b, a, p, segments) => out.push(...checkApplied(b, p, a, [...path, ...segments])));
  return out;
}

/**
 * Calls fn for each nested block object of `left` with the matching object of `right` (same index or key). Set
 * blocks are skipped: their elements have no identity to pair them by.
 */
function forEachNestedPair(
  block: BlockSchema,
  left: ObjectValue,
  right: ObjectValue | null,
  fn: (block: BlockSchema, left: ObjectValue, right: ObjectValue | null, segments: ValuePath) => void,
): void {
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    const l = left[name] ?? null;
    const r = right?.[name] ?? null;
    switch (nested.nesting_mode) {
      case 'single':
      case 'group':
        if (isObjectValue(l)) fn(nested.block, l, isObjectValue(r) ? r : null, [name]);
        break;
      case 'list':
        if (Array.isArray(l)) {
          l.forEach((x, i) => {
            const y = Array.isArray(r) ? (r[i] ?? null) : null;
            if (isObjectValue(x)) fn(nested.block, x, isObjectValue(y) ? y : null, [name, i]);
          });
        }
        break;
      case 'map':
        if (isObjectValue(l)) {
          for (const [k, x] of Object.entries(l)) {
            const y = isObjectValue(r) ? (r[k] ?? null) : null;
            if (isObjectValue(x)) fn(nested.block, x, isObjectValue(y) ? y : null, [name, k]);
          }
        }
        break;
      case 'set':
        break;
    }
  }
}

export function valueAt(value: CtyValue, path: ValuePath): CtyValue {
  let v: CtyValue = value;
  for (const segment of path) {
    if (typeof segment === 'number') v = Array.isArray(v) ? (v[segment] ?? null) : null;
    else v = isObjectValue(v) ? (v[segment] ?? null) : null;
    if (v === null) return null;
  }
  return v;
}

export function typeAt(type: CtyType, path: ValuePath): CtyType {
  let t: CtyType = type;
  for (const segment of path) {
    if (!Array.isArray(t)) return 'dynamic';
    if (t[0] === 'object') t = typeof segment === 'string' ? (t[1][segment] ?? 'dynamic') : 'dynamic';
    else if (t[0] === 'tuple') t = typeof segment === 'number' ? (t[1][segment] ?? 'dynamic') : 'dynamic';
    else t = t[1];
  }
  return t;
}

/** Deep copy that keeps the value classes (Unknown, DecimalNumber, DynamicValue are immutable and shared). */
function structuredCloneValue(v: CtyValue): CtyValue {
  if (Array.isArray(v)) return v.map(structuredCloneValue);
  if (isObjectValue(v)) {
    const out: ObjectValue = {};
    for (const [k, x] of Object.entries(v)) Object.defineProperty(out, k, { value: structuredCloneValue(x), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}
