import * as path from 'node:path';

/** Where Apple's YAML lives: $APPLE_SCHEMA_DIR, else the shared checkout next to the repository. */
export function appleSchemaSourceDir(repoRoot: string): string {
  return process.env.APPLE_SCHEMA_DIR ? path.resolve(process.env.APPLE_SCHEMA_DIR) : path.resolve(repoRoot, '..', 'shared', 'apple-device-management');
}

export function appleOverlayDir(repoRoot: string): string {
  return path.join(repoRoot, 'schemas', 'apple-overlays');
}
