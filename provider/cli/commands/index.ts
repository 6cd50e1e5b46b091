import type { Command } from 'commander';
import { register as serve } from './serve';
import { register as validate } from './validate';
import { register as schema } from './schema';
import { register as compile } from './compile';
import { register as updates } from './updates';
import { register as plan } from './plan';
import { register as apply } from './apply';
import { register as simulate } from './simulate';
import { register as destroy } from './destroy';
import { register as status } from './status';
import { register as importCommand } from './import';
import { register as drift } from './drift';

/** Every CLI command registers itself through one function here; main.ts knows nothing about individual commands. */
export type CommandRegistrar = (program: Command) => void;

export const COMMANDS: CommandRegistrar[] = [validate, schema, serve, compile, updates, plan, apply, simulate, destroy, status, importCommand, drift];
