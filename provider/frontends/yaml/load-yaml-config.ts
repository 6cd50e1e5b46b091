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

/**
 * Reads a YAML configuration directory: applemdm.yaml (stack settings) plus every other *.yaml / *.yml file in it,
 * in name order. The document is returned whenever every file could be parsed, even if some resources were
 * reported, so validation can report everything at once; it is absent when a file could not be read at all.
 */
export function loadYamlConfig(dir: string): LoadResult {
  const diagnostics = new Diagnostics();
  const configFile = path.join(dir, CONFIG_FILE_NAME);
  if (!fs.existsSync(configFile)) {
    diagnostics.error('No configuration', `${dir} has no ${CONFIG_FILE_NAME}; it is the file that names the stack.`, [], { kind: 'none' }, 'no-config');
    return { diagnostics };
  }
  const stack = loadConfigFile(configFile, diagnostics);
  const files = resourceFiles(dir);
  if (files.length > MAX_FILES) {
    diagnostics.error('Too many files', `${dir} has ${files.length} YAML files; at most ${MAX_FILES} are read.`, [], { kind: 'none' }, 'too-many-files');
    return { diagnostics };
  }
  const declared = new Map<string, SourceRef>();
  const resources: ResourceInstance[] = [];
  let readable = true;
  for (const name of files) {
    const loaded = loadResourceFile(path.join(dir, name), diagnostics, declared);
    if (loaded) resources.push(...loaded);
    else readable = false;
  }
  if (!stack || !readable) return { diagnostics };
  return {
    document: { version: DOCUMENT_VERSION, stack, resources: sortResources(resources), baseDir: path.resolve(dir) },
    diagnostics,
  };
}

/**
 * Every *.yaml / *.yml name in the directory, whatever kind of entry it is: readYamlFile follows links and refuses
 * what is not a regular file. Skipping such entries silently would drop their resources from the plan, and a prune
 * would then delete them from the server.
 */
function resourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name) && name !== CONFIG_FILE_NAME && !name.startsWith('.'))
    .sort();
}
