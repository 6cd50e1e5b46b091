import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readConfinedFile } from '../../core/confined-file';
import { decodeUtf8 } from '../../core/decode-utf8';
import { Diagnostics, type SourceRef } from '../../core/diagnostics';
import { parseJson } from '../../core/json-syntax';
import { CDKTF_PROJECT_FILE } from './read-synth';

/** A cdktf app that has not finished synthesizing after this long is stuck (a real one takes seconds). */
export const APP_TIMEOUT_MS = 5 * 60 * 1000;
/** Largest cdktf.json or manifest.json read: both are a few hundred bytes in a real project. */
const MAX_JSON_BYTES = 1024 * 1024;
/** How much of a failing app's stderr is quoted in the diagnostic. */
const STDERR_EXCERPT_CHARS = 2000;

export interface SynthesizedStackFile {
  /** CDKTF stack name (manifest key). */
  name: string;
  /** Absolute path of the stack's cdk.tf.json inside outdir. */
  file: string;
}

export interface AppRun {
  diagnostics: Diagnostics;
  /** Synthesized stacks, in manifest order; empty when the app failed. */
  stacks: SynthesizedStackFile[];
  /** Temporary output directory; the caller removes it with removeAppOutput when done. */
  outdir?: string;
}

export interface RunAppOptions {
  timeoutMs?: number;
}

/**
 * Runs the `app` command of a CDKTF project (cdktf.json) the way `cdktf synth` does, without the cdktf CLI: in the
 * project directory, through the shell, with CDKTF_OUTDIR pointing at a fresh temporary directory (cdktf's App writes
 * there when no outdir is passed) and CDKTF_CONTEXT_JSON carrying cdktf.json's context. CHECKPOINT_DISABLE keeps
 * cdktf from calling HashiCorp's telemetry endpoint. A failing app is reported with an excerpt of its stderr.
 */
export async function runCdktfApp(dir: string, options: RunAppOptions = {}): Promise<AppRun> {
  const diagnostics = new Diagnostics();
  const projectFile = path.join(dir, CDKTF_PROJECT_FILE);
  const source: SourceRef = { kind: 'file', file: projectFile, line: 1, col: 1 };
  const project = readProject(projectFile, source, diagnostics);
  if (!project) return { diagnostics, stacks: [] };
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cdktf-'));
  const synthDir = path.join(outdir, 'cdktf.out');
  const result = await runShell(project.app, path.resolve(dir), {
    ...process.env,
    CDKTF_OUTDIR: synthDir,
    CDKTF_CONTEXT_JSON: JSON.stringify(project.context),
    CHECKPOINT_DISABLE: '1',
  }, options.timeoutMs ?? APP_TIMEOUT_MS);
  if (result.timedOut || result.code !== 0) {
    const how = result.timedOut ? `did not finish within ${Math.round((options.timeoutMs ?? APP_TIMEOUT_MS) / 1000)} s and was stopped` : `exited with ${result.signal ? `signal ${result.signal}` : `code ${result.code}`}`;
    const excerpt = stderrExcerpt(result.stderr);
    diagnostics.error(
      'The CDKTF app failed',
      `"${project.app}" (from ${CDKTF_PROJECT_FILE}) ${how}.${excerpt ? `\n${excerpt}` : ' It printed nothing on stderr.'}`,
      [],
      source,
      'app-failed',
    );
    return { diagnostics, stacks: [], outdir };
  }
  const stacks = readManifest(synthDir, source, diagnostics, project.app);
  return { diagnostics, stacks, outdir };
}

/** Removes the temporary output of a run. */
export function removeAppOutput(run: AppRun): void {
  if (run.outdir) fs.rmSync(run.outdir, { recursive: true, force: true });
}

