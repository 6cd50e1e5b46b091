import { groupActivationIdentifier } from '../apple/activation';
import { objectIdentifier } from '../apple/compile-context';
import type { ResourceType } from '../core/document';
import { addressFromIdentifier } from '../engine/address';
import { decodeAppManaged, type DecodedAppManaged } from './decode-app-managed';
import { decodeAppRecord } from './decode-app-record';
import { decodeRestrictionsProfile } from './decode-restrictions';
import { decodeSoftwareUpdate } from './decode-software-update';
import type { Inventory } from './inventory';
import { addressOf, type ImportedResource } from './model';
import { ResourceNames } from './resource-names';
import { activationPayloadMatches, type Unit } from './server-units';

/**
 * Units → resources. Owned units (identifiers under the stack prefix) get back the resource name their identifier was
 * derived from; others get a name from their identifier, `identifier` set to it, and `adopt: true`. Each unit either
 * decodes losslessly or is reported with what applemdm cannot express, so the caller leaves its whole component alone.
 */
export interface DecodeContext {
  inv: Inventory;
  identifierPrefix: string;
  stack: string;
  /** The stored bytes of an asset, when the backend can return them. */
  getAsset(name: string): Promise<Buffer | undefined>;
  /** Configuration declarations that belong to some unit (anything else in a set blocks the set's group). */
  importable: Set<string>;
}

export type UnitResult = { resources: ImportedResource[]; reason?: undefined } | { resources?: undefined; reason: string };

const TYPE: Record<Unit['kind'], ResourceType> = {
  group: 'applemdm_device_group',
  assignment: 'applemdm_app_assignment',
  restrictions: 'applemdm_restrictions',
  'software-update': 'applemdm_software_update',
  app: 'applemdm_app',
};

export class UnitDecoder {
  readonly names = new ResourceNames();
  private readonly nameOf = new Map<string, string>();
  private readonly apps = new Map<string, ImportedResource>();

  constructor(private readonly ctx: DecodeContext) {}

  /** Apps made up for assignments whose server holds no app record (the caller keeps those of imported assignments). */
  appResources(): ImportedResource[] {
    return [...this.apps.values()];
  }

  /** The address a named unit's resource has (after nameUnits). */
  addressOf(u: Unit): string | undefined {
    const name = this.nameOf.get(u.key);
    return name === undefined ? undefined : `${TYPE[u.kind]}.${name}`;
  }

  /** Names every unit first (owned names are reserved before foreign ones are made up), so references resolve. */
  nameUnits(units: Unit[]): void {
    const stackPrefix = `${this.ctx.identifierPrefix}.${this.ctx.stack}`;
    const foreign: Unit[] = [];
    for (const u of units) {
      const address = addressFromIdentifier(u.identifier, stackPrefix);
      const type = TYPE[u.kind];
      const name = address?.startsWith(`${type}.`) ? address.slice(type.length + 1) : undefined;
      if (name && /^[a-z][a-z0-9_]{0,63}$/.test(name) && !this.names.isTaken(type, name)) {
        this.names.reserve(type, name);
        this.nameOf.set(u.key, name);
      } else foreign.push(u);
    }
    for (const u of foreign) this.nameOf.set(u.key, this.names.forIdentifier(TYPE[u.kind], u.identifier, u.kind.replace('-', '_')));
  }

  async decode(u: Unit, groupOfSet: Map<string, Unit>): Promise<UnitResult> {
    const type = TYPE[u.kind];
    const name = this.nameOf.get(u.key)!;
    const resource: ImportedResource = { type, name, attributes: {}, objects: [], adopted: false, review: {}, extraKeys: [] };
    if (u.kind === 'app') return this.appRecord(u, resource);
    this.identity(resource, u.identifier);
    if (u.kind === 'group') return this.group(u, resource);
    if (u.sets.length === 0) return { reason: 'it is in no set, so it reaches no device; applemdm scopes every resource to at least one device group.' };
    const groups = u.sets.map((s) => groupOfSet.get(s)).filter((g): g is Unit => g !== undefined);
    resource.attributes.scope = { groups: groups.map((g) => `applemdm_device_group.${this.nameOf.get(g.key)}`).sort() };
    if (u.kind === 'assignment') return this.assignment(u, resource);
    if (u.kind === 'restrictions') return this.restrictions(u, resource);
    return this.softwareUpdate(u, resource);
  }

