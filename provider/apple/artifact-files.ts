import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Artifact } from './artifact';

/**
 * Compiled artifacts on disk: one file per artifact under its stable fileName, plus manifest.json listing every file
 * with its SHA-256. A later compile into the same directory removes the files the previous manifest listed and the
 * new one does not (a deleted resource leaves no stale artifact), and never touches anything else.
 */
export const MANIFEST_FILE = 'manifest.json';

export interface ManifestEntry {
  address: string;
  kind: Artifact['kind'];
  type: string;
  identifier: string;
  file: string;
  sha256: string;
}

export function artifactManifest(artifacts: Artifact[]): ManifestEntry[] {
  return artifacts
    .map((a) => ({ address: a.address, kind: a.kind, type: a.type, identifier: a.identifier, file: a.fileName, sha256: a.sha256 }))
    .sort((x, y) => (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
}

export function manifestBytes(artifacts: Artifact[]): Buffer {
  return Buffer.from(`${JSON.stringify(artifactManifest(artifacts), null, 2)}\n`, 'utf8');
}

/** Writes the artifacts and manifest.json under dir; returns the relative paths written. */
export function writeArtifacts(dir: string, artifacts: Artifact[]): string[] {
  const previous = readManifest(dir);
  const written: string[] = [];
  for (const a of artifacts) {
    const file = path.join(dir, a.fileName);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(file, a.bytes);
    written.push(a.fileName);
  }
  const current = new Set(written);
  for (const old of previous) {
    // Only files applemdm wrote itself, and only inside dir.
    const file = path.resolve(dir, old);
    if (!current.has(old) && file.startsWith(path.resolve(dir) + path.sep) && fs.existsSync(file)) fs.rmSync(file);
  }
  writeFileAtomic(path.join(dir, MANIFEST_FILE), manifestBytes(artifacts));
  return [...written, MANIFEST_FILE];
}

function readManifest(dir: string): string[] {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as unknown;
    return Array.isArray(parsed) ? parsed.map((e) => (e as { file?: unknown })?.file).filter((f): f is string => typeof f === 'string') : [];
  } catch {
    return [];
  }
}

function writeFileAtomic(file: string, bytes: Buffer): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, file);
}
