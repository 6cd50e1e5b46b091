import * as path from 'node:path';
import type { Command } from 'commander';

/**
 * --allow-dir: directories outside the configuration that the paths it names (catalog, assets.dir) may resolve into.
 * Only the operator's command line can widen where a configuration reaches, never the configuration itself. A
 * program-wide option, so every command that reads a configuration honours it without plumbing of its own.
 */
let current: string[] = [];

export function registerAllowDirOption(program: Command): void {
  program.option(
    '--allow-dir <dir>',
    'let paths the configuration names (catalog, assets.dir) resolve into this directory too (repeatable)',
    (value: string, previous: string[]) => [...previous, value],
    [] as string[],
  );
  program.hook('preAction', (_program, action) => {
    const dirs = (action.optsWithGlobals() as { allowDir?: string[] }).allowDir ?? [];
    current = dirs.map((d) => path.resolve(d));
  });
}

/** The directories the current command allows, absolute. */
export function allowedDirs(): string[] {
  return [...current];
}

/** Forgets the previous command's directories (in-process runs, tests). */
export function resetAllowedDirs(): void {
  current = [];
}
