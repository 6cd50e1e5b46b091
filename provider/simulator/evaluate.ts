import { compareVersions } from '../apple/schema';
import { checkDeclaration, type Reason } from './declaration-support';
import type { FetchedDeclaration } from './ddm-client';
import type { SimDeviceIdentity } from './device-identity';
import { evaluatePredicate } from './predicate';

/**
 * One device's view of its declarations after a sync: validity from Apple's schema facts, activation by activations
 * whose predicates hold, and the derived status items (app.managed.list, softwareupdate.*), as a device reports them.
 */
export type Category = 'activations' | 'configurations' | 'assets' | 'management';

export interface DeclarationState {
  identifier: string;
  'server-token': string;
  active: boolean;
  valid: 'valid' | 'invalid' | 'unknown';
  reasons?: Reason[];
}

export interface Evaluation {
  declarations: Record<Category, DeclarationState[]>;
  apps: Record<string, unknown>[];
  softwareUpdate: Record<string, unknown>;
}

export interface HeldDeclaration {
  category: Category;
  declaration: FetchedDeclaration;
  /** For legacy declarations: undefined when the profile installed, else why it failed. */
  profileError?: string;
}

export function evaluateDevice(device: SimDeviceIdentity, held: HeldDeclaration[]): Evaluation {
  const byId = new Map(held.map((h) => [h.declaration.Identifier, h]));
  const verdicts = new Map(held.map((h) => [h.declaration.Identifier, checkDeclaration(h.declaration, device)]));
  for (const h of held) {
    const verdict = verdicts.get(h.declaration.Identifier)!;
    if (verdict.valid === 'valid' && h.profileError !== undefined) {
      verdicts.set(h.declaration.Identifier, {
        valid: 'invalid',
        reasons: [{ code: 'Error.ConfigurationCannotBeApplied', details: { ...ids(h), Error: h.profileError } }],
      });
    }
  }
  const properties = managementProperties(held, verdicts);
  const scope = { status: (item: string) => deviceStatusValue(device, item), property: (key: string) => properties[key] };

  const states = new Map<string, DeclarationState>();
  const activeConfigs = new Set<string>();
  for (const h of held.filter((x) => x.category === 'activations')) {
    const verdict = verdicts.get(h.declaration.Identifier)!;
    const state: DeclarationState = { identifier: h.declaration.Identifier, 'server-token': h.declaration.ServerToken, active: false, valid: verdict.valid, reasons: [...verdict.reasons] };
    states.set(state.identifier, state);
    if (verdict.valid !== 'valid') continue;
    const predicate = h.declaration.Payload.Predicate;
    let holds = true;
    if (typeof predicate === 'string' && predicate.trim() !== '') {
      const result = evaluatePredicate(predicate, scope);
      if (!result.ok) {
        state.valid = 'invalid';
        state.reasons!.push({ code: 'Error.UnableToParsePredicate', details: { ...ids(h), Predicate: predicate } });
        continue;
      }
      holds = result.value;
      if (!holds) state.reasons!.push({ code: 'Info.Predicate', details: ids(h) });
    }
    const wanted = Array.isArray(h.declaration.Payload.StandardConfigurations) ? h.declaration.Payload.StandardConfigurations.filter((x): x is string => typeof x === 'string') : [];
    const missing = wanted.filter((id) => byId.get(id)?.category !== 'configurations');
    if (missing.length) state.reasons!.push({ code: 'Error.MissingConfigurations', details: { ...ids(h), Configurations: missing } });
    state.active = holds;
    if (holds) for (const id of wanted) activeConfigs.add(id);
  }
  const referenced = new Set(
    held.filter((h) => h.category === 'activations').flatMap((h) => (Array.isArray(h.declaration.Payload.StandardConfigurations) ? h.declaration.Payload.StandardConfigurations : [])),
  );
  const activeConfigPayloads: string[] = [];
  for (const h of held.filter((x) => x.category === 'configurations')) {
    const verdict = verdicts.get(h.declaration.Identifier)!;
    const reasons = [...verdict.reasons];
    if (!referenced.has(h.declaration.Identifier)) reasons.push({ code: 'Info.NotReferencedByActivation', details: ids(h) });
    const active = verdict.valid === 'valid' && activeConfigs.has(h.declaration.Identifier);
    if (active) activeConfigPayloads.push(JSON.stringify(h.declaration.Payload));
    states.set(h.declaration.Identifier, { identifier: h.declaration.Identifier, 'server-token': h.declaration.ServerToken, active, valid: verdict.valid, reasons });
  }
  for (const h of held.filter((x) => x.category === 'assets' || x.category === 'management')) {
    const verdict = verdicts.get(h.declaration.Identifier)!;
    const reasons = [...verdict.reasons];
    let active = verdict.valid === 'valid';
    if (h.category === 'assets') {
      // An asset is used when an active configuration refers to its identifier.
      active = active && activeConfigPayloads.some((p) => p.includes(JSON.stringify(h.declaration.Identifier)));
      if (verdict.valid === 'valid' && !active) reasons.push({ code: 'Info.NotReferencedByConfiguration', details: ids(h) });
    }
    states.set(h.declaration.Identifier, { identifier: h.declaration.Identifier, 'server-token': h.declaration.ServerToken, active, valid: verdict.valid, reasons });
  }

  const declarations: Record<Category, DeclarationState[]> = { activations: [], configurations: [], assets: [], management: [] };
  for (const h of [...held].sort((a, b) => (a.declaration.Identifier < b.declaration.Identifier ? -1 : 1))) {
    const state = states.get(h.declaration.Identifier)!;
    if (!state.reasons?.length) delete state.reasons;
    declarations[h.category].push(state);
  }
  const activeConfigurations = held.filter((h) => h.category === 'configurations' && states.get(h.declaration.Identifier)?.active);
  return {
    declarations,
    apps: managedApps(activeConfigurations),
    softwareUpdate: softwareUpdateItems(device, activeConfigurations),
  };
}

