import * as fs from 'node:fs';
import * as path from 'node:path';
import { Diagnostics } from '../core/diagnostics';
import { CDKTF_PROJECT_FILE, loadCdktfApp, loadSynthesizedStack } from './cdktf';
import { CONFIG_FILE_NAME } from './yaml/kinds';
import { loadYamlConfig, type LoadOptions, type LoadResult } from './yaml/load-yaml-config';

export type { LoadOptions, LoadResult } from './yaml/load-yaml-config';

/**
 * Reads a configuration from whatever PATH names and returns the desired-state document: a directory with
 * applemdm.yaml (YAML), a directory with cdktf.json (its app is run and the synthesized stack read), or a
 * synthesized *.tf.json file. Each front end adds its branch here, so the CLI has one entry point. Every file a
 * configuration names must resolve inside its directory or one of options.allowedDirs (--allow-dir).
 */
export async function loadConfiguration(target: string, options: LoadOptions = {}): Promise<LoadResult> {
  const allowedDirs = (options.allowedDirs ?? []).map((d) => path.resolve(d));
  const allow = allowedDirs.length ? { allowedDirs } : {};
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return fail('Configuration not found', `${target} does not exist.`, 'not-found');
  }
  if (stat.isDirectory()) {
    const yaml = fs.existsSync(path.join(target, CONFIG_FILE_NAME));
    const cdktf = fs.existsSync(path.join(target, CDKTF_PROJECT_FILE));
    if (yaml && cdktf) {
      return fail(
        'Ambiguous configuration',
        `${target} holds both ${CONFIG_FILE_NAME} and ${CDKTF_PROJECT_FILE}; a CDKTF stack takes its settings from the applemdm provider block, so keep the two configurations in separate directories.`,
        'ambiguous-config',
      );
    }
    if (yaml) return loadYamlConfig(target, allow);
    if (cdktf) return loadCdktfApp(target, allow);
    return fail('No configuration found', `${target} has no ${CONFIG_FILE_NAME} or ${CDKTF_PROJECT_FILE}.`, 'no-config');
  }
  if (target.endsWith('.tf.json')) return loadSynthesizedStack(target, allow);
  return fail(
    'Unsupported configuration',
    `${target} is a file; pass the directory that holds ${CONFIG_FILE_NAME} or ${CDKTF_PROJECT_FILE}, or a synthesized cdk.tf.json.`,
    'unsupported-input',
  );
}

function fail(summary: string, detail: string, code: string): LoadResult {
  return { diagnostics: new Diagnostics().error(summary, detail, [], { kind: 'none' }, code) };
}