  /** Sets `identifier` (and adopt) unless the derived identifier is already the server's. */
  private identity(resource: ImportedResource, identifier: string): void {
    const derived = objectIdentifier({ stack: { name: this.ctx.stack, identifierPrefix: this.ctx.identifierPrefix, targets: {}, externalUuids: [] } }, { ...resource, attributes: {} });
    if (derived === identifier) return;
    resource.attributes.identifier = identifier;
    if (!this.owned(identifier)) {
      resource.attributes.adopt = true;
      resource.adopted = true;
    }
  }

  private owned(identifier: string): boolean {
    return identifier.startsWith(`${this.ctx.identifierPrefix}.${this.ctx.stack}.`);
  }

  private group(u: Unit, r: ImportedResource): UnitResult {
    const { inv } = this.ctx;
    const members = inv.sets.get(u.identifier) ?? [];
    const configurations = members.filter((id) => id !== u.activation);
    const strangers = configurations.filter((id) => !this.ctx.importable.has(id));
    if (strangers.length) return { reason: `its set also delivers ${strangers.join(', ')}, which applemdm cannot import; the group's activation would lose ${strangers.length === 1 ? 'it' : 'them'}.` };
    const mismatch = activationPayloadMatches(inv, u, configurations);
    if (mismatch) return { reason: mismatch };
    r.objects.push(`set:${u.identifier}`);
    if (u.activation) {
      r.objects.push(`declaration:${u.activation}`);
      if (groupActivationIdentifier({ attributes: {} }, u.identifier) !== u.activation) {
        r.attributes.activation_identifier = u.activation;
        if (!this.owned(u.activation)) {
          r.attributes.adopt = true;
          r.adopted = true;
        }
      }
    }
    const enrolled = inv.setEnrollments.get(u.identifier) ?? [];
    if (enrolled.length) r.attributes.members = { enrollment_ids: [...enrolled].sort() };
    return { resources: [r] };
  }

  private assignment(u: Unit, r: ImportedResource): UnitResult {
    const id = u.declarations[0];
    const decoded = decodeAppManaged(this.ctx.inv.declarations.get(id)!.Payload);
    if (decoded.lost) return { reason: `app.managed keys without an applemdm attribute: ${decoded.lost.join(', ')}.` };
    let app: string;
    if (u.app) app = `applemdm_app.${this.nameOf.get(u.app)!}`;
    else {
      const madeUp = this.appFor(decoded.value, r.name);
      if ('reason' in madeUp) return { reason: madeUp.reason };
      app = addressOf(madeUp.resource);
    }
    r.objects.push(`declaration:${id}`);
    r.attributes.app = app;
    r.attributes.intent = decoded.value.intent;
    if (Object.keys(decoded.value.settings).length) r.attributes.settings = decoded.value.settings;
    return { resources: [r] };
  }

  /** An app from its record: every attribute as configured, nothing to review. */
  private appRecord(u: Unit, r: ImportedResource): UnitResult {
    if (!this.owned(u.identifier) || addressFromIdentifier(u.identifier, `${this.ctx.identifierPrefix}.${this.ctx.stack}`) !== addressOf(r)) {
      return { reason: 'it is the app record of another stack (applemdm names an app record <prefix>.<stack>.app.<name>).' };
    }
    const decoded = decodeAppRecord(this.ctx.inv.declarations.get(u.identifier)!.Payload);
    if (decoded.lost) return { reason: `app record keys without an applemdm_app attribute: ${decoded.lost.join(', ')}.` };
    r.attributes = decoded.value;
    r.objects.push(`declaration:${u.identifier}`);
    return { resources: [r] };
  }

