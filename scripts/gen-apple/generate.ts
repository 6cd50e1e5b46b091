import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalJson } from '../../provider/core/canonical-json';
import type { AppleSchemaIndex } from '../../provider/apple/schema/types';
import { AppleSchemaBuilder, type AppleRelease } from './build-items';
import { COVERED_ITEMS, schemaFileName } from './covered-items';
import { applyOverlays, readOverlays } from './overlay';

export interface GenerateOptions {
  /** Apple's device-management repository checkout (holds SNAPSHOT.txt, mdm/, declarative/). */
  appleDir: string;
  outDir: string;
  overlayDir: string;
}

/** SNAPSHOT.txt: "<commit> <release tag> <date> <time> <zone>". */
export function readRelease(appleDir: string): AppleRelease {
  const file = path.join(appleDir, 'SNAPSHOT.txt');
  const [commit, release] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
  if (!commit || !release) throw new Error(`${file}: expected "<commit> <release> ..."`);
  return { commit, release };
}

/** Deterministic file text: sorted keys, 2-space indent, trailing newline. */
export function stableJson(value: unknown): string {
  return `${canonicalJson(value, 2)}\n`;
}

/** Writes one schema per covered item plus index.json into outDir; stale generated files there are removed. */
export function generateAppleSchemas(options: GenerateOptions): string[] {
  const release = readRelease(options.appleDir);
  const overlays = readOverlays(options.overlayDir);
  const builder = new AppleSchemaBuilder(options.appleDir, release);
  const outputs = new Map<string, string>();
  const index: AppleSchemaIndex = { release: release.release, commit: release.commit, overlays: overlays.map((o) => o.label), schemas: [] };
  for (const item of COVERED_ITEMS) {
    const schema = builder.build(item);
    applyOverlays(schema, overlays);
    const file = schemaFileName(item);
    outputs.set(file, stableJson(schema));
    index.schemas.push({ name: item.name, kind: item.kind, file, source: item.source, release: release.release });
  }
  outputs.set('index.json', stableJson(index));

  fs.mkdirSync(options.outDir, { recursive: true });
  for (const existing of fs.readdirSync(options.outDir)) {
    if ((existing.endsWith('.schema.json') || existing === 'index.json') && !outputs.has(existing)) {
      fs.rmSync(path.join(options.outDir, existing));
    }
  }
  for (const [file, text] of outputs) fs.writeFileSync(path.join(options.outDir, file), text);
  return [...outputs.keys()].sort();
}
