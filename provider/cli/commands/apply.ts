import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Command } from 'commander';
import Ajv from 'ajv';
import { Diagnostics } from '../../core/diagnostics';
import { schemasDir } from '../../core/paths';
import { applyPlan, type ApplyResult } from '../../engine/apply';
import { configurationHash } from '../../engine/config-hash';
import { staleKeys } from '../../engine/fingerprints';
import { hasChanges, type Plan } from '../../engine/plan';
import { actualFromSnapshot } from '../../engine/server-objects';
import { openTarget } from '../../engine/target';
import { stackIdentifierPrefix } from '../../core/identity';
import { loadForServer } from '../load-for-server';
import { UserError } from '../user-error';
import { planFor, render } from './plan';

interface ApplyFlags {
  server?: string;
  autoApprove?: boolean;
  prune?: boolean;
  parallelism: string;
  catalog?: string;
}

/**
 * `applemdm apply [PATH | plan.json]`: makes the server match the configuration. A saved plan is applied only if
 * neither the configuration nor any server object it read has changed since; otherwise nothing is written.
 */
export function register(program: Command): void {
  program
    .command('apply')
    .description('Apply a configuration (after showing its plan) or a saved plan to the MDM server.')
    .argument('[path]', 'configuration directory, or a plan saved with `applemdm plan --out`', '.')
    .option('--server <url>', 'MDM server (KMFDDM API); default: APPLEMDM_SERVER, the config\'s server, else the embedded server')
    .option('--auto-approve', 'do not ask for confirmation (required without a terminal)')
    .option('--prune', 'delete owned objects that are no longer in the configuration')
    .option('--parallelism <n>', 'concurrent requests to the server', '8')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON)")
    .action(async (target: string, flags: ApplyFlags) => {
      const parallelism = Number(flags.parallelism);
      if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 64) {
        throw new UserError(new Diagnostics().error('Invalid parallelism', `--parallelism ${flags.parallelism} is not a whole number from 1 to 64.`, ['--parallelism'], undefined, 'cli-parallelism').toArray());
      }
      const saved = isSavedPlan(target);
      const plan = saved ? await checkSavedPlan(target) : await planFor(target, flags);
      if (!saved) process.stdout.write(render(plan, 'text'));
      if (!hasChanges(plan)) {
        if (saved) process.stdout.write('No changes. The server matches the configuration.\n');
        return;
      }
      if (!saved && !flags.autoApprove) await confirm();
      const server = await openServerFor(plan, saved ? undefined : flags.server, target);
      let result: ApplyResult;
      try {
        result = await applyPlan(plan, server.backend, {
          parallelism,
          onEvent: (e) => {
            if (e.kind === 'done') process.stdout.write(`${e.address}: done\n`);
            if (e.kind === 'failed') process.stdout.write(`${e.address}: FAILED: ${e.error}\n`);
          },
        });
      } finally {
        await server.close();
      }
      const counts = { create: 0, update: 0, replace: 0, delete: 0 };
      const failed = new Set(result.failed.map((f) => f.address));
      for (const c of plan.changes) if (c.action !== 'noop' && !failed.has(c.address)) counts[c.action]++;
      process.stdout.write(
        `\nApply ${result.failed.length ? 'incomplete' : 'complete'}: ${counts.create} created, ${counts.update} updated, ${counts.replace} replaced, ${counts.delete} deleted, ${result.failed.length} failed.\n`,
      );
      if (result.failed.length) {
        process.stdout.write('Run apply again to retry the failed resources; completed writes are not repeated.\n');
        process.exitCode = 1;
      }
    });
}

function isSavedPlan(target: string): boolean {
  return target.endsWith('.json') && fs.existsSync(target) && fs.statSync(target).isFile();
}

async function openServerFor(plan: Plan, serverFlag: string | undefined, target: string) {
  const configuration = plan.configurationPath ?? target;
  const { document } = await loadForServer(configuration);
  return openTarget({ document, serverFlag: serverFlag ?? plan.backend.url, env: process.env });
}

/** A saved plan is refused (nothing written) when it is malformed, its configuration changed, or the server did. */
async function checkSavedPlan(file: string): Promise<Plan> {
  const refuse = (summary: string, detail: string) => {
    throw new UserError(new Diagnostics().error(summary, detail, [], { kind: 'file', file, line: 1, col: 1 }, 'stale-plan').toArray());
  };
  let plan: Plan;
  try {
    plan = JSON.parse(fs.readFileSync(file, 'utf8')) as Plan;
  } catch (err) {
    return refuse('Unreadable plan', `${file} is not a JSON plan: ${(err as Error).message}`);
  }
  const schema = JSON.parse(fs.readFileSync(`${schemasDir()}/plan.schema.json`, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(plan)) return refuse('Not an applemdm plan', `${file} does not match the plan format: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  if (!plan.configurationPath) return refuse('Plan without configuration', `${file} does not record the configuration it was made from.`);
  const { document } = await loadForServer(plan.configurationPath);
  if (configurationHash(document) !== plan.configurationHash) {
    refuse('Configuration changed since the plan', `The configuration at ${plan.configurationPath} differs from the one ${file} was made from. Run plan again.`);
  }
  const server = await openTarget({ document, serverFlag: plan.backend.url, env: process.env });
  try {
    const prefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
    const enrollmentIds = Object.keys(plan.fingerprints).filter((k) => k.startsWith('enrollment:')).map((k) => k.slice('enrollment:'.length));
    const actual = actualFromSnapshot(await server.backend.readStack(prefix, { enrollmentIds }));
    const stale = staleKeys(plan.fingerprints, actual);
    if (stale.length) {
      refuse(
        'Server changed since the plan',
        `${stale.length} object(s) changed on the server after ${file} was made (${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ', …' : ''}). Nothing was written. Run plan again.`,
      );
    }
  } finally {
    await server.close();
  }
  return plan;
}

async function confirm(): Promise<void> {
  if (!process.stdin.isTTY) {
    throw new UserError(
      new Diagnostics().error('Confirmation needed', 'apply asks for confirmation on a terminal; without one, pass --auto-approve (or apply a saved plan).', [], undefined, 'needs-approval').toArray(),
    );
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await new Promise<string>((resolve) => rl.question("Apply these changes? Only 'yes' is accepted: ", resolve));
  rl.close();
  if (answer.trim() !== 'yes') throw new UserError(new Diagnostics().error('Apply cancelled', `Answered "${answer.trim()}"; nothing was written.`, [], undefined, 'cancelled').toArray());
}
