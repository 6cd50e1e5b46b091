import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostics, type SourceRef } from '../../core/diagnostics';
import { DOCUMENT_VERSION, sortResources, type DesiredDocument, type ResourceInstance } from '../../core/document';
import { CONFIG_FILE_NAME } from './kinds';
import { MAX_FILES } from './limits';
import { loadConfigFile } from './load-config-file';
import { loadResourceFile } from './load-resource-file';

export interface LoadResult {
  document?: DesiredDocument;
  diagnostics: Diagnostics;
}

export interface LoadOptions {
  /** Directories outside the configuration the operator allowed (--allow-dir) for paths its settings name. */
  allowedDirs?: string[];
}

/**
 * Reads a YAML configuration directory: applemdm.yaml (stack settings) plus every other *.yaml / *.yml file in it,
 * in name order. The document is returned whenever every file could be parsed, even if some resources were
 * reported, so validation can report everything at once; it is absent when a file could not be read at all.
 * Every file read must resolve inside the directory (see core/confined-file).
 */
export function loadYamlConfig(dir: string, options: LoadOptions = {}): LoadResult {
  const diagnostics = new Diagnostics();
  const configFile = path.join(dir, CONFIG_FILE_NAME);
  if (!exists(configFile)) {
    diagnostics.error('No configuration', `${dir} has no ${CONFIG_FILE_NAME}; it is the file that names the stack.`, [], { kind: 'none' }, 'no-config');
    return { diagnostics };
  }
  const allowedDirs = (options.allowedDirs ?? []).map((d) => path.resolve(d));
  const stack = loadConfigFile(configFile, diagnostics, allowedDirs);
  const { names: files, unreadable } = resourceFiles(dir);
  for (const name of unreadable) {
    diagnostics.error(
      'File name is not UTF-8',
      `${dir} holds a YAML file whose name is not valid UTF-8 (${JSON.stringify(name)}, invalid bytes shown as U+FFFD); rename it, or move it out of the configuration directory.`,
      [],
      { kind: 'none' },
      'file-name-encoding',
    );
  }
  if (files.length > MAX_FILES) {
    diagnostics.error('Too many files', `${dir} has ${files.length} YAML files; at most ${MAX_FILES} are read.`, [], { kind: 'none' }, 'too-many-files');
    return { diagnostics };
  }
  const declared = new Map<string, SourceRef>();
  const resources: ResourceInstance[] = [];
  let readable = unreadable.length === 0;
  for (const name of files) {
    const loaded = loadResourceFile(path.join(dir, name), diagnostics, declared, dir);
    if (loaded) resources.push(...loaded);
    else readable = false;
  }
  if (!stack || !readable) return { diagnostics };
  return {
    document: {
      version: DOCUMENT_VERSION,
      stack,
      resources: sortResources(resources),
      baseDir: path.resolve(dir),
      ...(allowedDirs.length ? { allowedDirs } : {}),
    },
    diagnostics,
  };
}

/**
 * Every *.yaml / *.yml name in the directory, whatever kind of entry it is: readYamlFile follows links and refuses
 * what is not a regular file inside the directory. Skipping such entries silently would drop their resources from
 * the plan, and a prune would then delete them from the server. Names that are not UTF-8 cannot be opened by their
 * decoded name, so they are returned apart, decoded for the diagnostic.
 */
function resourceFiles(dir: string): { names: string[]; unreadable: string[] } {
  const names: string[] = [];
  const unreadable: string[] = [];
  for (const raw of fs.readdirSync(dir, { encoding: 'buffer' })) {
    const name = raw.toString('utf8');
    if (!/\.ya?ml$/.test(name) || name === CONFIG_FILE_NAME || name.startsWith('.')) continue;
    if (Buffer.compare(Buffer.from(name, 'utf8'), raw) !== 0) unreadable.push(name);
    else names.push(name);
  }
  return { names: names.sort(), unreadable: unreadable.sort() };
}

/** Whether anything (a dangling link included, which the reader then names as such) is at `file`. */
function exists(file: string): boolean {
  try {
    fs.lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
