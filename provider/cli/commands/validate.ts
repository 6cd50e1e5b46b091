import type { Command } from 'commander';
import { Diagnostics, NO_SOURCE } from '../../core/diagnostics';
import { loadConfiguration } from '../../frontends/load-config';
import { validateDocument } from '../../resources/validate';
import { formatDiagnostics } from '../print-diagnostics';
import { allowedDirs } from '../allowed-dirs';
import { UserError } from '../user-error';
import { redactKnownSecrets } from '../../core/secret-values';

interface ValidateOptions {
  format: string;
}

/**
 * `applemdm validate [PATH]`: reads the configuration, checks it against the resource schemas and every semantic
 * rule, and reports all problems at once. Exit 1 on any error; warnings alone still pass. Writes nothing.
 * `--format json` prints the diagnostics as data (for CI annotations) instead of text.
 */
export function register(program: Command): void {
  program
    .command('validate')
    .description('Check a configuration against the resource schemas and Apple’s rules; writes nothing.')
    .argument('[path]', 'a directory with applemdm.yaml or cdktf.json, or a synthesized cdk.tf.json', '.')
    .option('--format <format>', 'text or json', 'text')
    .action(async (target: string, opts: ValidateOptions) => {
      if (opts.format !== 'text' && opts.format !== 'json') {
        throw new UserError([{ severity: 'error', summary: 'Invalid option', detail: `--format is "${opts.format}"; expected text or json.`, path: [], source: NO_SOURCE, code: 'usage' }]);
      }
      const { document, diagnostics } = await loadConfiguration(target, { allowedDirs: allowedDirs() });
      const all = new Diagnostics().append(diagnostics);
      if (document) all.append(validateDocument(document));
      const valid = !all.hasError() && document !== undefined;
      const count = (s: string): number => all.toArray().filter((d) => d.severity === s).length;
      if (opts.format === 'json') {
        const report = { valid, resources: document?.resources.length ?? 0, errors: count('error'), warnings: count('warning'), diagnostics: all.toArray() };
        // Diagnostics never quote a secret by construction; as for the text form, one quoted by mistake is redacted.
        process.stdout.write(redactKnownSecrets(JSON.stringify(report, null, 2)) + '\n');
        if (!valid) process.exitCode = 1;
        return;
      }
      if (!valid) throw new UserError(all.toArray());
      if (all.length) process.stderr.write(formatDiagnostics(all) + '\n');
      const n = document.resources.length;
      const w = count('warning');
      process.stdout.write(`Configuration is valid: ${n} resource${n === 1 ? '' : 's'} (${w} warning${w === 1 ? '' : 's'})\n`);
    });
}
