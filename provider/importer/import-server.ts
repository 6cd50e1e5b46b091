import type { Backend } from '../backends/contract';
import { Diagnostics, NO_SOURCE } from '../core/diagnostics';
import { DOCUMENT_VERSION, sortResources, type DesiredDocument, type Platform, type ResourceInstance, type StackSettings } from '../core/document';
import { kindOf } from '../resources/kinds/registry';
import { assetBaseOf, UnitDecoder } from './decode-units';
import { readInventory, type Inventory } from './inventory';
import { addressOf, type ImportedResource, type SkippedObject } from './model';
import { connectedUnits, groupIntoUnits, isSetUnit, type Unit } from './server-units';
import { stacksIn } from './stack-identity';
import { verifyRoundTrip } from './verify-round-trip';

/**
 * `applemdm import` as data: read every object on the server, decode what applemdm can express into resources, and
 * keep only what round-trips: the configuration is planned against the same server, and any group of connected
 * objects whose plan would write anything is left out (and reported) until the plan shows no changes. So the first
 * apply after an import never rewrites, resets or removes anything.
 */
export interface ImportRequest {
  backend: Backend;
  /** Stack settings for the written configuration; inferred from owned identifiers when both are absent. */
  identifierPrefix?: string;
  stack?: string;
  /** Resource types (applemdm_restrictions), YAML kinds (restrictions) or server identifiers / set names. */
  select?: string[];
  /** Where the target the written configuration names will tell devices to fetch profiles, without an assets block. */
  defaultAssetsBaseUrl: string;
  /** Written to applemdm.yaml as is. */
  server?: string;
  assets?: { dir?: string; baseUrl?: string };
  /** Directory the configuration will live in (relative paths in it resolve from there). */
  baseDir: string;
  now?: Date;
}

export interface ImportResult {
  document?: DesiredDocument;
  resources: ImportedResource[];
  skipped: SkippedObject[];
  /** Objects of the server outside --select. */
  unselected: number;
  /** Stack settings import had to choose because the server does not store them. */
  stackReview: string[];
  /** Plan rounds it took until the configuration planned as no change. */
  verificationRounds: number;
  /** Apps the server holds no record of (another tool filled it): the first apply writes their records, nothing else. */
  newAppRecords: string[];
  diagnostics: Diagnostics;
}

/** OS floors when the server has no enrollment registry to read them from: the releases of the declarations used. */
const DEFAULT_FLOORS: Record<Platform, string> = { iOS: '18.0', macOS: '15.0', tvOS: '18.0', visionOS: '2.0', watchOS: '11.0' };

