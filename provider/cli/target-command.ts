import { Diagnostics, NO_SOURCE } from '../core/diagnostics';
import type { OptionalCommand, Target } from '../targets/target';
import { UserError } from './user-error';

/**
 * The target's implementation of a command beyond plan and apply, or a user error naming the command and the server
 * kind when that server does not offer it (the CLI never asks which kind it has).
 */
export function commandOf<C extends OptionalCommand>(target: Target, method: C): NonNullable<Target[C]> {
  const fn = target[method];
  const command = COMMAND_NAMES[method];
  if (!fn) {
    throw new UserError(
      new Diagnostics()
        .error(
          `${command} is not available on ${target.kind}`,
          `${command} is not available on ${target.kind}:// yet (${target.location}); plan and apply are. Nothing was written.`,
          ['--server'],
          NO_SOURCE,
          'command-not-available',
        )
        .toArray(),
    );
  }
  return fn.bind(target) as NonNullable<Target[C]>;
}

/** The CLI command each optional method serves, as the user typed it. */
const COMMAND_NAMES: Record<OptionalCommand, string> = { status: 'status', drift: 'drift', destroy: 'destroy', importSource: 'import' };