  /**
   * An app made up for an assignment whose server holds no app record (another tool filled it): one applemdm_app per
   * app identity; the server stores neither its bundle ID nor its platforms, so both are placeholders to review.
   */
  private appFor(d: DecodedAppManaged, assignmentName: string): { resource: ImportedResource } | { reason: string } {
    const key = d.app.adam_id ? `adam:${d.app.adam_id}` : `manifest:${d.app.manifest_url}`;
    const existing = this.apps.get(key);
    if (existing) {
      if ((existing.attributes.license ?? 'none') !== (d.app.license ?? 'none')) {
        return { reason: `${existing.name} is assigned with a ${String(existing.attributes.license ?? 'no')} licence elsewhere; one app has one licence type in applemdm.` };
      }
      return { resource: existing };
    }
    const name = this.names.unique('applemdm_app', assignmentName);
    const placeholder = d.app.adam_id ? `unknown.app-store-${d.app.adam_id}` : `unknown.in-house-${slugOf(d.app.manifest_url ?? '')}`;
    const resource: ImportedResource = {
      type: 'applemdm_app',
      name,
      attributes: {
        bundle_id: placeholder,
        ...(d.app.adam_id ? { adam_id: d.app.adam_id } : { manifest_url: d.app.manifest_url }),
        ...(d.app.license ? { license: d.app.license } : {}),
        platforms: ['iOS'],
      },
      objects: [],
      adopted: false,
      review: {
        '/bundle_id': 'not stored on the server (DDM names the app by its App Store ID or manifest): replace the placeholder with the bundle ID',
        '/platforms': 'not stored on the server: iOS assumed',
      },
      extraKeys: [],
    };
    this.apps.set(key, resource);
    return { resource };
  }

  private async restrictions(u: Unit, r: ImportedResource): Promise<UnitResult> {
    const id = u.declarations[0];
    const profile = await this.profileOf(id);
    if ('reason' in profile) return profile;
    const decoded = decodeRestrictionsProfile(profile.bytes);
    if (decoded.lost) return { reason: `its profile (${profile.asset}) has what applemdm_restrictions cannot carry: ${decoded.lost.join(', ')}.` };
    Object.assign(r.attributes, decoded.value.attributes);
    r.extraKeys = decoded.value.extraKeys;
    r.objects.push(`declaration:${id}`, `asset:${profile.asset}`);
    return { resources: [r] };
  }

  private async softwareUpdate(u: Unit, r: ImportedResource): Promise<UnitResult> {
    const { inv } = this.ctx;
    const decoded = decodeSoftwareUpdate(u.settings ? inv.declarations.get(u.settings)!.Payload : undefined, u.enforcement ? inv.declarations.get(u.enforcement)!.Payload : undefined);
    if (decoded.lost) return { reason: `software update keys without an applemdm attribute: ${decoded.lost.join(', ')}.` };
    r.attributes.platform = decoded.value.platform;
    Object.assign(r.attributes, decoded.value.attributes);
    r.review['/platform'] = `not stored on the server: ${decoded.value.platform} inferred from the keys used`;
    for (const id of [u.settings, u.enforcement]) if (id) r.objects.push(`declaration:${id}`);
    if (u.legacyDeferrals) {
      const profile = await this.profileOf(u.legacyDeferrals);
      if ('reason' in profile) return profile;
      r.attributes.legacy_profile = true;
      r.objects.push(`declaration:${u.legacyDeferrals}`, `asset:${profile.asset}`);
    }
    return { resources: [r] };
  }

  /** The profile a legacy declaration delivers, read through the backend's asset store. */
  private async profileOf(declaration: string): Promise<{ asset: string; bytes: Buffer } | { reason: string }> {
    const url = this.ctx.inv.declarations.get(declaration)?.Payload.ProfileURL;
    if (typeof url !== 'string') return { reason: `${declaration} has no ProfileURL.` };
    const asset = assetNameOf(url);
    const expected = `${declaration}.mobileconfig`;
    if (asset !== expected) {
      return { reason: `its profile is published as ${asset ?? url}, but applemdm publishes a declaration's profile as ${expected}; taking it over would republish it.` };
    }
    const bytes = await this.ctx.getAsset(asset);
    if (!bytes) return { reason: `its profile ${asset} cannot be read through this server's asset store (configure the asset directory with --assets-dir).` };
    return { asset, bytes };
  }
}

/** The file name in a ProfileURL (`…/<name>?sha256=…`). */
export function assetNameOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').pop();
    return last ? decodeURIComponent(last) : undefined;
  } catch {
    return undefined;
  }
}

/** Where a ProfileURL's directory is (`…/assets` of `…/assets/<name>?sha256=…`). */
export function assetBaseOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/[^/]*$/, '');
  } catch {
    return undefined;
  }
}

function slugOf(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\.plist$/i, '');
  return path.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'app';
}
