import { canonicalJson } from '../core/canonical-json';
import { deterministicUuid } from '../core/identity';
import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { ATTRIBUTE_KEYS, AssignmentInputs } from './app-assignment-inputs';
import { appConfiguration } from './app-configuration';
import { CompileContext, sourceOf } from './compile-context';
import { plainValue, toPlistXml } from './plist-xml';
import { sha256Hex } from '../core/sha256';

export const INSTALL_APPLICATION = 'InstallApplication';

/** ManagementFlags bits (apple-mdm.md §4.3): 1 = remove the app when MDM is removed, 4 = keep its data out of backups. */
export const REMOVE_ON_UNENROLL_FLAG = 1;
export const PREVENT_BACKUP_FLAG = 4;

/** 0, 1, 4 or 5. Apple's rangelist is [1, 4, 5], so 0 means "omit the key". */
export function managementFlags(settings: { remove_on_unenroll?: boolean; prevent_backup?: boolean }): number {
  return (settings.remove_on_unenroll ? REMOVE_ON_UNENROLL_FLAG : 0) | (settings.prevent_backup ? PREVENT_BACKUP_FLAG : 0);
}

/** 1 = Apps and Books (VPP) licence assignment, 0 = free app (apple-mdm.md §4.3 Options.PurchaseMethod). */
export function purchaseMethod(license: AssignmentInputs['license']): 0 | 1 {
  return license === 'user' || license === 'device' ? 1 : 0;
}

/**
 * The app's identity in the command: exactly one of iTunesStoreID (App Store ID, integer), ManifestURL (in-house app)
 * or Identifier (bundle ID), in that order of preference (the App Store ID is what licence assignment keys on).
 */
export function installIdentity(inputs: Pick<AssignmentInputs, 'adamId' | 'manifestUrl' | 'bundleId'>): Record<string, unknown> {
  if (inputs.adamId) return { iTunesStoreID: Number.parseInt(inputs.adamId, 10) };
  if (inputs.manifestUrl) return { ManifestURL: inputs.manifestUrl };
  return { Identifier: inputs.bundleId };
}

/** The InstallApplication request keys (the `Command` dictionary) for an assignment. */
export function installApplicationCommand(inputs: AssignmentInputs): Record<string, unknown> {
  const s = inputs.settings;
  const attributes: Record<string, unknown> = {};
  for (const [setting, key] of ATTRIBUTE_KEYS) if (s[setting] !== undefined) attributes[key] = s[setting];
  const flags = managementFlags(s);
  const configuration = appConfiguration(inputs);
  const isStoreApp = !inputs.manifestUrl || !!inputs.adamId;
  return {
    RequestType: INSTALL_APPLICATION,
    ...installIdentity(inputs),
    ...(flags ? { ManagementFlags: flags } : {}),
    ...(isStoreApp ? { Options: { PurchaseMethod: purchaseMethod(inputs.license) } } : {}),
    ...(Object.keys(attributes).length ? { Attributes: attributes } : {}),
    ...(configuration.value !== undefined ? { Configuration: configuration.value } : {}),
    // Take over a copy the user installed, so the settings above apply to it.
    ChangeManagementState: 'Managed',
    // macOS makes a reinstalled app unmanaged unless this is set; iOS does not know the key, so send it only to Macs.
    ...(inputs.platforms.includes('macOS') ? { InstallAsManaged: true } : {}),
  };
}

/**
 * InstallApplication command plist for an assignment. CommandUUID is UUIDv5 over the identifier and the command's
 * content: the same command always has the same UUID (re-enqueueing is idempotent), a changed one gets a new UUID.
 * Per-platform support and OS floors of the settings are validation's job (provider/resources/app-assignment.ts
 * checks them against this command's schema), so they are not repeated here.
 */
export function compileInstallApplication(ctx: CompileContext, inputs: AssignmentInputs, identifier: string): Artifact {
  const command = installApplicationCommand(inputs);
  if (inputs.intent === 'available') {
    ctx.diagnostics.add({
      severity: 'info',
      summary: 'Available apps are installed on request',
      detail: `${inputs.assignment.address} has intent available; the MDM command channel has no "offer" state, so the compiled InstallApplication installs the app when it is sent (self-service). DDM expresses "available" directly (app.managed InstallBehavior.Install = Optional).`,
      path: [inputs.assignment.address, 'intent'],
      source: sourceOf(inputs.assignment, '/intent'),
      code: 'command-capability',
    });
  }
  const uuid = deterministicUuid(`${identifier}#command#${sha256Hex(canonicalJson(plainValue(command)))}`);
  const plist = { CommandUUID: uuid, Command: command };
  const secrets = appConfiguration(inputs).sensitivePaths.map((p) => `/Command/Configuration${p}`);
  return makeArtifact({
    ...(secrets.length ? { sensitivePaths: secrets } : {}),
    address: inputs.assignment.address,
    kind: 'command',
    type: INSTALL_APPLICATION,
    identifier,
    fileName: artifactFileName('command', identifier),
    content: plainValue(plist),
    bytes: toPlistXml(plist),
  });
}
