import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yazl from 'yazl';

/**
 * A Terraform/OpenTofu filesystem mirror ("packed" layout) holding the provider, so `terraform init -plugin-dir DIR`
 * installs it offline and records it in .terraform.lock.hcl:
 *   DIR/<hostname>/<namespace>/<type>/terraform-provider-<type>_<version>_<os>_<arch>.zip
 *     └── terraform-provider-<type>_v<version>   (mode 755)
 * The executable is a small shell script that execs Node on this checkout's launcher, by absolute path.
 */
export interface MirrorOptions {
  /** Mirror root, e.g. dist/mirror. */
  outDir: string;
  /** registry.terraform.io/applemdm/applemdm */
  providerAddress: string;
  version: string;
  /** The command the wrapper execs: an absolute program and its leading arguments. */
  command: string[];
  /** Extra environment the wrapper exports (e.g. for a test double). */
  env?: Record<string, string>;
  /** os_arch; defaults to this machine's. */
  platform?: string;
}

export interface MirrorResult {
  zipPath: string;
  executableName: string;
  platform: string;
}

/** Zip entries carry this fixed time so the same inputs give the same bytes (and the same lock-file hash). */
const FIXED_MTIME = new Date(Date.UTC(2000, 0, 1));

export async function writeProviderMirror(options: MirrorOptions): Promise<MirrorResult> {
  const [hostname, namespace, type] = parseAddress(options.providerAddress);
  const platform = options.platform ?? currentPlatform();
  const executableName = `terraform-provider-${type}_v${options.version}`;
  const dir = path.join(options.outDir, hostname, namespace, type);
  const zipPath = path.join(dir, `terraform-provider-${type}_${options.version}_${platform}.zip`);
  fs.mkdirSync(dir, { recursive: true });

  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(wrapperScript(options)), executableName, { mode: 0o100755, mtime: FIXED_MTIME });
  zip.end();
  const partial = `${zipPath}.partial`;
  await new Promise<void>((resolve, reject) => {
    const out = fs.createWriteStream(partial);
    out.on('error', reject);
    out.on('close', () => resolve());
    zip.outputStream.on('error', reject).pipe(out);
  });
  fs.renameSync(partial, zipPath);
  return { zipPath, executableName, platform };
}

export function wrapperScript(options: Pick<MirrorOptions, 'providerAddress' | 'version' | 'command' | 'env'>): string {
  const exports = Object.entries(options.env ?? {}).map(([k, v]) => {
    if (!/^[A-Z_][A-Z0-9_]*$/.test(k)) throw new Error(`invalid environment variable name ${k}`);
    return `export ${k}=${shellQuote(v)}\n`;
  });
  return (
    '#!/bin/sh\n' +
    `# ${options.providerAddress} ${options.version}: runs the applemdm provider plugin from the checkout it was\n` +
    '# packaged in (npm run package:provider). Moving or deleting that checkout breaks this package; re-run the script.\n' +
    exports.join('') +
    `exec ${options.command.map(shellQuote).join(' ')} "$@"\n`
  );
}

/** Terraform's os_arch names for this machine. */
export function currentPlatform(): string {
  const os = { linux: 'linux', darwin: 'darwin', win32: 'windows', freebsd: 'freebsd' }[process.platform as string];
  const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386', arm: 'arm' }[process.arch as string];
  if (!os || !arch) throw new Error(`no Terraform platform name for ${process.platform}/${process.arch}`);
  return `${os}_${arch}`;
}

function parseAddress(address: string): [string, string, string] {
  const parts = address.split('/');
  if (parts.length !== 3 || parts.some((p) => !/^[a-z0-9][a-z0-9.-]*$/.test(p))) {
    throw new Error(`not a provider source address (hostname/namespace/type): ${address}`);
  }
  return parts as [string, string, string];
}

function shellQuote(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
