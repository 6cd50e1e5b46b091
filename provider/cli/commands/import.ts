import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Command } from 'commander';
import { Diagnostics, NO_SOURCE } from '../../core/diagnostics';
import { DOCUMENT_VERSION, type DesiredDocument } from '../../core/document';
import { configurationHash } from '../../engine/config-hash';
import { openTarget } from '../../targets/registry';
import { ANYWHERE } from '../../core/confined-file';
import { loadConfiguration } from '../../frontends/load-config';
import { importServer } from '../../importer/import-server';
import { renderImportReport } from '../../importer/import-report';
import { writeTsFiles } from '../../importer/write-ts';
import { writeYamlFiles } from '../../importer/write-yaml';
import { commandOf } from '../target-command';
import { UserError } from '../user-error';

interface ImportFlags {
  server?: string;
  out?: string;
  format: string;
  select?: string[];
  stack?: string;
  identifierPrefix?: string;
  assetsDir?: string;
  assetsBaseUrl?: string;
}

/**
 * `applemdm import`: reads every object on an MDM server and writes a configuration that owns exactly the objects it
 * can express, proven by planning it against the same server before anything is written. Read-only on the server.
 */
export function register(program: Command): void {
  program
    .command('import')
    .description('Write a configuration (YAML or CDKTF TypeScript) from what an MDM server holds, verified to plan as no change.')
    .requiredOption('--out <dir>', 'directory to write the configuration into (must not exist, or be empty)')
    .option('--server <url>', 'MDM server (KMFDDM API) or embedded:<data dir>; default: APPLEMDM_SERVER, else ./.applemdm')
    .option('--format <format>', 'yaml | ts', 'yaml')
    .option('--select <item...>', 'import only these resource types (applemdm_restrictions or restrictions) or identifiers, with what they are delivered with')
    .option('--stack <name>', 'stack name of the written configuration (default: read from identifiers applemdm created)')
    .option('--identifier-prefix <prefix>', 'identifier prefix of the written configuration (with --stack)')
    .option('--assets-dir <dir>', 'directory the server\'s profiles are published from (KMFDDM hosts no files)')
    .option('--assets-base-url <url>', 'URL devices fetch those profiles from (default: read from the declarations)')
    .action(async (flags: ImportFlags) => {
      const format = parseFormat(flags.format);
      const out = path.resolve(checkOut(flags.out as string));
      const source = serverSource(flags.server);
      const assetsDir = flags.assetsDir ? path.resolve(flags.assetsDir) : undefined;
      const targetOnly: DesiredDocument = {
        version: DOCUMENT_VERSION,
        stack: {
          name: 'import',
          identifierPrefix: 'applemdm.import',
          targets: {},
          externalUuids: [],
          // The directory store needs a base URL to publish; import only reads, so any placeholder serves.
          ...(assetsDir ? { assets: { dir: assetsDir, baseUrl: flags.assetsBaseUrl ?? 'https://applemdm.invalid/assets' } } : {}),
        },
        resources: [],
        baseDir: out,
        // The operator typed --assets-dir: it may lie outside the output directory.
        ...(assetsDir ? { allowedDirs: [assetsDir] } : {}),
      };
      const target = await openTarget({ document: targetOnly, serverFlag: source.url, env: process.env });
      try {
        const { backend, defaultAssetsBaseUrl } = commandOf(target, 'importSource')();
        const result = await importServer({
          backend,
          ...(flags.stack ? { stack: flags.stack } : {}),
          ...(flags.identifierPrefix ? { identifierPrefix: flags.identifierPrefix } : {}),
          ...(flags.select ? { select: flags.select } : {}),
          defaultAssetsBaseUrl,
          ...(source.written ? { server: source.written } : {}),
          ...(assetsDir || flags.assetsBaseUrl ? { assets: { ...(assetsDir ? { dir: path.relative(out, assetsDir) || '.' } : {}), ...(flags.assetsBaseUrl ? { baseUrl: flags.assetsBaseUrl } : {}) } } : {}),
          baseDir: out,
        });
        if (result.diagnostics.hasError() || !result.document) throw new UserError(result.diagnostics.toArray());
        const header = ['Written by `applemdm import`. Values marked "review:" are not stored on the server; check them.'];
        const files = format === 'yaml' ? writeYamlFiles(result.document, result.resources, header, result.stackReview) : writeTsFiles(result.document, result.resources, result.stackReview);
        if (format === 'yaml') await checkYamlReadsBack(files, result.document);
        writeFiles(out, files);
        process.stdout.write(renderImportReport(result, { out: flags.out as string, server: target.location, format }));
      } finally {
        await target.close();
      }
    });
}