export async function importServer(req: ImportRequest): Promise<ImportResult> {
  const diagnostics = new Diagnostics();
  const empty = (): ImportResult => ({ resources: [], skipped: [], unselected: 0, stackReview: [], verificationRounds: 0, newAppRecords: [], diagnostics });
  const inv = await readInventory(req.backend);
  const identity = stackIdentity(req, inv, diagnostics);
  if (!identity) return empty();
  const { units, skipped } = groupIntoUnits(inv);
  const components = connectedUnits(units);
  const selected = req.select?.length ? components.filter((c) => c.some((k) => matchesSelection(units.get(k)!, req.select!))) : components;
  const unselected = components.length - selected.length;

  const decoder = new UnitDecoder({
    inv,
    identifierPrefix: identity.identifierPrefix,
    stack: identity.stack,
    getAsset: (name) => (req.backend.getAsset ? req.backend.getAsset(name) : Promise.resolve(undefined)),
    importable: new Set([...units.values()].filter((u) => !isSetUnit(u)).flatMap((u) => u.declarations)),
  });
  decoder.nameUnits(selected.flat().map((k) => units.get(k)!));
  const groupOfSet = new Map([...units.values()].filter(isSetUnit).map((u) => [u.identifier, u]));
  let kept: { units: string[]; resources: ImportedResource[] }[] = [];
  const unitOfAddress = new Map<string, string>();
  for (const component of selected) {
    const resources: ImportedResource[] = [];
    let failure: { unit: Unit; reason: string } | undefined;
    for (const key of component) {
      const result = await decoder.decode(units.get(key)!, groupOfSet);
      if (result.reason !== undefined) {
        failure = { unit: units.get(key)!, reason: result.reason };
        break;
      }
      resources.push(...result.resources);
      for (const r of result.resources) unitOfAddress.set(addressOf(r), key);
    }
    if (failure) skipped.push(...skipComponent(component.map((k) => units.get(k)!), failure.unit, failure.reason));
    else kept.push({ units: component, resources });
  }

  // Plan the candidate configuration against the same server; drop what would change until nothing does.
  let document: DesiredDocument | undefined;
  let rounds = 0;
  const stackReview: string[] = [];
  for (;;) {
    rounds++;
    const resources = withApps(kept.flatMap((c) => c.resources), decoder.appResources());
    stackReview.length = 0;
    document = buildDocument(req, identity, inv, resources, stackReview);
    const verdict = await verifyRoundTrip({ document, backend: req.backend, assetsBaseUrl: document.stack.assets?.baseUrl ?? req.defaultAssetsBaseUrl, now: req.now });
    if (verdict.fatal) {
      diagnostics.append(verdict.fatal);
      return { ...empty(), resources, skipped, stackReview, verificationRounds: rounds };
    }
    if (verdict.failing.size === 0) {
      return { document, resources, skipped: sortSkipped(skipped), unselected, stackReview, verificationRounds: rounds, newAppRecords: verdict.newAppRecords, diagnostics };
    }
    const appOwners = new Map<string, string[]>();
    for (const c of kept) for (const r of c.resources) if (typeof r.attributes.app === 'string') appOwners.set(r.attributes.app, [...(appOwners.get(r.attributes.app) ?? []), addressOf(r)]);
    const failingAddresses = new Set([...verdict.failing.keys()].flatMap((a) => appOwners.get(a) ?? [a]));
    const next: typeof kept = [];
    for (const c of kept) {
      const culprit = c.resources.find((r) => failingAddresses.has(addressOf(r)));
      if (!culprit) next.push(c);
      else {
        const reason = verdict.failing.get(addressOf(culprit)) ?? verdict.failing.get(String(culprit.attributes.app)) ?? 'its plan would change the server.';
        const culpritUnit = units.get(unitOfAddress.get(addressOf(culprit)) ?? c.units[0])!;
        skipped.push(...skipComponent(c.units.map((k) => units.get(k)!), culpritUnit, `the first plan would change it: ${reason}`, addressOf(culprit)));
      }
    }
    if (next.length === kept.length) throw new Error('applemdm bug: round-trip verification made no progress');
    kept = next;
  }
}

function stackIdentity(req: ImportRequest, inv: Inventory, diagnostics: Diagnostics): { identifierPrefix: string; stack: string } | undefined {
  if (req.identifierPrefix && req.stack) return { identifierPrefix: req.identifierPrefix, stack: req.stack };
  if (req.identifierPrefix || req.stack) {
    diagnostics.error('Stack half named', 'Give both --stack and --identifier-prefix, or neither (then they are read from the identifiers applemdm created on the server).', [], NO_SOURCE, 'import-stack');
    return undefined;
  }
  const names = [...inv.declarations.keys(), ...inv.sets.keys(), ...inv.setEnrollments.keys()];
  const found = stacksIn(names);
  if (found.length === 1) return found[0];
  diagnostics.error(
    found.length ? 'Several stacks on the server' : 'No stack to import into',
    found.length
      ? `The server holds objects of ${found.length} applemdm stacks (${found.map((s) => `${s.identifierPrefix} / ${s.stack}`).join(', ')}); name the one to import with --stack and --identifier-prefix.`
      : 'No object on the server was created by applemdm, so there is no stack name to reuse; name the new stack with --stack and --identifier-prefix (objects another tool created are imported with adopt: true).',
    [],
    NO_SOURCE,
    'import-stack',
  );
  return undefined;
}

function matchesSelection(u: Unit, select: string[]): boolean {
  const type = u.kind;
  const kind = kindOf(type).yamlKey;
  return select.some((s) => s === type || s === kind || s === u.identifier || u.declarations.includes(s) || u.activation === s);
}

/** Every object of a component, each with why it stays where it is. */
function skipComponent(component: Unit[], culprit: Unit, reason: string, culpritName?: string): SkippedObject[] {
  const name = culpritName ?? describeUnit(culprit);
  const out: SkippedObject[] = [];
  for (const u of component) {
    const objects = isSetUnit(u) ? [`set:${u.identifier}`, ...(u.activation ? u.activation.split(',').map((a) => `declaration:${a}`) : [])] : u.declarations.map((d) => `declaration:${d}`);
    const why = u === culprit ? reason : `it is delivered together with ${name}, which cannot be imported (${reason.replace(/\.$/, '')}).`;
    for (const object of objects) out.push({ object, reason: why });
  }
  return out;
}

