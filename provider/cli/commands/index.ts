import type { Command } from 'commander';

/** Every CLI command registers itself through one function here; main.ts knows nothing about individual commands. */
export type CommandRegistrar = (program: Command) => void;

export const COMMANDS: CommandRegistrar[] = [];
