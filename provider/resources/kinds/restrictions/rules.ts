import { compareVersions, restrictionKeys, supportOn, type AppleKeyFacts } from '../../../apple/schema';
import type { Platform, ResourceInstance } from '../../../core/document';
import { canonicalJson } from '../../../core/canonical-json';
import { checkScopeReferences, describeGroups, possiblyUnsupervisedGroups, overlapCandidates, scopeOverlap } from '../../_common-scope';
import { unsupportedBecause } from '../../_common-platforms';
import { located, type ResourceRules, type RuleContext } from '../../rule-context';
import { loadResourceSchema } from '../../schema-registry';

/** One Apple key a restrictions resource sets, and the attribute (JSON pointer) that sets it. */
interface KeySetting {
  key: string;
  pointer: string;
  value: unknown;
}

/**
 * applemdm_restrictions: each Apple key once per resource, checked against the stack's platforms and OS floors,
 * supervision of the scope, Apple's 26/27 software-update deprecations, and against other restrictions that reach
 * the same devices.
 */
export const restrictionsRules: ResourceRules = {
  type: 'applemdm_restrictions',
  checkResource(resource: ResourceInstance, ctx: RuleContext): void {
    checkScopeReferences(resource, ctx);
    const seen = new Map<string, KeySetting>();
    for (const s of keySettings(resource)) {
      const earlier = seen.get(s.key);
      if (earlier) {
        ctx.error(
          resource,
          s.pointer,
          'Restriction set twice',
          `${s.key} is set by both ${attrName(earlier.pointer)} and ${attrName(s.pointer)}; set it once.`,
          'duplicate-restriction',
        );
        continue;
      }
      seen.set(s.key, s);
      const facts = factsFor(s.key);
      if (facts.replacement) checkLegacyKey(resource, s, facts, ctx);
      else checkSupport(resource, s, facts, ctx);
      checkSupervision(resource, s, facts, ctx);
    }
  },
  checkDocument(ctx: RuleContext): void {
    const list = ctx.valid('applemdm_restrictions');
    for (const [i, j] of overlapCandidates(list, ctx)) {
      const [x, y] = [list[i], list[j]];
      const overlap = scopeOverlap(x, y, ctx);
      if (!overlap) continue;
      const xs = new Map(keySettings(x).map((s) => [s.key, s]));
      for (const s of keySettings(y)) {
        const other = xs.get(s.key);
        if (!other || canonicalJson(other.value) === canonicalJson(s.value)) continue;
        ctx.error(
          y,
          s.pointer,
          'Conflicting restrictions',
          `${s.key} is ${JSON.stringify(other.value)} in ${located(x)} and ${JSON.stringify(s.value)} in ${y.address}, and their scopes overlap (${overlap}). ` +
            'Devices combine restriction profiles unpredictably; set the key in one resource or make the values agree.',
          'conflicting-restriction',
        );
      }
    }
  },
};

/** Every Apple key the resource sets, through a friendly group (icloud.backup) or directly (allow_cloud_backup). */
function keySettings(resource: ResourceInstance): KeySetting[] {
  const out: KeySetting[] = [];
  const props = loadResourceSchema('applemdm_restrictions').properties;
  for (const [attr, value] of Object.entries(resource.attributes)) {
    const node = props[attr];
    if (!node || value === undefined) continue;
    if (node['x-apple-key']) out.push({ key: node['x-apple-key'], pointer: `/${attr}`, value });
    else if (node.type === 'object' && value && typeof value === 'object') {
      for (const [member, v] of Object.entries(value as Record<string, unknown>)) {
        const key = node.properties?.[member]?.['x-apple-key'];
        if (key && v !== undefined) out.push({ key, pointer: `/${attr}/${member}`, value: v });
      }
    }
  }
  return out;
}

let facts: Map<string, AppleKeyFacts> | undefined;

function factsFor(key: string): AppleKeyFacts {
  facts ??= new Map(restrictionKeys().map((f) => [f.key, f]));
  const f = facts.get(key);
  if (!f) throw new Error(`applemdm bug: restriction key ${key} is in the resource schema but not in schemas/apple`);
  return f;
}

function checkSupport(resource: ResourceInstance, s: KeySetting, f: AppleKeyFacts, ctx: RuleContext): void {
  const targets = ctx.targets();
  const supportedSomewhere = targets.filter(([p]) => f.platforms[p]?.supported);
  if (supportedSomewhere.length === 0) {
    ctx.warning(
      resource,
      s.pointer,
      'Restriction not supported on targeted platforms',
      `${s.key} is not supported on ${targets.map(([p]) => p).join(' or ')}, the platforms this stack targets; no device applies it.`,
      'os-support',
    );
    return;
  }
  for (const [platform, floor] of supportedSomewhere) {
    const why = unsupportedBecause(f, platform, floor);
    if (why) {
      ctx.warning(resource, s.pointer, 'Restriction needs a newer OS', `${s.key} ${why}; older ${platform} devices ignore it.`, 'os-support');
    }
  }
}

/**
 * The software-update restriction keys: deprecated in the 26 releases and removed in 27 (apple-mdm.md §7). A
 * warning while devices still honour them; an error once the stack's floor is at or past the removal.
 */
function checkLegacyKey(resource: ResourceInstance, s: KeySetting, f: AppleKeyFacts, ctx: RuleContext): void {
  const targeted = ctx.targets().filter(([p]) => f.platforms[p]?.supported);
  const replacement = `Move it to an applemdm_software_update resource (deferrals). ${f.replacement?.text ?? ''}`.trim();
  const removedFor = targeted.filter(([p, floor]) => {
    const removed = f.platforms[p]?.removed;
    return removed !== undefined && compareVersions(floor, removed) >= 0;
  });
  if (removedFor.length) {
    const [p, floor] = removedFor[0];
    ctx.error(
      resource,
      s.pointer,
      'Restriction removed by Apple',
      `${s.key} was removed in ${p} ${f.platforms[p]?.removed} and this stack targets ${p} ${floor} and later, so no device applies it. ${replacement}`,
      'removed-key',
    );
    return;
  }
  const versions = targeted.map(([p]) => `${p} ${f.platforms[p]?.deprecated ?? '26.0'}`).join(', ');
  const removed = targeted.map(([p]) => f.platforms[p]?.removed).find((v) => v !== undefined) ?? '27.0';
  ctx.warning(
    resource,
    s.pointer,
    'Deprecated software-update restriction',
    `${s.key} is deprecated in ${versions || 'the 26 releases'} and removed in ${removed}. ${replacement}`,
    'deprecated-key',
  );
}

function checkSupervision(resource: ResourceInstance, s: KeySetting, f: AppleKeyFacts, ctx: RuleContext): void {
  const needs: Platform[] = ctx
    .targets()
    .filter(([p, floor]) => f.platforms[p]?.supported && supportOn(f, p, floor).supervisedOnly)
    .map(([p]) => p);
  if (!needs.length) return;
  const groups = possiblyUnsupervisedGroups(resource, ctx);
  if (!groups.length) return;
  ctx.warning(
    resource,
    s.pointer,
    'Restriction needs supervision',
    `${s.key} applies only to supervised devices on ${needs.join(', ')}, but ${describeGroups(groups)} may hold unsupervised devices, which ignore it.`,
    'supervised-only',
  );
}

function attrName(pointer: string): string {
  return pointer.slice(1).split('/').join('.');
}
