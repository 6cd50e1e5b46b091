import type { Command } from 'commander';
import { Diagnostics } from '../../core/diagnostics';
import { loadConfiguration } from '../../frontends/load-config';
import { validateDocument } from '../../resources/validate';
import { formatDiagnostics } from '../print-diagnostics';
import { UserError } from '../user-error';

/**
 * `applemdm validate [PATH]`: reads the configuration, checks it against the resource schemas and every semantic
 * rule, and reports all problems at once. Exit 1 on any error; warnings alone still pass. Writes nothing.
 */
export function register(program: Command): void {
  program
    .command('validate')
    .description('Check a configuration (YAML directory) against the resource schemas and Apple’s rules; writes nothing.')
    .argument('[path]', 'configuration directory (with applemdm.yaml)', '.')
    .action(async (target: string) => {
      const { document, diagnostics } = await loadConfiguration(target);
      const all = new Diagnostics().append(diagnostics);
      if (document) all.append(validateDocument(document));
      if (all.hasError() || !document) throw new UserError(all.toArray());
      if (all.length) process.stderr.write(formatDiagnostics(all) + '\n');
      const warnings = all.toArray().filter((d) => d.severity === 'warning').length;
      process.stdout.write(
        `Configuration is valid: ${document.resources.length} resource${document.resources.length === 1 ? '' : 's'} (${warnings} warning${warnings === 1 ? '' : 's'})\n`,
      );
    });
}
