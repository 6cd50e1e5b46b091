import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConfinedFile } from '../../core/confined-file';
import { decodeUtf8 } from '../../core/decode-utf8';
import { parseJson } from '../../core/json-syntax';
import { Diagnostics, type SourceRef } from '../../core/diagnostics';
import { DOCUMENT_VERSION, addressOf, sortResources, type DesiredDocument, type ResourceInstance, type StackSettings } from '../../core/document';
import { closest } from '../../resources/ajv-diagnostics';
import { isResourceType, resourceTypes } from '../../resources/kinds/registry';
import { loadResourceSchema } from '../../resources/schema-registry';
import { jsonKeySource } from './json-position';
import { stackSettingsFromProvider } from './provider-settings';
import { fromTerraformValue } from './terraform-values';
import { isRecord } from '../../core/records';
import { readVariables, type TerraformVariableDecl } from './variables';

/** Synthesized stacks are bigger than YAML (every block spelled out), but a policy stack stays far below this. */
export const MAX_SYNTH_FILE_BYTES = 20 * 1024 * 1024;
/** The directory of a CDKTF project: relative paths in the stack settings are resolved against it. */
export const CDKTF_PROJECT_FILE = 'cdktf.json';

const PROVIDER = 'applemdm';
const TYPE_PREFIX = 'applemdm_';
/** Resource meta-arguments that do not change what applemdm manages. */
const IGNORED_META = new Set(['depends_on', 'lifecycle', 'provider', 'provisioner', 'connection']);
/** Meta-arguments that would make one block stand for several resources, which applemdm cannot expand. */
const EXPANDING_META = new Set(['count', 'for_each']);
/**
 * The Terraform-only `name` attribute (Terraform does not tell the provider a resource's name, so the CDKTF constructs
 * write it): here the key is the name, so it must equal the key and is not an attribute of the document.
 */
const NAME_ATTRIBUTE = 'name';

export interface ReadSynthOptions {
  /** Base for relative paths (catalog). Default: the nearest ancestor directory holding cdktf.json, else the file's. */
  baseDir?: string;
  /** Directories outside baseDir the operator allowed (--allow-dir) for the paths the stack settings name. */
  allowedDirs?: string[];
  /**
   * Where the file itself must resolve, links followed: the app's output directory for a stack the app wrote
   * (its manifest comes from the app). Default: baseDir.
   */
  fileRoot?: string;
}

export interface SynthReadResult {
  /** Present when the file parsed and its stack settings are valid; resource problems are in diagnostics. */
  document?: DesiredDocument;
  diagnostics: Diagnostics;
  /** The CDKTF stack name from the file's metadata, when it has one. */
  stackName?: string;
  /** Whether the file configures the applemdm provider or declares any applemdm_* resource. */
  usesApplemdm: boolean;
}

/**
 * Reads a synthesized Terraform JSON stack (cdktf.out/stacks/<name>/cdk.tf.json, or any *.tf.json): every
 * `applemdm_*` resource becomes a resource instance named by its Terraform name, with the construct path as its
 * source; the stack settings come from the `provider.applemdm` block. Other providers, resources, data sources,
 * outputs and variables are skipped with one info note.
 */
export function readSynthesizedStack(file: string, options: ReadSynthOptions = {}): SynthReadResult {
  const diagnostics = new Diagnostics();
  const baseDir = options.baseDir ?? projectDir(file);
  const root = options.fileRoot ?? baseDir;
  const read = readConfinedFile(root, path.relative(root, file), { what: 'synthesized stack', maxBytes: MAX_SYNTH_FILE_BYTES, operatorMayAllow: false });
  if (!read.ok) {
    diagnostics.add(read.diagnostic);
    return { diagnostics, usesApplemdm: false };
  }
  const text = decodeUtf8(read.bytes, file, diagnostics);
  if (text === undefined) return { diagnostics, usesApplemdm: false };
  return parseSynthesizedStack(text, file, baseDir, diagnostics, options.allowedDirs);
}

