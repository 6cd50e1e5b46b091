import type { Command } from 'commander';
import { Diagnostics, NO_SOURCE } from '../../core/diagnostics';
import { collectDrift } from '../../engine/drift';
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from '../../engine/drift-render';
import { openDdmServer as openTarget } from '../../targets/kmfddm/ddm-server';
import { loadForServer } from '../load-for-server';
import { UserError } from '../user-error';

interface DriftFlags {
  server?: string;
  format: string;
  catalog?: string;
}

/**
 * `applemdm drift [PATH]`: where the server and its devices disagree with the configuration. Exit 0 when nothing
 * drifted, 2 when something did, 1 on an error — so a scheduled CI job can open an issue on 2. Read-only.
 */
export function register(program: Command): void {
  program
    .command('drift')
    .description('Report what changed on the server outside Git and which devices disagree; exit 2 when anything drifted, 0 when nothing did.')
    .argument('[path]', 'configuration directory, cdk.tf.json or cdktf app directory', '.')
    .option('--server <url>', 'MDM server (KMFDDM API); default: APPLEMDM_SERVER, the config\'s server, else the embedded server')
    .option('--format <format>', 'text | markdown | json', 'text')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON)")
    .action(async (target: string, flags: DriftFlags) => {
      const format = parseFormat(flags.format);
      const { document, catalog } = await loadForServer(target, flags.catalog, flags.server);
      const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
      try {
        const outcome = await collectDrift({ document, backend: server.backend, assetsBaseUrl: server.assetsBaseUrl, ...(catalog ? { catalog } : {}) });
        if (!outcome.report) throw new UserError(outcome.diagnostics.toArray());
        const report = { ...outcome.report, backend: { kind: server.kind, url: server.location } };
        process.stdout.write(format === 'json' ? renderDriftJson(report) : format === 'markdown' ? renderDriftMarkdown(report) : renderDriftText(report));
        if (report.drifted) process.exitCode = 2;
      } finally {
        await server.close();
      }
    });
}

function parseFormat(f: string): 'text' | 'markdown' | 'json' {
  if (f === 'text' || f === 'markdown' || f === 'json') return f;
  throw new UserError(new Diagnostics().error('Unknown format', `--format ${f} is not one of text, markdown, json.`, ['--format'], NO_SOURCE, 'cli-format').toArray());
}
