import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap } from 'yaml';
import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import { PLATFORMS, type Platform, type StackSettings } from '../../core/document';
import { ajvErrorsToDiagnostics } from '../../resources/ajv-diagnostics';
import { findHostileValues } from '../../resources/hostile-values';
import { configSchema, configValidator } from './config-schema';
import { newBudget, convertNode } from './node-to-value';
import { readYamlFile } from './read-yaml-file';
import { fileStart, sourceAt } from './source-ref';
import { nearestSource } from '../../resources/source-lookup';

interface ConfigFile {
  stack: string;
  identifier_prefix: string;
  targets: Partial<Record<Platform, string>>;
  server?: string;
  catalog?: string;
  external_uuids?: string[];
  assets?: { base_url?: string; dir?: string };
  prune?: boolean;
}

/** Reads applemdm.yaml into stack settings; undefined (with diagnostics) when it is missing or invalid. */
export function loadConfigFile(file: string, diags: Diagnostics): StackSettings | undefined {
  const parsed = readYamlFile(file, diags);
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
  const config = value as ConfigFile;
  if (config.catalog !== undefined && !fs.existsSync(path.resolve(path.dirname(file), config.catalog))) {
    diags.error('Catalog not found', `catalog names ${config.catalog}, which does not exist next to ${path.basename(file)}.`, ['catalog'], sourceOf('/catalog'), 'catalog-missing');
    return undefined;
  }
  const targets: Partial<Record<Platform, string>> = {};
  for (const p of PLATFORMS) if (config.targets[p] !== undefined) targets[p] = config.targets[p];
  return {
    name: config.stack,
    identifierPrefix: config.identifier_prefix,
    targets,
    ...(config.server !== undefined ? { server: config.server } : {}),
    ...(config.catalog !== undefined ? { catalog: config.catalog } : {}),
    externalUuids: (config.external_uuids ?? []).map((u) => u.toUpperCase()),
    ...(config.assets ? { assets: { ...(config.assets.base_url ? { baseUrl: config.assets.base_url } : {}), ...(config.assets.dir ? { dir: config.assets.dir } : {}) } } : {}),
    ...(config.prune !== undefined ? { prune: config.prune } : {}),
  };
}
