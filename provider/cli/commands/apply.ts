import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Command } from 'commander';
import Ajv from 'ajv';
import { ANYWHERE, readConfinedFile } from '../../core/confined-file';
import { Diagnostics } from '../../core/diagnostics';
import { parseJson } from '../../core/json-syntax';
import { schemasDir } from '../../core/paths';
import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import type { DesiredDocument } from '../../core/document';
import { configurationHash } from '../../engine/config-hash';
import { hasChanges, type BaseOperation, type Plan } from '../../engine/plan';
import { stackIdentifierPrefix } from '../../core/identity';
import { validateDocument } from '../../resources/validate';
import { refuseSaved as refuse } from '../../targets/refuse-saved';
import { openTarget, serverUrlForms, targetTypeFor } from '../../targets/registry';
import { executePlan } from '../execute-plan';
import { loadForServer } from '../load-for-server';
import { withLoaderWarnings } from '../loader-warnings';
import { parseLockTimeout } from '../lock-timeout';
import { refuseIfPlanForOtherServer } from '../saved-plan-server';
import { UserError } from '../user-error';
import { render } from './plan';

interface ApplyFlags {
  server?: string;
  autoApprove?: boolean;
  prune?: boolean;
  parallelism: string;
  catalog?: string;
  lockTimeout: string;
}

/**
 * `applemdm apply [PATH | plan.json]`: makes the server match the configuration. A saved plan is applied only if
 * neither the configuration nor any server object it read has changed since; otherwise nothing is written.
 * The stack's apply lock is held from before the server is read until the last write, so a concurrent apply of the
 * same stack either waits (--lock-timeout) or stops naming the holder, and writes never interleave.
 */
export function register(program: Command): void {
  program
    .command('apply')
    .description('Apply a configuration (after showing its plan) or a saved plan to the MDM server.')
    .argument('[path]', 'configuration directory, cdk.tf.json, or a plan saved with `applemdm plan --out`', '.')
    .option('--server <url>', `MDM server (${serverUrlForms()}); default: APPLEMDM_SERVER, the config's server, else the embedded server. A saved plan is applied only if it was made for this server`)
    .option('--auto-approve', 'do not ask for confirmation (required without a terminal)')
    .option('--prune', 'delete owned objects that are no longer in the configuration')
    .option('--parallelism <n>', 'concurrent requests to the server', '8')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON)")
    .option('--lock-timeout <duration>', 'wait this long (e.g. 30s, 5m) for another apply of the stack to finish; 0 fails at once', '0')
    .action(async (target: string, flags: ApplyFlags) => {
      const parallelism = parseParallelism(flags.parallelism);
      const lockWaitMs = parseLockTimeout(flags.lockTimeout);
      if (isSavedPlan(target)) {
        const { plan, document, catalog } = await readSavedPlan(target, flags.server, flags.catalog);
        refuseUnaskedPrune(plan, target, Boolean(flags.prune || document.stack.prune));
        // The server this apply is configured for, which readSavedPlan found to be the plan's: never the file's record.
        const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
        try {
          const lock = { stackPrefix: stackIdentifierPrefix(plan.identifierPrefix, plan.stack), waitMs: lockWaitMs };
          await server.session({ lock }, async (session) => {
            // The saved plan is what was reviewed, not what is written: what is written is derived again, here (under
            // the lock where the server has one), and must equal it.
            const fresh = await session.checkSaved(plan, { document, prune: plan.prune, ...(catalog ? { catalog } : {}) }, target);
            if (!hasChanges(fresh)) {
              process.stdout.write('No changes. The server matches the configuration.\n');
              return;
            }
            process.exitCode = await executePlan(fresh, session, parallelism);
          });
        } finally {
          await server.close();
        }
        return;
      }
      const { document, catalog, diagnostics: loaded } = await loadForServer(target, flags.catalog, flags.server);
      // An invalid configuration stops before any server is opened (the embedded one would create its data directory).
      const invalid = validateDocument(document);
      if (invalid.hasError()) throw new UserError(invalid.toArray());
      const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
      try {
        const lock = { stackPrefix: stackIdentifierPrefix(document.stack.identifierPrefix, document.stack.name), waitMs: lockWaitMs };
        await server.session({ lock }, async (session) => {
          const plan = withLoaderWarnings(await session.plan({ document, prune: Boolean(flags.prune || document.stack.prune), ...(catalog ? { catalog } : {}) }), loaded);
          process.stdout.write(render(plan, 'text'));
          if (!hasChanges(plan)) return;
          if (!flags.autoApprove) await confirm();
          process.exitCode = await executePlan(plan, session, parallelism);
        });
      } finally {
        await server.close();
      }
    });
}

