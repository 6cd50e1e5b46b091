import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Command } from 'commander';
import { hasChanges, type BaseOperation, type Plan } from '../../engine/plan';
import { renderJson } from '../../engine/render/json';
import { renderMarkdown } from '../../engine/render/markdown';
import { renderText } from '../../engine/render/text';
import { openTarget, serverUrlForms } from '../../targets/registry';
import { Diagnostics } from '../../core/diagnostics';
import { loadForServer } from '../load-for-server';
import { withLoaderWarnings } from '../loader-warnings';
import { UserError } from '../user-error';

interface PlanFlags {
  server?: string;
  out?: string;
  format: string;
  detailedExitcode?: boolean;
  prune?: boolean;
  catalog?: string;
}

/**
 * `applemdm plan`: reads the server once, prints exactly what apply would change, per key. Writes nothing to the
 * server. With --out the plan is saved for `applemdm apply plan.json`.
 */
export function register(program: Command): void {
  program
    .command('plan')
    .description('Show what apply would change on the MDM server, per resource and per key.')
    .argument('[path]', 'configuration directory, cdk.tf.json or cdktf app directory', '.')
    .option('--server <url>', `MDM server (${serverUrlForms()}); default: APPLEMDM_SERVER, the config's server, else the embedded server`)
    .option('--out <file>', 'save the plan as JSON for `applemdm apply <file>`')
    .option('--format <format>', 'text | markdown | json', 'text')
    .option('--detailed-exitcode', 'exit 2 when the plan has changes (0 when none)')
    .option('--prune', 'delete owned objects that are no longer in the configuration')
    .option('--catalog <file|url>', "Apple's software catalog (GDMF pmv JSON)")
    .action(async (target: string, flags: PlanFlags) => {
      const format = parseFormat(flags.format);
      const plan = await planFor(target, flags);
      if (flags.out) writePlan(flags.out, plan, target);
      process.stdout.write(render(plan, format, flags.out));
      if (flags.detailedExitcode && hasChanges(plan)) process.exitCode = 2;
    });
}

export async function planFor(target: string, flags: { server?: string; prune?: boolean; catalog?: string }): Promise<Plan<BaseOperation>> {
  const { document, catalog, diagnostics } = await loadForServer(target, flags.catalog, flags.server);
  const server = await openTarget({ document, serverFlag: flags.server, env: process.env });
  try {
    const plan = await server.session({}, (s) => s.plan({ document, prune: Boolean(flags.prune || document.stack.prune), ...(catalog ? { catalog } : {}) }));
    return withLoaderWarnings(plan, diagnostics);
  } finally {
    await server.close();
  }
}

export function render(plan: Plan<BaseOperation>, format: 'text' | 'markdown' | 'json', artifact?: string): string {
  // JSON output is what CI keeps and posts: renderJson shows operations carrying a secret as their hash, as in a saved plan.
  if (format === 'json') return renderJson(plan);
  if (format === 'markdown') return renderMarkdown(plan, artifact ? { artifactHint: artifact } : {});
  return renderText(plan, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR });
}

function parseFormat(f: string): 'text' | 'markdown' | 'json' {
  if (f === 'text' || f === 'markdown' || f === 'json') return f;
  throw new UserError(new Diagnostics().error('Unknown format', `--format ${f} is not one of text, markdown, json.`, ['--format'], undefined, 'cli-format').toArray());
}

/** A saved plan also records the configuration path, so apply can refuse it once the configuration changed. */
function writePlan(file: string, plan: Plan<BaseOperation>, configuration: string): void {
  const body = { ...plan, configurationPath: path.resolve(configuration) };
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, renderJson(body as Plan));
}
