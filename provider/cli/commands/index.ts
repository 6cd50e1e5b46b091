import type { Command } from 'commander';
import { register as serve } from './serve';
import { register as validate } from './validate';
import { register as schema } from './schema';

/** Every CLI command registers itself through one function here; main.ts knows nothing about individual commands. */
export type CommandRegistrar = (program: Command) => void;

export const COMMANDS: CommandRegistrar[] = [validate, schema, serve];