function describeUnit(u: Unit): string {
  return isSetUnit(u) ? `set ${u.identifier}` : `declaration ${u.declarations[0] ?? u.identifier}`;
}

/** Imported resources plus the apps made up for their assignments (where the server holds no app record). */
function withApps(resources: ImportedResource[], apps: ImportedResource[]): ImportedResource[] {
  const used = new Set(resources.map((r) => r.attributes.app).filter((a): a is string => typeof a === 'string'));
  return [...resources, ...apps.filter((a) => used.has(addressOf(a)))].sort((a, b) => (addressOf(a) < addressOf(b) ? -1 : 1));
}

function buildDocument(req: ImportRequest, identity: { identifierPrefix: string; stack: string }, inv: Inventory, resources: ImportedResource[], review: string[]): DesiredDocument {
  const platforms = new Set<Platform>();
  for (const r of resources) {
    if (Array.isArray(r.attributes.platforms)) for (const p of r.attributes.platforms as Platform[]) platforms.add(p);
    if (typeof r.attributes.platform === 'string') platforms.add(r.attributes.platform as Platform);
  }
  if (platforms.size === 0) platforms.add('iOS');
  const targets: Partial<Record<Platform, string>> = {};
  for (const p of (['iOS', 'macOS', 'tvOS', 'visionOS', 'watchOS'] as Platform[]).filter((x) => platforms.has(x))) {
    const versions = (inv.enrollments ?? []).filter((e) => e.platform === p && e.osVersion).map((e) => e.osVersion as string);
    const lowest = versions.sort(compareVersions)[0];
    targets[p] = lowest ?? DEFAULT_FLOORS[p];
    review.push(`targets.${p} ${targets[p]}: ${lowest ? 'the oldest OS among enrolled devices' : 'not stored on the server; the first release of the declarations applemdm writes'}`);
  }
  const uuids = new Set<string>();
  for (const r of resources) {
    const s = r.attributes.settings as Record<string, unknown> | undefined;
    for (const key of ['vpn_uuid', 'content_filter_uuid', 'dns_proxy_uuid', 'relay_uuid']) if (typeof s?.[key] === 'string') uuids.add((s[key] as string).toUpperCase());
  }
  if (uuids.size) review.push(`external_uuids: the per-app VPN, content filter, DNS proxy and relay payloads the assignments name, managed elsewhere`);
  const bases = new Set<string>();
  for (const r of resources) {
    for (const o of r.objects) {
      const url = o.startsWith('declaration:') ? inv.declarations.get(o.slice('declaration:'.length))?.Payload.ProfileURL : undefined;
      const base = typeof url === 'string' ? assetBaseOf(url) : undefined;
      if (base) bases.add(base);
    }
  }
  const assets = { ...(req.assets?.dir ? { dir: req.assets.dir } : {}), ...(req.assets?.baseUrl ? { baseUrl: req.assets.baseUrl } : {}) };
  if (!assets.baseUrl && bases.size === 1) {
    const base = [...bases][0];
    if (base !== req.defaultAssetsBaseUrl.replace(/\/+$/, '')) assets.baseUrl = base;
  }
  const stack: StackSettings = {
    name: identity.stack,
    identifierPrefix: identity.identifierPrefix,
    targets,
    ...(req.server ? { server: req.server } : {}),
    externalUuids: [...uuids].sort(),
    ...(Object.keys(assets).length ? { assets } : {}),
  };
  const instances: ResourceInstance[] = resources.map((r) => ({ type: r.type, name: r.name, address: addressOf(r), attributes: r.attributes, source: NO_SOURCE }));
  return { version: DOCUMENT_VERSION, stack, resources: sortResources(instances), baseDir: req.baseDir };
}

function sortSkipped(list: SkippedObject[]): SkippedObject[] {
  const seen = new Map<string, SkippedObject>();
  for (const s of list) if (!seen.has(s.object)) seen.set(s.object, s);
  return [...seen.values()].sort((a, b) => (a.object < b.object ? -1 : 1));
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
