import * as fs from 'node:fs';
import * as readline from 'node:readline';
import type { Command } from 'commander';
import Ajv from 'ajv';
import { Diagnostics } from '../../core/diagnostics';
import { schemasDir } from '../../core/paths';
import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import type { Backend } from '../../backends/contract';
import type { DesiredDocument } from '../../core/document';
import { configurationHash } from '../../engine/config-hash';
import { staleKeys } from '../../engine/fingerprints';
import { hasChanges, type Plan } from '../../engine/plan';
import { createPlan } from '../../engine/planner';
import { adoptedNamesOfFingerprints, readStackObjects } from '../../engine/read-stack-objects';
import { configuredObjects, savedPlanProblems } from '../../engine/saved-plan-scope';
import { actualFromSnapshot } from '../../engine/server-objects';
import { isIntuneTarget, openTarget, type Target } from '../../engine/target';
import { applySavedOnIntune, planOnIntune, withIntuneTarget } from '../intune-commands';
import { stackIdentifierPrefix } from '../../core/identity';
import { validateDocument } from '../../resources/validate';
import { executePlan } from '../execute-plan';
import { loadForServer } from '../load-for-server';
import { withLoaderWarnings } from '../loader-warnings';
import { parseLockTimeout } from '../lock-timeout';
import { refuseIfDifferent } from '../refuse-if-different';
import { refuseIfPlanForOtherServer } from '../saved-plan-server';
import { UserError } from '../user-error';
import { withApplyLock } from '../with-apply-lock';
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
    .option('--server <url>', 'MDM server (KMFDDM API URL or intune://<tenant>); default: APPLEMDM_SERVER, the config\'s server, else the embedded server. A saved plan is applied only if it was made for this server')
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
        if (plan.backend.kind === 'intune') {
          process.exitCode = await applySavedOnIntune(plan, target, document, catalog, parallelism, flags.server);
          return;
        }
        // The server this apply is configured for, which readSavedPlan found to be the plan's: never the file's record.
        const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
        try {
          await withApplyLock(server.backend, stackIdentifierPrefix(plan.identifierPrefix, plan.stack), lockWaitMs, async (backend) => {
            await refuseIfStale(plan, target, server.backend);
            // The saved plan is what was reviewed, not what is written: what is written is derived again, here, under
            // the lock, and must equal it.
            const fresh = await planOn(server, document, catalog, plan.prune);
            refuseIfDifferent(plan, fresh, target);
            if (!hasChanges(fresh)) {
              process.stdout.write('No changes. The server matches the configuration.\n');
              return;
            }
            process.exitCode = await executePlan(fresh, backend, parallelism);
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
      if (isIntuneTarget({ document, serverFlag: flags.server, env: process.env })) {
        await withIntuneTarget(document, flags.server, async (t) => {
          const plan = withLoaderWarnings(await planOnIntune(t, document, catalog, Boolean(flags.prune || document.stack.prune)), loaded);
          process.stdout.write(render(plan, 'text'));
          if (!hasChanges(plan)) return;
          if (!flags.autoApprove) await confirm();
          process.exitCode = await executePlan(plan, t.backend, parallelism);
        });
        return;
      }
      const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
      try {
        const stackPrefix = stackIdentifierPrefix(document.stack.identifierPrefix, document.stack.name);
        await withApplyLock(server.backend, stackPrefix, lockWaitMs, async (backend) => {
          const plan = withLoaderWarnings(await planOn(server, document, catalog, Boolean(flags.prune || document.stack.prune)), loaded);
          process.stdout.write(render(plan, 'text'));
          if (!hasChanges(plan)) return;
          if (!flags.autoApprove) await confirm();
          process.exitCode = await executePlan(plan, backend, parallelism);
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

/** The plan of `document` on an open server (as `applemdm plan` makes it), labelled with the server's location. */
export async function planOn(server: Target, document: DesiredDocument, catalog: GdmfCatalog | undefined, prune: boolean): Promise<Plan> {
  const outcome = await createPlan({ document, backend: server.backend, prune, ...(catalog ? { catalog } : {}), assetsBaseUrl: server.assetsBaseUrl });
  if (!outcome.plan) throw new UserError(outcome.diagnostics.toArray());
  return { ...outcome.plan, backend: { kind: server.kind, url: server.location } };
}

/** A *.json file other than a synthesized Terraform stack (*.tf.json), which is a configuration as for plan. */
function isSavedPlan(target: string): boolean {
  return target.endsWith('.json') && !target.endsWith('.tf.json') && fs.existsSync(target) && fs.statSync(target).isFile();
}

/**
 * A saved plan is refused (nothing written) when it is malformed, was made for another server than this apply is
 * configured for, its configuration changed, or the server did.
 */
async function readSavedPlan(file: string, serverFlag: string | undefined, catalogFlag: string | undefined): Promise<{ plan: Plan; document: DesiredDocument; catalog?: GdmfCatalog }> {
  let plan: Plan;
  try {
    plan = JSON.parse(fs.readFileSync(file, 'utf8')) as Plan;
  } catch (err) {
    return refuse(file, 'Unreadable plan', `${file} is not a JSON plan: ${(err as Error).message}`);
  }
  const schema = JSON.parse(fs.readFileSync(`${schemasDir()}/plan.schema.json`, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  if (!validate(plan)) return refuse(file, 'Not an applemdm plan', `${file} does not match the plan format: ${validate.errors?.map((e) => `${e.instancePath} ${e.message}`).join('; ')}`);
  if (!plan.configurationPath) return refuse(file, 'Plan without configuration', `${file} does not record the configuration it was made from.`);
  const { document, catalog } = await loadForServer(plan.configurationPath, catalogFlag, plan.backend.url);
  refuseIfPlanForOtherServer(plan, file, { document, serverFlag, env: process.env });
  if (configurationHash(document) !== plan.configurationHash) {
    refuse(file, 'Configuration changed since the plan', `The configuration at ${plan.configurationPath} differs from the one ${file} was made from. Run plan again.`);
  }
  // A Graph plan names tenant objects by id: it is checked against a fresh read of the tenant (applySavedOnIntune).
  if (plan.backend.kind === 'intune') return { plan, document, ...(catalog ? { catalog } : {}) };
  // The fingerprints only cover what the plan says it read: an operation added to the file is caught here, before any
  // request, when it touches objects the configuration neither owns nor describes.
  const problems = savedPlanProblems(plan, configuredObjects(document, catalog));
  const listed = (items: string[]) => `${items.slice(0, 10).join('; ')}${items.length > 10 ? `; and ${items.length - 10} more` : ''}`;
  if (problems.malformed.length) {
    refuse(file, 'Malformed plan', `${file} was not written by applemdm plan: ${listed(problems.malformed)}. Nothing was written.`, 'tampered-plan');
  }
  if (problems.outOfScope.length) {
    refuse(
      file,
      'Plan outside its configuration',
      `${file} has changes its configuration (${plan.configurationPath}) would never make: ${listed(problems.outOfScope)}. Nothing was written. Run plan again.`,
      'tampered-plan',
    );
  }
  return { plan, document, ...(catalog ? { catalog } : {}) };
}


/** Checked while holding the apply lock, so nothing can change between this read and the writes. */
async function refuseIfStale(plan: Plan, file: string, backend: Backend): Promise<void> {
  const prefix = stackIdentifierPrefix(plan.identifierPrefix, plan.stack);
  const enrollmentIds = Object.keys(plan.fingerprints).filter((k) => k.startsWith('enrollment:')).map((k) => k.slice('enrollment:'.length));
  const adopted = adoptedNamesOfFingerprints(plan.fingerprints, prefix);
  const actual = actualFromSnapshot(await readStackObjects(backend, prefix, adopted, { enrollmentIds }));
  const stale = staleKeys(plan.fingerprints, actual);
  if (stale.length) {
    refuse(
      file,
      'Server changed since the plan',
      `${stale.length} object(s) changed on the server after ${file} was made (${stale.slice(0, 10).join(', ')}${stale.length > 10 ? ', …' : ''}). Nothing was written. Run plan again.`,
    );
  }
}

/**
 * Pruning deletes what the configuration no longer names; a saved plan's `prune` is only a record of how it was made,
 * so the apply itself must ask for it (--prune or `prune: true` in the configuration).
 */
function refuseUnaskedPrune(plan: Plan, file: string, asked: boolean): void {
  if (plan.prune !== true || asked) return;
  refuse(file, 'Plan prunes, this apply does not', `${file} was made with --prune (it deletes owned objects missing from the configuration), but this apply was not asked to prune. Pass --prune to apply it. Nothing was written.`, 'tampered-plan');
}

function refuse(file: string, summary: string, detail: string, code = 'stale-plan'): never {
  throw new UserError(new Diagnostics().error(summary, detail, [], { kind: 'file', file, line: 1, col: 1 }, code).toArray());
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
