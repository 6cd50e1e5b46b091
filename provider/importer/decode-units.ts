import { objectIdentifier } from '../apple/compile-context';
import type { DecodedAppManaged } from '../resources/kinds/app-assignment/decode-app-managed';
import { addressFromIdentifier } from '../resources/kinds/address';
import type { KindDecodeContext, Unit, UnitResult } from '../resources/kinds/import-types';
import { kindOf } from '../resources/kinds/registry';
import type { Inventory } from './inventory';
import type { ImportedResource } from './model';
import { ResourceNames } from './resource-names';

/**
 * Units → resources. Owned units (identifiers under the stack prefix) get back the resource name their identifier was
 * derived from; others get a name from their identifier, `identifier` set to it, and `adopt: true`. Each unit either
 * decodes losslessly or is reported with what applemdm cannot express, so the caller leaves its whole component alone.
 * What a unit's objects mean is its kind's decoder's business (provider/resources/kinds/<kind>/); this class names the
 * units, fills in identity and scope, and lends the decoders the server.
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

export type { UnitResult };

export class UnitDecoder {
  readonly names = new ResourceNames();
  private readonly nameOf = new Map<string, string>();
  private readonly apps = new Map<string, ImportedResource>();
  private readonly units = new Map<string, Unit>();
  private readonly lent: KindDecodeContext;

  constructor(private readonly ctx: DecodeContext) {
    this.lent = {
      inv: ctx.inv,
      importable: ctx.importable,
      stackPrefix: `${ctx.identifierPrefix}.${ctx.stack}`,
      owned: (identifier) => this.owned(identifier),
      addressOfUnit: (key) => {
        const unit = this.units.get(key);
        return unit && this.addressOf(unit);
      },
      appFor: (decoded, assignmentName) => this.appFor(decoded, assignmentName),
      profileOf: (declaration) => this.profileOf(declaration),
    };
  }

  /** Apps made up for assignments whose server holds no app record (the caller keeps those of imported assignments). */
  appResources(): ImportedResource[] {
    return [...this.apps.values()];
  }

  /** The address a named unit's resource has (after nameUnits). */
  addressOf(u: Unit): string | undefined {
    const name = this.nameOf.get(u.key);
    return name === undefined ? undefined : `${u.kind}.${name}`;
  }

  /** Names every unit first (owned names are reserved before foreign ones are made up), so references resolve. */
  nameUnits(units: Unit[]): void {
    const stackPrefix = `${this.ctx.identifierPrefix}.${this.ctx.stack}`;
    const foreign: Unit[] = [];
    for (const u of units) {
      this.units.set(u.key, u);
      const address = addressFromIdentifier(u.identifier, stackPrefix);
      const type = u.kind;
      const name = address?.startsWith(`${type}.`) ? address.slice(type.length + 1) : undefined;
      if (name && /^[a-z][a-z0-9_]{0,63}$/.test(name) && !this.names.isTaken(type, name)) {
        this.names.reserve(type, name);
        this.nameOf.set(u.key, name);
      } else foreign.push(u);
    }
    for (const u of foreign) this.nameOf.set(u.key, this.names.forIdentifier(u.kind, u.identifier, kindOf(u.kind).decoder.fallbackName));
  }

  async decode(u: Unit, groupOfSet: Map<string, Unit>): Promise<UnitResult> {
    const decoder = kindOf(u.kind).decoder;
    const name = this.nameOf.get(u.key)!;
    const resource: ImportedResource = { type: u.kind, name, attributes: {}, objects: [], adopted: false, review: {}, extraKeys: [] };
    if (decoder.shape !== 'record') this.identity(resource, u.identifier);
    if (decoder.shape === 'configuration') {
      if (u.sets.length === 0) return { reason: 'it is in no set, so it reaches no device; applemdm scopes every resource to at least one device group.' };
      const groups = u.sets.map((s) => groupOfSet.get(s)).filter((g): g is Unit => g !== undefined);
      resource.attributes.scope = { groups: groups.map((g) => this.addressOf(g)!).sort() };
    }
    return decoder.decode(u, resource, this.lent);
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