export function parseParallelism(value: string): number {
  const parallelism = Number(value);
  if (!Number.isInteger(parallelism) || parallelism < 1 || parallelism > 64) {
    throw new UserError(new Diagnostics().error('Invalid parallelism', `--parallelism ${value} is not a whole number from 1 to 64.`, ['--parallelism'], undefined, 'cli-parallelism').toArray());
  }
  return parallelism;
}

/** A *.json file other than a synthesized Terraform stack (*.tf.json), which is a configuration as for plan. */
function isSavedPlan(target: string): boolean {
  return target.endsWith('.json') && !target.endsWith('.tf.json') && fs.existsSync(target) && fs.statSync(target).isFile();
}

/**
 * A saved plan is refused (nothing written) when it is malformed, was made for another server than this apply is
 * configured for, its configuration changed, or the server did.
 */
/** A plan of the largest stack applemdm plans is a few MiB; anything far larger is not a plan. */
const MAX_SAVED_PLAN_BYTES = 256 * 1024 * 1024;

async function readSavedPlan(file: string, serverFlag: string | undefined, catalogFlag: string | undefined): Promise<{ plan: Plan<BaseOperation>; document: DesiredDocument; catalog?: GdmfCatalog }> {
  // The operator names the plan file, so it may be anywhere; it must still be a bounded regular file (not a pipe or
  // a device), and a parse error gives its position only: JSON.parse's message quotes the file.
  const read = readConfinedFile(process.cwd(), file, { what: 'saved plan', maxBytes: MAX_SAVED_PLAN_BYTES, allowedDirs: ANYWHERE });
  if (!read.ok) throw new UserError([read.diagnostic]);
  const parsed = parseJson(read.bytes.toString('utf8'));
  if (!parsed.ok) return refuse(file, 'Unreadable plan', `${file} is not a JSON plan: ${parsed.problem}.`);
  const plan = parsed.value as Plan<BaseOperation>;
  const schema = JSON.parse(fs.readFileSync(`${schemasDir()}/plan.schema.json`, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(plan)) return refuse(file, 'Not an applemdm plan', `${file} does not match the plan format: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  if (!plan.configurationPath) return refuse(file, 'Plan without configuration', `${file} does not record the configuration it was made from.`);
  const { document, catalog } = await loadForServer(plan.configurationPath, catalogFlag, serverFlag);
  refuseIfPlanForOtherServer(plan, file, { document, serverFlag, env: process.env });
  const type = targetTypeFor({ document, serverFlag, env: process.env });
  const foreign = plan.operations.findIndex((o) => !type.operationKinds.includes(o.op));
  if (foreign >= 0) refuse(file, 'Not an applemdm plan', `${file} does not match the plan format: operation ${foreign + 1} is a ${plan.operations[foreign].op} operation, which the ${type.kind} target does not write.`);
  if (configurationHash(document) !== plan.configurationHash) {
    refuse(file, 'Configuration changed since the plan', `The configuration at ${plan.configurationPath} differs from the one ${file} was made from. Run plan again.`);
  }
  // What the target can judge from the configuration alone is judged before anything is opened.
  type.screenSaved?.(plan, { document, prune: plan.prune, ...(catalog ? { catalog } : {}) }, file);
  return { plan, document, ...(catalog ? { catalog } : {}) };
}


/**
 * Pruning deletes what the configuration no longer names; a saved plan's `prune` is only a record of how it was made,
 * so the apply itself must ask for it (--prune or `prune: true` in the configuration).
 */
function refuseUnaskedPrune(plan: Plan<BaseOperation>, file: string, asked: boolean): void {
  if (plan.prune !== true || asked) return;
  refuse(file, 'Plan prunes, this apply does not', `${file} was made with --prune (it deletes owned objects missing from the configuration), but this apply was not asked to prune. Pass --prune to apply it. Nothing was written.`, 'tampered-plan');
}


/** On a terminal, asks for `yes`; without one, refuses (the caller offers --auto-approve). */
export async function confirm(question = "Apply these changes? Only 'yes' is accepted: ", command = 'apply'): Promise<void> {
  if (!process.stdin.isTTY) {
    throw new UserError(
      new Diagnostics().error('Confirmation needed', `${command} asks for confirmation on a terminal; without one, pass --auto-approve${command === 'apply' ? ' (or apply a saved plan)' : ''}.`, [], undefined, 'needs-approval').toArray(),
    );
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  if (answer.trim() !== 'yes') throw new UserError(new Diagnostics().error(`${command[0].toUpperCase()}${command.slice(1)} cancelled`, `Answered "${answer.trim()}"; nothing was written.`, [], undefined, 'cancelled').toArray());
}
