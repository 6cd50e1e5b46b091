import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, SourceRef } from './diagnostics';
import { escapeControlCharacters } from './escape-control';

/**
 * Files and directories a configuration names (a catalog, the assets directory, resource files, what a CDKTF app
 * writes) come from a pull request, so they are opened as hostile: the path must resolve — symbolic links followed —
 * inside the configuration's root or a directory the operator allowed on the command line; a file must be a regular
 * file of bounded size; and a diagnostic names the setting, the path as written and the problem, never the bytes.
 */
export interface ConfinedOptions {
  /** The setting or role that names the path, e.g. "catalog", "assets.dir", "resource file". */
  what: string;
  /** Directories outside the root the operator allowed (e.g. --allow-dir, or a --catalog given by hand). */
  allowedDirs?: readonly string[];
  path?: (string | number)[];
  source?: SourceRef;
  /** Whether --allow-dir could admit the path (a setting's path) or not (the configuration's own files). Default true. */
  operatorMayAllow?: boolean;
}

export interface ConfinedFileOptions extends ConfinedOptions {
  maxBytes: number;
}

export type ConfinedFile = { ok: true; bytes: Buffer; realPath: string } | { ok: false; diagnostic: Diagnostic };
export type ConfinedDir = { ok: true; realPath: string; exists: boolean } | { ok: false; diagnostic: Diagnostic };

/** Everything is allowed: for a path the operator typed themselves (a --catalog flag), where only the kind and size checks apply. */
export const ANYWHERE: readonly string[] = [path.parse(process.cwd()).root];

// O_NONBLOCK: opening a named pipe must not wait for a writer. O_NOFOLLOW: the real path has no link left in it, so a
// link appearing there between realpath and open is a race, refused (ELOOP).
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0) | (fs.constants.O_NOFOLLOW ?? 0);

/** Reads `file` (relative to `root`) when it is a regular file inside the root or an allowed directory, of at most maxBytes. */
export function readConfinedFile(root: string, file: string, opts: ConfinedFileOptions): ConfinedFile {
  return withConfinedFile(root, file, opts, (fd, fail) => {
    const bytes = readAtMost(fd, opts.maxBytes + 1);
    if (bytes.length > opts.maxBytes) return fail('File too large', `is larger than ${opts.maxBytes} bytes, the most that is read.`, 'file-too-large');
    return { bytes };
  });
}

/**
 * The same checks as readConfinedFile without reading the content: for validate, which must refuse a bad catalog path
 * but has no use for the catalog's bytes.
 */
export function checkConfinedFile(root: string, file: string, opts: ConfinedFileOptions): { ok: true; realPath: string } | { ok: false; diagnostic: Diagnostic } {
  return withConfinedFile(root, file, opts, () => ({}));
}

type Failure = { ok: false; diagnostic: Diagnostic };
type Fail = (summary: string, problem: string, code: string) => Failure;

/** Locates, opens (never blocking) and checks a file on its descriptor, then hands the descriptor to `use`. */
function withConfinedFile<T extends object>(root: string, file: string, opts: ConfinedFileOptions, use: (fd: number, fail: Fail) => T | Failure): ({ ok: true; realPath: string } & T) | Failure {
  const fail = failer(file, opts);
  const located = locate(root, file, opts);
  if ('problem' in located) return fail(located.summary, located.problem, located.code);
  const realPath = located.realPath;
  let fd: number;
  try {
    fd = fs.openSync(realPath, OPEN_FLAGS);
  } catch (err) {
    return fail('Cannot read file', `cannot be opened (${errnoOf(err)}).`, 'file-unreadable');
  }
  try {
    // fstat on the opened descriptor: what is read is what was checked, whatever replaced the path meanwhile.
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return fail('Not a regular file', `is ${kindOf(stat)}; only regular files are read.`, 'not-a-file');
    if (stat.size > opts.maxBytes) return fail('File too large', `is ${stat.size} bytes; at most ${opts.maxBytes} bytes are read.`, 'file-too-large');
    const used = use(fd, fail);
    if ('ok' in used && used.ok === false) return used;
    return { ok: true, realPath, ...(used as T) };
  } catch (err) {
    return fail('Cannot read file', `could not be read (${errnoOf(err)}).`, 'file-unreadable');
  } finally {
    fs.closeSync(fd);
  }
}

/** Thrown where a confined path fails after loading (it changed since): the CLI reports its diagnostic, not a bug. */
export class ConfinedPathError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`${diagnostic.summary}: ${diagnostic.detail}`);
    this.name = 'ConfinedPathError';
  }
}

/**
 * Resolves a directory `dir` (relative to `root`) that applemdm may create and write to: the nearest existing
 * ancestor's real path plus the segments still to be created must lie inside the root or an allowed directory, and
 * nothing along the way may be a file, a dangling link (creating through it would write wherever it points) or a
 * special file.
 */
