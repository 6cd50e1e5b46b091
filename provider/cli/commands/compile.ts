import * as path from 'node:path';
import type { Command } from 'commander';
import { Diagnostics } from '../../core/diagnostics';
import { writeArtifacts } from '../../apple/artifact-files';
import { compileDocument } from '../../apple/compile-document';
import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import { parseCalendarDate } from '../../apple/gdmf/calendar-date';
import { loadCatalogFor } from '../../apple/gdmf/load-catalog';
import { loadConfiguration } from '../../frontends/load-config';
import { allowedDirs } from '../allowed-dirs';
import { validateDocument } from '../../resources/validate';
import { formatDiagnostics } from '../print-diagnostics';
import { UserError } from '../user-error';

interface CompileFlags {
  out: string;
  catalog?: string;
  date?: string;
  assetsBaseUrl?: string;
}

/**
 * `applemdm compile [PATH] --out DIR`: validates the configuration, compiles every Apple artifact and writes one file
 * per artifact under stable names plus manifest.json. Any error (configuration, catalog, compilation) stops it before
 * anything is written.
 */
export function register(program: Command): void {
  program
    .command('compile')
    .description('Compile a configuration into Apple artifacts (profiles, command plists, DDM declarations), one file each.')
    .argument('[path]', 'a directory with applemdm.yaml or cdktf.json, or a synthesized cdk.tf.json', '.')
    .requiredOption('--out <dir>', 'directory to write the artifacts and manifest.json into')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON); default: the configuration's catalog setting")
    .option('--date <YYYY-MM-DD>', 'compile as of this day (catalog expiry, latest version); default: today')
    .option('--assets-base-url <url>', 'URL under which profiles are published for legacy declarations; default: assets.base_url, else a placeholder the backend rewrites')
    .action(async (target: string, flags: CompileFlags) => {
      const all = new Diagnostics();
      const now = flags.date === undefined ? new Date() : parseCalendarDate(flags.date);
      if (!now) throw new UserError(new Diagnostics().error('Invalid date', `--date ${flags.date} is not a YYYY-MM-DD calendar date.`, ['--date'], undefined, 'cli-date').toArray());

      const { document, diagnostics } = await loadConfiguration(target, { allowedDirs: allowedDirs() });
      all.append(diagnostics);
      if (!document) throw new UserError(all.toArray());
      all.append(validateDocument(document));

      const loaded = await loadCatalogFor(document, flags.catalog);
      if (loaded) all.append(loaded.diagnostics);
      const catalog: GdmfCatalog | undefined = loaded?.catalog;
      if (all.hasError()) throw new UserError(all.toArray());

      const result = compileDocument(document, { now, ...(catalog ? { catalog } : {}), ...(flags.assetsBaseUrl ? { assetsBaseUrl: flags.assetsBaseUrl } : {}) });
      all.appendLayer(result.diagnostics);
      if (all.hasError()) throw new UserError(all.toArray());

      if (all.length) process.stderr.write(formatDiagnostics(all) + '\n');
      const out = path.resolve(flags.out);
      writeArtifacts(out, result.artifacts);
      const count = (kind: string) => result.artifacts.filter((a) => a.kind === kind).length;
      process.stdout.write(
        `Compiled ${result.artifacts.length} artifacts (${count('profile')} profiles, ${count('command')} commands, ${count('declaration')} declarations) into ${flags.out}\n`,
      );
    });
}
