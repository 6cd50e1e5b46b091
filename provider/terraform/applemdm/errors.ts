import { targetErrorDiagnostic as serverErrorDiagnostic } from '../../targets/registry';
import { NO_SOURCE, type Diagnostic } from '../../core/diagnostics';
import { LockHeldError, LockLostError } from '../../engine/lock/apply-lock';
import { HandlerDiagnosticsError } from '../framework/handler';

/**
 * Failures that are not applemdm bugs, as diagnostics: the server or network (each target's wording, targets/registry.ts),
 * credentials, and the stack's apply lock held by someone else or lost. undefined: a bug, reported as one.
 */
export function asDiagnostics(err: unknown): Diagnostic[] | undefined {
  if (err instanceof HandlerDiagnosticsError) return err.diagnostics;
  const server = serverErrorDiagnostic(err);
  if (server) return [server];
  const d = (summary: string, detail: string, code: string): Diagnostic[] => [{ severity: 'error', summary, detail, path: [], source: NO_SOURCE, code }];
  if (err instanceof LockHeldError) {
    return d('Another apply holds the lock', `${err.message} Nothing was written. A lock left by a crashed apply expires by itself at ${err.holder.expiresAt}.`, 'apply-locked');
  }
  if (err instanceof LockLostError) return d('Apply lock lost', err.message, 'apply-lock-lost');
  return undefined;
}
