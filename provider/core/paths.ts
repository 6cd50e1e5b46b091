import * as fs from 'node:fs';
import * as path from 'node:path';

/** The package root (where package.json and schemas/ live), found from this file whether run from dist/ or sources. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'schemas'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`applemdm bug: cannot find the package root from ${__dirname}`);
    dir = parent;
  }
}

export function schemasDir(): string {
  return path.join(packageRoot(), 'schemas');
}

export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** The configuration file every YAML configuration directory has (read by the YAML front end, written by import). */
export const CONFIG_FILE_NAME = 'applemdm.yaml';
