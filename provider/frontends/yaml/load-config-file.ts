import * as path from 'node:path';
import { isMap } from 'yaml';
import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import type { StackSettings } from '../../core/document';
import { checkStackPaths } from '../stack-paths';
import { stackSettingsFromConfig, type StackConfig } from '../stack-settings';
import { ajvErrorsToDiagnostics } from '../../resources/ajv-diagnostics';
import { findHostileValues } from '../../resources/hostile-values';
import { configSchema, configValidator } from './config-schema';
import { newBudget, convertNode } from './node-to-value';
import { readYamlFile } from './read-yaml-file';
import { fileStart, sourceAt } from './source-ref';
import { nearestSource } from '../../resources/source-lookup';


/**
 * Reads applemdm.yaml into stack settings; undefined (with diagnostics) when it is missing or invalid. The paths it
 * names must resolve inside its directory or one of `allowedDirs` (see stack-paths).
 */
export function loadConfigFile(file: string, diags: Diagnostics, allowedDirs: readonly string[] = []): StackSettings | undefined {
  const root = path.dirname(file);
  const parsed = readYamlFile(file, diags, { root, what: 'configuration file' });
  if (!parsed) return undefined;
  const { doc, lines } = parsed;
  if (!isMap(doc.contents)) {
    diags.error(
      'Invalid configuration file',
      `${path.basename(file)} must be a mapping with at least stack, identifier_prefix and targets.`,
      [],
      doc.contents ? sourceAt(file, lines, doc.contents.range?.[0]) : fileStart(file),
      'config-shape',
    );
    return undefined;
  }
  const sources: Record<string, SourceRef> = { '': sourceAt(file, lines, doc.contents.range?.[0]) };
  const before = diags.length;
  const budget = newBudget();
  const value = convertNode(doc.contents, configSchema(), '', 0, { file, doc, lines, diags, path: [], sources, root: configSchema(), budget });
  if (budget.reported) return undefined;
  const sourceOf = (pointer: string): SourceRef => nearestSource(sources, pointer);
  const validate = configValidator();
  if (!validate(value)) diags.append(ajvErrorsToDiagnostics(validate.errors, { path: [], sourceOf }));
  for (const f of findHostileValues(value)) {
    diags.error('Control character in text', `The value contains the invisible character ${f.what}; remove it.`, f.pointer.slice(1).split('/'), sourceOf(f.pointer), 'control-character');
  }
  if (diags.length > before && [...diags].slice(before).some((d) => d.severity === 'error')) return undefined;
  const config = value as StackConfig;
  if (!checkStackPaths(config, { root, allowedDirs }, { path: [], sourceOf: (key) => sourceOf(key === 'assets' ? '/assets/dir' : '/catalog') }, diags)) return undefined;
  return stackSettingsFromConfig(config);
}
