import type { Command } from 'commander';
import { stackIdentifierPrefix } from '../../core/identity';
import { hasChanges } from '../../engine/plan';
import { openDdmServer } from '../../targets/kmfddm/ddm-server';
import { ddmTarget } from '../../targets/kmfddm/kmfddm-target';
import { executePlan } from '../execute-plan';
import { loadForServer } from '../load-for-server';
import { parseLockTimeout } from '../lock-timeout';
import { confirm, parseParallelism } from './apply';
import { render } from './plan';

interface DestroyFlags {
  server?: string;
  autoApprove?: boolean;
  parallelism: string;
  lockTimeout: string;
}

/**
 * `applemdm destroy [PATH]`: removes every object the stack owns, and nothing else. It is the plan of the same stack
 * with no resources and --prune, shown first and confirmed like apply, run under the same apply lock. Objects without
 * the stack's identity are never in a plan, so a foreign declaration survives, including its membership in a set the
 * stack owned.
 */
export function register(program: Command): void {
  program
    .command('destroy')
    .description("Remove every object this stack owns from the MDM server (after showing the plan); other objects are never touched.")
    .argument('[path]', 'configuration directory, cdk.tf.json or cdktf app directory (names the stack and the server)', '.')
    .option('--server <url>', 'MDM server (KMFDDM API); default: APPLEMDM_SERVER, the config\'s server, else the embedded server')
    .option('--auto-approve', 'do not ask for confirmation (required without a terminal)')
    .option('--parallelism <n>', 'concurrent requests to the server', '8')
    .option('--lock-timeout <duration>', 'wait this long (e.g. 30s, 5m) for another apply of the stack to finish; 0 fails at once', '0')
    .action(async (target: string, flags: DestroyFlags) => {
      const parallelism = parseParallelism(flags.parallelism);
      const lockWaitMs = parseLockTimeout(flags.lockTimeout);
      const { document: configured } = await loadForServer(target, undefined, flags.server);
      const document = { ...configured, resources: [] };
      const server = ddmTarget(await openDdmServer({ document, serverFlag: flags.server, env: process.env }));
      try {
        const stackPrefix = stackIdentifierPrefix(document.stack.identifierPrefix, document.stack.name);
        await server.session({ lock: { stackPrefix, waitMs: lockWaitMs } }, async (session) => {
          const plan = await session.plan({ document, prune: true });
          if (!hasChanges(plan)) {
            process.stdout.write(`Nothing to destroy: the server holds no objects of stack "${plan.stack}".\n`);
            return;
          }
          process.stdout.write(render(plan, 'text'));
          if (!flags.autoApprove) await confirm("Destroy these objects? Only 'yes' is accepted: ", 'destroy');
          process.exitCode = await executePlan(plan, session, parallelism, 'destroy');
        });
      } finally {
        await server.close();
      }
    });
}
