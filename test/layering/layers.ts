import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The layers of provider/ (DESIGN.md "Layout and layering"), as an allow-list: a folder may import its own files and
 * those of the layers listed. A file belongs to the longest folder prefix listed. `cli → targets → engine →
 * resources/apple → backends → core`: front ends produce a document, backends never import the engine, the engine
 * never imports a server-specific backend, and only a target's folder knows its server.
 */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
  core: [],
  apple: ['core'],
  resources: ['core', 'apple', 'backends'],
  frontends: ['core', 'resources', 'frontends/yaml', 'frontends/cdktf'],
  'frontends/yaml': ['core', 'resources', 'frontends'],
  'frontends/cdktf': ['core', 'resources', 'frontends', 'frontends/yaml'],
  backends: ['core'],
  'backends/http': ['core', 'backends'],
  'backends/kmfddm': ['core', 'backends', 'backends/http'],
  'backends/intune': ['core', 'backends', 'backends/http'],
  engine: ['core', 'apple', 'resources', 'backends', 'engine/lock'],
  'engine/lock': ['core', 'backends', 'engine'],
  importer: ['core', 'apple', 'resources', 'backends', 'engine'],
  targets: ['core', 'apple', 'resources', 'backends', 'engine', 'targets/kmfddm', 'targets/intune'],
  'targets/kmfddm': ['core', 'apple', 'resources', 'backends', 'backends/http', 'backends/kmfddm', 'engine', 'engine/lock', 'server', 'targets'],
  'targets/intune': ['core', 'apple', 'resources', 'backends', 'backends/http', 'backends/intune', 'engine', 'targets'],
  server: ['core'],
  simulator: ['core', 'apple', 'backends', 'backends/http', 'backends/kmfddm'],
  cdktf: ['core'],
  terraform: ['core', 'apple', 'resources', 'frontends', 'frontends/cdktf', 'backends', 'engine', 'engine/lock', 'importer', 'targets', 'targets/kmfddm'],
  cli: ['core', 'apple', 'resources', 'frontends', 'frontends/yaml', 'engine', 'importer', 'targets', 'server', 'simulator'],
};

/**
 * Known crossings owned by other work, each with its reason; the test fails when one is no longer needed, so the
 * list only shrinks.
 */
export const EXCEPTIONS: Readonly<Record<string, string>> = {
  'cli/commands/simulate.ts -> backends': 'the simulate command names the HTTP client errors (devauth branch reworks it)',
  'cli/commands/simulate.ts -> backends/http': 'the simulate command names the HTTP client errors (devauth branch reworks it)',
  'apple/compile-document.ts -> resources': 'the compile dispatch reads the resource kinds list (resources/kinds), whose kinds name their compilers in apple/',
};

export interface Crossing {
  /** Path of the importing file, relative to the root. */
  from: string;
  fromLayer: string;
  toLayer: string;
  specifier: string;
}

/** Every relative import under `root` (a provider/ directory) whose target layer the importer's layer may not use. */
export function layerViolations(root: string, layers = LAYERS): { violations: Crossing[]; unknown: string[]; used: Set<string> } {
  const violations: Crossing[] = [];
  const unknown: string[] = [];
  const used = new Set<string>();
  for (const file of tsFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/');
    const fromLayer = layerOf(rel, layers);
    if (!fromLayer) {
      unknown.push(rel);
      continue;
    }
    for (const specifier of relativeImports(fs.readFileSync(file, 'utf8'))) {
      const target = path.relative(root, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
      if (target.startsWith('..')) {
        violations.push({ from: rel, fromLayer, toLayer: '(outside provider/)', specifier });
        continue;
      }
      const toLayer = layerOf(target, layers) ?? `(no layer: ${target})`;
      if (toLayer === fromLayer || layers[fromLayer].includes(toLayer)) continue;
      const key = `${rel} -> ${toLayer}`;
      if (EXCEPTIONS[key]) {
        used.add(key);
        continue;
      }
      violations.push({ from: rel, fromLayer, toLayer, specifier });
    }
  }
  return { violations, unknown, used };
}

function layerOf(rel: string, layers: Readonly<Record<string, readonly string[]>>): string | undefined {
  const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
  let best: string | undefined;
  for (const layer of Object.keys(layers)) {
    if ((dir === layer || dir.startsWith(`${layer}/`) || rel === `${layer}.ts`) && (!best || layer.length > best.length)) best = layer;
  }
  return best;
}

/** `import … from './x'`, `export … from '../y'`, `import './z'`, `require('./w')`, `import('./v')`. */
export function relativeImports(source: string): string[] {
  const out: string[] = [];
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
  for (let m = re.exec(source); m; m = re.exec(source)) out.push(m[2]);
  return out;
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return e.isFile() && e.name.endsWith('.ts') ? [p] : [];
  });
}
