import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index';
import { UserError } from './user-error';
import { registerAllowDirOption, resetAllowedDirs } from './allowed-dirs';
import { ConfinedPathError } from '../core/confined-file';
import { formatDiagnostics } from './print-diagnostics';
import { escapeControlCharacters } from '../core/escape-control';
import { redactKnownSecrets } from '../core/secret-values';
import { packageVersion } from '../core/paths';
import { targetErrorDiagnostic } from '../targets/registry';
import { scrubSecrets } from '../core/secret-scrubber';
import type { Diagnostic } from '../core/diagnostics';

function scrubDiagnostic(d: Diagnostic): Diagnostic {
  return { ...d, summary: scrubSecrets(d.summary), detail: scrubSecrets(d.detail) };
}

/** Entry point of the `applemdm` command. Returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('applemdm')
    .description('Apple device management as code: validate, compile, plan and apply MDM policy kept in Git.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerAllowDirOption(program);
  resetAllowedDirs();
  for (const register of COMMANDS) register(program);
  // Commands report a non-error exit status (e.g. 2 for --detailed-exitcode) through process.exitCode; start from a
  // clean value so a status left by an earlier in-process run (tests) is not mistaken for this one's.
  const inherited = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    // Every diagnostic passes the process-wide scrub (before escaping, which would hide a secret's spelling from it).
    if (err instanceof UserError || err instanceof ConfinedPathError) {
      const diagnostics = err instanceof UserError ? err.diagnostics : [err.diagnostic];
      process.stderr.write(formatDiagnostics(diagnostics.map(scrubDiagnostic)));
      return 1;
    }
    const fromServer = targetErrorDiagnostic(err);
    if (fromServer) {
      process.stderr.write(formatDiagnostics([scrubDiagnostic(fromServer)]));
      return 1;
    }
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 1;
    }
    const e = err as Error;
    process.stderr.write(
      redactKnownSecrets(
        `applemdm bug: ${escapeControlCharacters(scrubSecrets(e?.message ?? String(err)))}\nThis is always a bug in applemdm; please report it with the command you ran.\n` +
          (process.env.APPLEMDM_DEBUG ? `${e?.stack ?? ''}\n` : ''),
      ),
    );
    return 70;
  } finally {
    process.exitCode = inherited;
  }
}
