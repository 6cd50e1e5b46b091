import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostics } from '../core/diagnostics';
import { CONFIG_FILE_NAME } from './yaml/kinds';
import { loadYamlConfig, type LoadResult } from './yaml/load-yaml-config';

export type { LoadResult } from './yaml/load-yaml-config';

/**
 * Reads a configuration from whatever PATH names and returns the desired-state document. Today: a directory with
 * applemdm.yaml. Each front end adds its branch here (cdk.tf.json file, directory with cdktf.json), so the CLI has
 * one entry point.
 */
export async function loadConfiguration(target: string): Promise<LoadResult> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return fail('Configuration not found', `${target} does not exist.`, 'not-found');
  }
  if (stat.isDirectory() && fs.existsSync(path.join(target, CONFIG_FILE_NAME))) return loadYamlConfig(target);
  if (stat.isDirectory()) {
    return fail('No configuration found', `${target} has no ${CONFIG_FILE_NAME}.`, 'no-config');
  }
  return fail('Unsupported configuration', `${target} is a file; pass the directory that holds ${CONFIG_FILE_NAME}.`, 'unsupported-input');
}

function fail(summary: string, detail: string, code: string): LoadResult {
  return { diagnostics: new Diagnostics().error(summary, detail, [], { kind: 'none' }, code) };
}