export function resolveConfinedDir(root: string, dir: string, opts: ConfinedOptions): ConfinedDir {
  const fail = failer(dir, opts);
  const absolute = path.resolve(root, dir);
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.lstatSync(existing);
    } catch (err) {
      if (errnoOf(err) !== 'ENOENT' && errnoOf(err) !== 'ENOTDIR') return fail('Cannot use directory', `cannot be inspected (${errnoOf(err)}).`, 'dir-unreadable');
    }
    if (stat) break;
    const parent = path.dirname(existing);
    if (parent === existing) return fail('Cannot use directory', 'has no existing ancestor.', 'dir-unreadable');
    missing.unshift(path.basename(existing));
    existing = parent;
  }
  // The ancestor itself may lie above an allowed directory that is still to be created: only the result is judged.
  const located = locate(root, existing, opts, false);
  if ('problem' in located) return fail(located.summary, located.problem, located.code);
  const realPath = path.join(located.realPath, ...missing);
  if (!isAllowed(realPath, located.allowed)) return fail('Directory outside the configuration', outsideProblem(opts), 'path-outside-root');
  let stat: fs.Stats;
  try {
    stat = fs.statSync(located.realPath);
  } catch (err) {
    return fail('Cannot use directory', `cannot be inspected (${errnoOf(err)}).`, 'dir-unreadable');
  }
  if (!stat.isDirectory()) {
    const problem = missing.length ? `lies under ${kindOf(stat)}, not a directory.` : `is ${kindOf(stat)}, not a directory.`;
    return fail('Not a directory', problem, 'not-a-directory');
  }
  return { ok: true, realPath, exists: missing.length === 0 };
}

/** Whether `candidate` is `dir` or lies below it (both already real, absolute paths). */
export function isWithin(candidate: string, dir: string): boolean {
  if (candidate === dir) return true;
  return candidate.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

type Located = { realPath: string; allowed: string[] } | { summary: string; problem: string; code: string };

/** The real path of root/name, or why it cannot be used: missing, a dangling link, a loop, outside the allowed places. */
function locate(root: string, name: string, opts: ConfinedOptions, checkAllowed = true): Located {
  const allowed = allowedRoots(root, opts.allowedDirs);
  const absolute = path.resolve(root, name);
  let realPath: string;
  try {
    realPath = fs.realpathSync.native(absolute);
  } catch (err) {
    const code = errnoOf(err);
    if (code === 'ENOENT') {
      return isLink(absolute)
        ? { summary: 'Dangling link', problem: 'is a symbolic link to something that does not exist.', code: 'dangling-link' }
        : { summary: 'File not found', problem: 'does not exist.', code: 'not-found' };
    }
    if (code === 'ELOOP') return { summary: 'Link loop', problem: 'is a chain of symbolic links that never ends.', code: 'link-loop' };
    return { summary: 'Cannot read file', problem: `cannot be resolved (${code}).`, code: 'file-unreadable' };
  }
  if (checkAllowed && !isAllowed(realPath, allowed)) return { summary: 'Path outside the configuration', problem: outsideProblem(opts), code: 'path-outside-root' };
  return { realPath, allowed };
}

function outsideProblem(opts: ConfinedOptions): string {
  const rule = 'files a configuration names must stay inside its directory, links included';
  const hint = opts.operatorMayAllow === false ? '' : '; an operator can allow another directory with --allow-dir';
  return `resolves outside the configuration directory${opts.allowedDirs?.length ? ' and the allowed directories' : ''}; ${rule}${hint}.`;
}

function allowedRoots(root: string, extra: readonly string[] = []): string[] {
  return [root, ...extra].map((dir) => realPathOfFuture(path.resolve(dir)));
}

/**
 * The real path `dir` has, or will have once created: its nearest existing ancestor's real path plus the rest (an
 * allowed directory may be one applemdm is about to create, e.g. a fresh publishing directory).
 */
function realPathOfFuture(dir: string): string {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(at), ...missing);
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return dir;
      missing.unshift(path.basename(at));
      at = parent;
    }
  }
}

function isAllowed(realPath: string, allowed: string[]): boolean {
  return allowed.some((dir) => isWithin(realPath, dir));
}

function failer(name: string, opts: ConfinedOptions): Fail {
  return (summary, problem, code) => ({
    ok: false,
    diagnostic: {
      severity: 'error',
      summary,
      detail: `${opts.what} ${quote(name)} ${problem}`,
      path: opts.path ?? [],
      source: opts.source ?? { kind: 'none' },
      code,
    },
  });
}

/** The path as written, quoted, with control characters (and the U+FFFD a non-UTF-8 name decodes to) visible. */
function quote(name: string): string {
  return `"${escapeControlCharacters(name).replace(/"/g, '\\"')}"`;
}

function readAtMost(fd: number, limit: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.allocUnsafe(Math.min(64 * 1024, limit - total));
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  return Buffer.concat(chunks, total);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isFile()) return 'a file';
  return 'a special file';
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}

function errnoOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'error';
}
