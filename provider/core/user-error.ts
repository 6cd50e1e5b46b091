import type { Diagnostic } from '../core/diagnostics';

/**
 * Thrown inside a command to stop with exit code 1 and print diagnostics. It is the only exception the CLI treats as
 * the user's mistake; anything else is reported as a bug in applemdm.
 */
export class UserError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => d.summary).join('; '));
    this.name = 'UserError';
  }
}