function parseFormat(f: string): 'yaml' | 'ts' {
  if (f === 'yaml' || f === 'ts') return f;
  throw new UserError(new Diagnostics().error('Unknown format', `--format ${f} is not one of yaml, ts.`, ['--format'], NO_SOURCE, 'cli-format').toArray());
}

/** Import never overwrites: the output directory must be new or empty. */
function checkOut(out: string): string {
  if (fs.existsSync(out) && (!fs.statSync(out).isDirectory() || fs.readdirSync(out).length > 0)) {
    throw new UserError(new Diagnostics().error('Output directory not empty', `${out} exists and is not an empty directory; import writes a new configuration and never overwrites files.`, ['--out'], NO_SOURCE, 'import-out').toArray());
  }
  return out;
}

/**
 * The server to read, and what the written applemdm.yaml should say about it: an explicit server is recorded (an
 * embedded data directory as an absolute path, since relative ones resolve from the working directory); a server
 * from APPLEMDM_SERVER is left to the environment, as it was given.
 */
function serverSource(flag: string | undefined): { url: string; written?: string } {
  const given = flag ?? process.env.APPLEMDM_SERVER;
  if (given) {
    if (/^[a-z]+:\/\/[^/]*@/i.test(given)) {
      throw new UserError(new Diagnostics().error('Credentials in the server URL', 'Pass the API key in APPLEMDM_API_KEY (or APPLEMDM_API_KEY_FILE), not in the URL; the URL is written into applemdm.yaml.', ['--server'], NO_SOURCE, 'import-server').toArray());
    }
    const embedded = given.startsWith('embedded:') ? `embedded:${path.resolve(given.slice('embedded:'.length))}` : given;
    if (embedded.startsWith('embedded:')) mustExist(embedded.slice('embedded:'.length));
    return { url: embedded, ...(flag ? { written: embedded } : {}) };
  }
  const local = path.resolve('.applemdm');
  mustExist(local);
  return { url: `embedded:${local}`, written: `embedded:${local}` };
}

function mustExist(dataDir: string): void {
  if (!fs.existsSync(dataDir)) {
    throw new UserError(new Diagnostics().error('Nothing to import', `There is no embedded server data at ${dataDir}; name the server to import from with --server (a URL, or embedded:<data dir>).`, ['--server'], NO_SOURCE, 'import-server').toArray());
  }
}

/** The written YAML must read back as exactly the document that was verified (a writer bug would be caught here). */
async function checkYamlReadsBack(files: Map<string, string>, document: DesiredDocument): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-import-'));
  try {
    writeFiles(dir, files);
    // Read back from a temporary copy, so a relative assets.dir points elsewhere: only the document is compared.
    const loaded = await loadConfiguration(dir, { allowedDirs: [...ANYWHERE] });
    const same = loaded.document && configurationHash(loaded.document) === configurationHash(document);
    if (!same) {
      const why = loaded.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('; ');
      throw new Error(`the written YAML does not read back as the imported configuration${why ? ` (${why})` : ''}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function writeFiles(dir: string, files: Map<string, string>): void {
  fs.mkdirSync(dir, { recursive: true });
  for (const [rel, text] of files) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
}