/** A synthesized stack as one configuration: a file that does not use applemdm at all is an error here. */
export function loadSynthesizedStack(file: string, options: ReadSynthOptions = {}): { document?: DesiredDocument; diagnostics: Diagnostics } {
  const read = readSynthesizedStack(file, options);
  if (!read.usesApplemdm && !read.diagnostics.hasError()) {
    read.diagnostics.error(
      'No applemdm configuration',
      `${file} neither configures the applemdm provider nor declares applemdm_* resources.`,
      [],
      { kind: 'file', file, line: 1, col: 1 },
      'no-stack',
    );
  }
  return { ...(read.document ? { document: read.document } : {}), diagnostics: read.diagnostics };
}

/** The same as readSynthesizedStack for a text already in memory; `file` is used in diagnostics. */
export function parseSynthesizedStack(text: string, file: string, baseDir: string, diagnostics = new Diagnostics(), allowedDirs: string[] = []): SynthReadResult {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // By position only: JSON.parse's message quotes the text.
    diagnostics.error('Invalid JSON', `${path.basename(file)} is not valid JSON: ${parsed.problem}.`, [], { kind: 'file', file, line: parsed.line, col: parsed.col }, 'syntax');
    return { diagnostics, usesApplemdm: false };
  }
  const root = parsed.value;
  if (!isRecord(root)) {
    diagnostics.error('Invalid Terraform JSON', `${path.basename(file)} must hold a JSON object with provider and resource sections.`, [], { kind: 'file', file, line: 1, col: 1 }, 'file-shape');
    return { diagnostics, usesApplemdm: false };
  }
  const stackName = metadataOf(root).stackName;
  const ignored: string[] = [];
  const providerBlocks = applemdmProviderBlocks(root, ignored);
  const variables = readVariables(root.variable, diagnostics, jsonKeySource(text, file, ['variable']));
  const resources = readResources(root, text, file, diagnostics, ignored, variables);
  for (const key of Object.keys(root)) {
    if (!['//', 'terraform', 'provider', 'resource', 'variable'].includes(key)) ignored.push(key);
  }
  const usesApplemdm = providerBlocks.length > 0 || resources.length > 0;
  if (ignored.length) {
    diagnostics.add({
      severity: 'info',
      summary: 'Not applemdm configuration',
      detail: `${path.basename(file)}${stackName ? ` (stack ${stackName})` : ''} also declares ${ignored.join(', ')}; applemdm reads only the applemdm provider and applemdm_* resources and skips the rest.`,
      path: [],
      source: { kind: 'file', file, line: 1, col: 1 },
      code: 'ignored',
    });
  }
  if (!usesApplemdm) return { diagnostics, stackName, usesApplemdm };
  const providerSource = jsonKeySource(text, file, ['provider', PROVIDER]);
  if (providerBlocks.length !== 1) {
    diagnostics.error(
      providerBlocks.length ? 'Several applemdm provider configurations' : 'Missing applemdm provider configuration',
      providerBlocks.length
        ? `The stack configures the applemdm provider ${providerBlocks.length} times without alias; one stack has one set of stack settings.`
        : 'The stack declares applemdm resources but no applemdm provider (new ApplemdmProvider(this, "applemdm", {stack, identifierPrefix, targets})); its settings name the stack.',
      ['provider', PROVIDER],
      providerSource,
      'provider-config',
    );
    return { diagnostics, stackName, usesApplemdm };
  }
  const stack: StackSettings | undefined = stackSettingsFromProvider(providerBlocks[0], baseDir, providerSource, diagnostics, allowedDirs);
  if (!stack) return { diagnostics, stackName, usesApplemdm };
  return {
    document: { version: DOCUMENT_VERSION, stack, resources: sortResources(resources), baseDir: path.resolve(baseDir), ...(allowedDirs.length ? { allowedDirs } : {}) },
    diagnostics,
    stackName,
    usesApplemdm,
  };
}

