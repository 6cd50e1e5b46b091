import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DesiredDocument } from '../../../provider/core/document';
import { loadConfiguration } from '../../../provider/frontends/load-config';
import { FIXTURE } from './tenant';

/** A temp copy of examples/intune, with files replaced or edited; removed by cleanup(). */
export function fixtureCopy(edits: Record<string, string | ((text: string) => string)> = {}): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-intune-fixture-'));
  for (const name of fs.readdirSync(FIXTURE)) {
    // The example keeps its catalog beside applemdm.yaml, so the copy is whole: no path reaches back out of it.
    fs.copyFileSync(path.join(FIXTURE, name), path.join(dir, name));
  }
  for (const [name, edit] of Object.entries(edits)) {
    const file = path.join(dir, name);
    const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    fs.writeFileSync(file, typeof edit === 'string' ? edit : edit(before));
  }
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export async function loadDocument(dir: string): Promise<DesiredDocument> {
  const { document, diagnostics } = await loadConfiguration(dir);
  if (!document) throw new Error(`fixture does not load: ${[...diagnostics].map((d) => d.detail).join('; ')}`);
  return document;
}
