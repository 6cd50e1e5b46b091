import * as path from 'node:path';
import { Diagnostics } from '../../core/diagnostics';
import type { DesiredDocument } from '../../core/document';
import { CDKTF_PROJECT_FILE, readSynthesizedStack } from './read-synth';
import { removeAppOutput, runCdktfApp, type RunAppOptions } from './run-app';

export interface CdktfAppResult {
  /** One document per synthesized stack that uses applemdm, in manifest order. */
  documents: { stack: string; document: DesiredDocument }[];
  diagnostics: Diagnostics;
}

/**
 * Reads a CDKTF project directory: runs its app, then reads every synthesized stack. Stacks that neither configure
 * the applemdm provider nor declare applemdm resources are skipped (a project may also hold other infrastructure).
 * Relative paths in stack settings resolve against the project directory and must stay inside it.
 */
export interface ReadAppOptions extends RunAppOptions {
  /** Directories outside the project the operator allowed (--allow-dir) for paths the stack settings name. */
  allowedDirs?: string[];
}

export async function readCdktfApp(dir: string, options: ReadAppOptions = {}): Promise<CdktfAppResult> {
  const run = await runCdktfApp(dir, options);
  const diagnostics = new Diagnostics().append(run.diagnostics);
  const documents: CdktfAppResult['documents'] = [];
  try {
    for (const stack of run.stacks) {
      // The stack file must stay inside the app's output directory; the paths its settings name, inside the project.
      const read = readSynthesizedStack(stack.file, { baseDir: path.resolve(dir), ...(run.outdir ? { fileRoot: run.outdir } : {}), ...(options.allowedDirs ? { allowedDirs: options.allowedDirs } : {}) });
      // The file lives in a temporary directory that is gone after this call; name it by stack instead.
      diagnostics.append([...read.diagnostics].map((d) => (d.source.kind === 'file' && d.source.file === stack.file ? { ...d, source: { ...d.source, file: `${CDKTF_PROJECT_FILE} stack ${stack.name}` } } : d)));
      if (read.document) documents.push({ stack: stack.name, document: read.document });
    }
  } finally {
    removeAppOutput(run);
  }
  return { documents, diagnostics };
}

/**
 * The single desired-state document of a CDKTF project, for commands that take one configuration. A project whose
 * app synthesizes several applemdm stacks is reported: pass one stack's cdk.tf.json instead.
 */
export async function loadCdktfApp(dir: string, options: ReadAppOptions = {}): Promise<{ document?: DesiredDocument; diagnostics: Diagnostics }> {
  const { documents, diagnostics } = await readCdktfApp(dir, options);
  if (diagnostics.hasError() && documents.length === 0) return { diagnostics };
  if (documents.length === 1) return { document: documents[0].document, diagnostics };
  const source = { kind: 'file' as const, file: path.join(dir, CDKTF_PROJECT_FILE), line: 1, col: 1 };
  if (documents.length === 0) {
    diagnostics.error('No applemdm stack', `The app in ${dir} synthesized no stack that uses the applemdm provider.`, [], source, 'no-stack');
  } else {
    diagnostics.error(
      'Several applemdm stacks',
      `The app synthesizes ${documents.length} stacks that use applemdm (${documents.map((d) => d.stack).join(', ')}); pass one of them as cdktf.out/stacks/<name>/cdk.tf.json after running cdktf synth.`,
      [],
      source,
      'several-stacks',
    );
  }
  return { diagnostics };
}
