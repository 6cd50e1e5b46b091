import type { Command } from 'commander';
import { Diagnostics } from '../../core/diagnostics';
import { isConverged } from '../../engine/status';
import { renderStatusJson, renderStatusText } from '../../engine/status-render';
import { openTarget, targetErrorDiagnostic } from '../../targets/registry';
import { loadForServer } from '../load-for-server';
import { commandOf } from '../target-command';
import { UserError } from '../user-error';

interface StatusFlags {
  server?: string;
  format: string;
  catalog?: string;
}

/**
 * `applemdm status`: per resource, how many devices in its scope report its declarations valid / active, how many are
 * pending, and which failed with Apple's reasons. Writes nothing. Exit 0 converged, 2 not converged, 1 error.
 */
export function register(program: Command): void {
  program
    .command('status')
    .description('Show per resource how the devices in scope stand: valid, active, pending, failed (with Apple\'s reasons); exit 0 when converged, 2 when not, 1 on error.')
    .argument('[path]', 'configuration directory, cdk.tf.json or cdktf app directory', '.')
    .option('--server <url>', 'MDM server (KMFDDM API); default: APPLEMDM_SERVER, the config\'s server, else the embedded server')
    .option('--format <format>', 'text | json', 'text')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON)")
    .action(async (target: string, flags: StatusFlags) => {
      if (flags.format !== 'text' && flags.format !== 'json') {
        throw new UserError(new Diagnostics().error('Unknown format', `--format ${flags.format} is not one of text, json.`, ['--format'], undefined, 'cli-format').toArray());
      }
      const { document, catalog } = await loadForServer(target, flags.catalog, flags.server);
      const server = await asUserError(() => openTarget({ document, serverFlag: flags.server, env: process.env }));
      try {
        const status = commandOf(server, 'status');
        const report = await asUserError(() => status({ document, ...(catalog ? { catalog } : {}) }));
        process.stdout.write(flags.format === 'json' ? renderStatusJson(report) : renderStatusText(report));
        if (!isConverged(report)) process.exitCode = 2;
      } finally {
        await server.close();
      }
    });
}

/** An unreachable or refusing server is the user's to fix: a diagnostic, not a bug report. */
async function asUserError<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    // The target's own errors (server, network, credentials); a UserError passes as is; anything else is a bug.
    if (!targetErrorDiagnostic(err)) throw err;
    throw new UserError(new Diagnostics().error('Cannot read status from the server', (err as Error).message, [], undefined, 'server-unavailable').toArray());
  }
}