function ids(h: HeldDeclaration): Record<string, string> {
  return { Identifier: h.declaration.Identifier, ServerToken: h.declaration.ServerToken };
}

/** @property(key) values, from valid com.apple.management.properties declarations. */
function managementProperties(held: HeldDeclaration[], verdicts: Map<string, { valid: string }>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const h of held) {
    if (h.declaration.Type === 'com.apple.management.properties' && verdicts.get(h.declaration.Identifier)?.valid === 'valid') {
      Object.assign(out, h.declaration.Payload);
    }
  }
  return out;
}

export function deviceStatusValue(device: SimDeviceIdentity, item: string): unknown {
  const values: Record<string, unknown> = {
    'device.identifier.serial-number': device.serialNumber,
    'device.identifier.udid': device.enrollmentId,
    'device.model.family': device.modelFamily,
    'device.model.identifier': device.modelIdentifier,
    'device.model.marketing-name': device.marketingName,
    'device.operating-system.family': device.platform,
    'device.operating-system.version': device.osVersion,
    'device.operating-system.build-version': device.osBuild,
  };
  return values[item];
}

/** app.managed.list entries for the active app.managed configurations (the simulator "installs" instantly). */
function managedApps(active: HeldDeclaration[]): Record<string, unknown>[] {
  return active
    .filter((h) => h.declaration.Type === 'com.apple.configuration.app.managed')
    .map((h) => {
      const p = h.declaration.Payload;
      const behavior = (p.InstallBehavior ?? {}) as Record<string, unknown>;
      const identifier = typeof p.BundleID === 'string' ? p.BundleID : typeof p.AppStoreID === 'string' ? `app-store.${p.AppStoreID}` : String(p.ManifestURL ?? h.declaration.Identifier);
      return {
        identifier,
        'declaration-identifier': h.declaration.Identifier,
        name: identifier,
        state: behavior.Install === 'Required' ? 'managed' : 'optional',
      };
    })
    .sort((a, b) => (a.identifier < b.identifier ? -1 : 1));
}

/** softwareupdate.* items: an active enforcement to a newer version makes the update pending and downloading. */
function softwareUpdateItems(device: SimDeviceIdentity, active: HeldDeclaration[]): Record<string, unknown> {
  const targets = active
    .filter((h) => h.declaration.Type === 'com.apple.configuration.softwareupdate.enforcement.specific')
    .map((h) => h.declaration.Payload)
    .filter((p) => typeof p.TargetOSVersion === 'string' && compareVersions(p.TargetOSVersion, device.osVersion) > 0)
    .sort((a, b) => compareVersions(String(b.TargetOSVersion), String(a.TargetOSVersion)));
  const target = targets[0];
  return {
    'install-state': target ? 'downloading' : 'none',
    'pending-version': {
      'os-version': target ? String(target.TargetOSVersion) : '',
      'build-version': target && typeof target.TargetBuildVersion === 'string' ? target.TargetBuildVersion : '',
    },
    'failure-reason': { count: 0 },
    ...(target ? { 'install-reason': { reason: ['declaration'] } } : {}),
  };
}