/** Non-aliased `provider.applemdm` configurations (Terraform JSON allows one object or a list of them). */
function applemdmProviderBlocks(root: Record<string, unknown>, ignored: string[]): Record<string, unknown>[] {
  const providers = root.provider;
  if (!isRecord(providers)) return [];
  for (const name of Object.keys(providers)) if (name !== PROVIDER) ignored.push(`provider.${name}`);
  const value = providers[PROVIDER];
  const blocks = (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(isRecord);
  const aliased = blocks.filter((b) => b.alias !== undefined);
  if (aliased.length) ignored.push(`${aliased.length} aliased applemdm provider configuration(s)`);
  return blocks.filter((b) => b.alias === undefined);
}

function readResources(
  root: Record<string, unknown>,
  text: string,
  file: string,
  diags: Diagnostics,
  ignored: string[],
  variables: Map<string, TerraformVariableDecl>,
): ResourceInstance[] {
  const section = root.resource;
  if (!isRecord(section)) return [];
  const out: ResourceInstance[] = [];
  for (const [type, byName] of Object.entries(section)) {
    if (!type.startsWith(TYPE_PREFIX)) {
      ignored.push(`resource ${type}${isRecord(byName) ? ` (${Object.keys(byName).length})` : ''}`);
      continue;
    }
    if (!isResourceType(type)) {
      const guess = closest(type, resourceTypes());
      diags.error('Unknown resource type', `${type} is not an applemdm resource type.${guess ? ` Did you mean ${guess}?` : ''}`, [type], jsonKeySource(text, file, ['resource', type]), 'unknown-type');
      continue;
    }
    if (!isRecord(byName)) continue;
    const schema = loadResourceSchema(type);
    for (const [name, body] of Object.entries(byName)) {
      const address = addressOf(type, name);
      const constructPath = isRecord(body) ? metadataOf(body).path : undefined;
      const source: SourceRef = constructPath ? { kind: 'construct', path: constructPath } : jsonKeySource(text, file, ['resource', type, name]);
      if (!isRecord(body)) {
        diags.error('Invalid resource', `${address} must be a JSON object of attributes.`, [address], source, 'resource-shape');
        continue;
      }
      const entries: [string, unknown][] = [];
      const sensitive: string[] = [];
      for (const [key, value] of Object.entries(body)) {
        if (key === '//' || IGNORED_META.has(key)) continue;
        if (key === NAME_ATTRIBUTE) {
          if (value !== name && value !== null) {
            diags.error(
              'Name differs from the resource name',
              `${address} sets name ${JSON.stringify(value)}, but its name in the file is "${name}"; applemdm derives its identifiers from the name, so the two must be the same (or leave name out).`,
              [address, key],
              source,
              'name-mismatch',
            );
          }
          continue;
        }
        if (EXPANDING_META.has(key)) {
          diags.error('Unsupported meta-argument', `${address} uses ${key}; applemdm reads each resource on its own, so declare one construct per resource (a loop in TypeScript does this).`, [address, key], source, 'unsupported-meta');
          continue;
        }
        const node = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
        const converted = fromTerraformValue(value, node, { diags, path: [address, key], source, secrets: { variables, sensitive } });
        if (converted !== undefined) entries.push([key, converted]);
      }
      out.push({ type, name, address, attributes: Object.fromEntries(entries), source, ...(sensitive.length ? { sensitive: sensitive.sort() } : {}) });
    }
  }
  return out;
}

function metadataOf(value: Record<string, unknown>): { path?: string; stackName?: string } {
  const meta = isRecord(value['//']) ? value['//'].metadata : undefined;
  if (!isRecord(meta)) return {};
  return {
    ...(typeof meta.path === 'string' ? { path: meta.path } : {}),
    ...(typeof meta.stackName === 'string' ? { stackName: meta.stackName } : {}),
  };
}

/**
 * The CDKTF project a synthesized file belongs to (cdktf.out/stacks/<name>/cdk.tf.json lives three levels down): relative
 * paths in its stack settings resolve there. The Terraform provider, running in the stack's directory, uses the same
 * rule, so both ways of applying a synthesized stack read the same files.
 */
export function projectDir(file: string): string {
  let dir = path.dirname(path.resolve(file));
  for (let i = 0; i < 4; i++) {
    if (fs.existsSync(path.join(dir, CDKTF_PROJECT_FILE))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.dirname(path.resolve(file));
}

