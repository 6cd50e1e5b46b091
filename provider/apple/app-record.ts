import type { ResourceInstance } from '../core/document';
import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { CompileContext, identifierOf } from './compile-context';
import { buildDeclaration } from './declaration';
import { toDeclarationJson } from './declaration-json';
import { isRecord } from '../core/records';

/**
 * An applemdm_app's record on the server: a com.apple.management.properties declaration named by the app's
 * identifier, whose payload carries the app's attributes under a marker key. It is never placed in a set, so no device
 * is ever sent it (devices receive only the declarations of their sets), the same trick as the apply lock's
 * declaration.
 *
 * Why it exists: DDM names an app only by its App Store ID or manifest URL, so the server alone cannot say which bundle
 * ID, licence and platforms an assignment's app has. The Terraform provider is handed only the app's id by an
 * assignment, and reads this record to compile the assignment exactly as the native engine does; import decodes apps
 * from it instead of guessing. Both paths write it, so both leave the same objects on the server.
 */
export const APP_RECORD_TYPE = 'com.apple.management.properties';
export const APP_RECORD_MARKER = 'applemdm-app';

/** The applemdm_app attributes the record carries: all of them except the computed id. */
export const APP_RECORD_ATTRIBUTES = ['adam_id', 'bundle_id', 'display_name', 'license', 'manifest_url', 'platforms'] as const;

export function compileAppRecord(ctx: CompileContext, app: ResourceInstance): Artifact {
  const identifier = identifierOf(ctx, app);
  const declaration = buildDeclaration(APP_RECORD_TYPE, identifier, appRecordPayload(app.attributes));
  return makeArtifact({
    address: app.address,
    kind: 'declaration',
    type: APP_RECORD_TYPE,
    identifier,
    fileName: artifactFileName('declaration', identifier),
    content: declaration,
    bytes: toDeclarationJson(declaration),
  });
}

/** The attributes exactly as configured (absent ones stay absent), so decoding gives back what was written. */
export function appRecordPayload(attributes: Record<string, unknown>): Record<string, unknown> {
  const app: Record<string, unknown> = {};
  for (const key of APP_RECORD_ATTRIBUTES) if (attributes[key] !== undefined) app[key] = attributes[key];
  return { [APP_RECORD_MARKER]: app };
}

/** True for an app record, whatever its stack: it is bookkeeping for applemdm, never delivered to a device. */
export function isAppRecord(d: { Type: string; Payload: Record<string, unknown> }): boolean {
  return d.Type === APP_RECORD_TYPE && isRecord(d.Payload) && isRecord(d.Payload[APP_RECORD_MARKER]);
}