function readProject(file: string, source: SourceRef, diags: Diagnostics): { app: string; context: Record<string, unknown> } | undefined {
  const read = readConfinedFile(path.dirname(file), path.basename(file), { what: CDKTF_PROJECT_FILE, maxBytes: MAX_JSON_BYTES, source, operatorMayAllow: false });
  if (!read.ok) {
    diags.add(read.diagnostic);
    return undefined;
  }
  const text = decodeUtf8(read.bytes, file, diags);
  if (text === undefined) return undefined;
  const parsed = parseJson(text);
  if (!parsed.ok) {
    // By position only: JSON.parse's message quotes the text.
    diags.error('Invalid cdktf.json', `${file} is not valid JSON: ${parsed.problem}.`, [], { kind: 'file', file, line: parsed.line, col: parsed.col }, 'syntax');
    return undefined;
  }
  const project = parsed.value as { app?: unknown; context?: unknown } | null;
  if (!project || typeof project !== 'object' || typeof project.app !== 'string' || project.app.trim() === '') {
    diags.error('No app command', `${CDKTF_PROJECT_FILE} must name the command that synthesizes the stacks, e.g. "app": "npx tsx main.ts".`, ['app'], source, 'no-app');
    return undefined;
  }
  const context = project.context && typeof project.context === 'object' && !Array.isArray(project.context) ? (project.context as Record<string, unknown>) : {};
  return { app: project.app, context };
}

function readManifest(synthDir: string, source: SourceRef, diags: Diagnostics, app: string): SynthesizedStackFile[] {
  // The app wrote the manifest: it must be a regular file inside the output directory (not a link to elsewhere).
  const read = readConfinedFile(synthDir, 'manifest.json', { what: 'the app\'s manifest', maxBytes: MAX_JSON_BYTES, source, operatorMayAllow: false });
  if (!read.ok && read.diagnostic.code !== 'not-found') {
    diags.add(read.diagnostic);
    return [];
  }
  const parsed = read.ok ? parseJson(read.bytes.toString('utf8')) : undefined;
  const manifest = (parsed?.ok ? parsed.value : undefined) as { stacks?: Record<string, { synthesizedStackPath?: unknown }> } | null | undefined;
  if (parsed && !parsed.ok) {
    diags.error('Invalid synthesized manifest', `"${app}" wrote a cdktf.out/manifest.json that is not valid JSON: ${parsed.problem}.`, [], source, 'synth-manifest');
    return [];
  }
  if (!manifest || typeof manifest !== 'object') {
    diags.error(
      'Nothing synthesized',
      `"${app}" finished but wrote no cdktf.out/manifest.json; the app must create a cdktf App and call app.synth().`,
      [],
      source,
      'no-synth',
    );
    return [];
  }
  const stacks: SynthesizedStackFile[] = [];
  for (const [name, entry] of Object.entries(manifest.stacks ?? {})) {
    if (typeof entry?.synthesizedStackPath !== 'string') continue;
    const file = path.resolve(synthDir, entry.synthesizedStackPath);
    // The manifest comes from the app; a path leaving the output directory is not a stack file.
    if (!file.startsWith(synthDir + path.sep)) continue;
    stacks.push({ name, file });
  }
  return stacks;
}

interface ShellResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  timedOut: boolean;
}

/** Runs a command line through the shell in its own process group, so a timeout stops npx and the node it started. */
function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ShellResult> {
  return new Promise((resolve) => {
    const child = spawn(command, { cwd, env, shell: true, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let timedOut = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      // Keep the tail: the error an app dies with is printed last.
      stderr = (stderr + chunk).slice(-64 * 1024);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, stderr: `${stderr}${err.message}\n`, timedOut });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stderr, timedOut });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** The last lines of stderr, without colour codes, indented so they read as a quote under the diagnostic. */
function stderrExcerpt(stderr: string): string {
  const plain = stderr.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').trim();
  if (!plain) return '';
  const tail = plain.length > STDERR_EXCERPT_CHARS ? `...${plain.slice(-STDERR_EXCERPT_CHARS)}` : plain;
  return tail
    .split('\n')
    .map((l) => `  | ${l}`)
    .join('\n');
}
