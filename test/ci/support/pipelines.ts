import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command } from 'commander';
import { parse } from 'yaml';
import { COMMANDS } from '../../../provider/cli/commands/index';

/**
 * Reading the example CI pipelines (examples/ci/): their shell steps, and every `applemdm` invocation in them checked
 * against the options the CLI really defines (introspected from the commander program, not a hand-kept list).
 */
export const CI_DIR = path.join(__dirname, '..', '..', '..', 'examples', 'ci');
export const GITHUB_WORKFLOWS = ['applemdm-plan.yml', 'applemdm-apply.yml', 'applemdm-drift.yml'].map((f) => path.join(CI_DIR, 'github', f));
export const GITLAB_PIPELINE = path.join(CI_DIR, 'gitlab', '.gitlab-ci.yml');

export interface ShellStep {
  file: string;
  job: string;
  name: string;
  script: string;
  /** Workflow env, then job env, then step env (later wins), as written. */
  env: Record<string, string>;
}

interface GithubWorkflow {
  env?: Record<string, string>;
  jobs: Record<string, { env?: Record<string, string>; steps: { name?: string; run?: string; env?: Record<string, string> }[] }>;
}

export function githubSteps(file: string): ShellStep[] {
  const wf = parse(fs.readFileSync(file, 'utf8')) as GithubWorkflow;
  const out: ShellStep[] = [];
  for (const [job, body] of Object.entries(wf.jobs)) {
    body.steps.forEach((s, i) => {
      if (typeof s.run === 'string') out.push({ file, job, name: s.name ?? `step ${i + 1}`, script: s.run, env: { ...wf.env, ...body.env, ...s.env } });
    });
  }
  return out;
}

export function gitlabScripts(file: string): ShellStep[] {
  const doc = parse(fs.readFileSync(file, 'utf8')) as Record<string, { script?: string[]; before_script?: string[]; variables?: Record<string, string> }>;
  const out: ShellStep[] = [];
  for (const [job, body] of Object.entries(doc)) {
    if (!body || typeof body !== 'object') continue;
    for (const [i, script] of [...(body.before_script ?? []), ...(body.script ?? [])].entries()) {
      out.push({ file, job, name: `${job} script ${i + 1}`, script, env: { ...(body.variables ?? {}) } });
    }
  }
  return out;
}

export interface Invocation {
  where: string;
  command: string;
  flags: string[];
}

/** `applemdm <command> <args…>` in a shell script, up to the first redirection, pipe or list operator. */
export function applemdmInvocations(step: ShellStep): Invocation[] {
  const out: Invocation[] = [];
  for (const line of step.script.split('\n')) {
    const m = /(?:^|[\s;&|(])(?:npx\s+)?applemdm\s+([a-z][a-z-]*)(.*)$/.exec(line);
    if (!m) continue;
    const args = shellWords(m[2]);
    out.push({ where: `${path.basename(step.file)} ${step.job} "${step.name}"`, command: m[1], flags: args.filter((a) => a.startsWith('-')).map((a) => a.split('=')[0]) });
  }
  return out;
}

function shellWords(text: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(>>?|\||&&|;|2>)|([^\s"'|;&>]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[3]) break;
    words.push(m[1] ?? m[2] ?? m[4]);
  }
  return words;
}

/** Every flag the CLI defines, per command, from the real commander program. */
export function cliFlags(): Map<string, Set<string>> {
  const program = new Command();
  for (const register of COMMANDS) register(program);
  const out = new Map<string, Set<string>>();
  for (const cmd of program.commands) {
    const flags = new Set<string>(['--help', '-h']);
    for (const o of cmd.options) for (const f of [o.long, o.short]) if (f) flags.add(f);
    out.set(cmd.name(), flags);
  }
  return out;
}

/** Problems with the invocations: unknown commands and flags the CLI does not define. */
export function undefinedFlags(invocations: Invocation[], flags = cliFlags()): string[] {
  const problems: string[] = [];
  for (const inv of invocations) {
    const known = flags.get(inv.command);
    if (!known) problems.push(`${inv.where}: applemdm has no command "${inv.command}"`);
    else for (const f of inv.flags) if (!known.has(f)) problems.push(`${inv.where}: applemdm ${inv.command} has no option ${f}`);
  }
  return problems;
}
