import type { Diagnostic } from '../core/diagnostics';
import { BUILTIN_TARGETS } from './builtin';
import { checkServerChoice, serverChoiceDiagnostic } from './server-choice';
import { serverUrlFor, type Target, type TargetRequest, type TargetType } from './target';

/**
 * The one place that knows which servers exist: the built-in targets (one line each in targets/builtin.ts) and any a
 * test registers. The last registered that matches a URL wins, so a more specific scheme takes precedence over the
 * KMFDDM catch-all.
 */
const TYPES: TargetType[] = [...BUILTIN_TARGETS].reverse();

export function registerTarget(type: TargetType): () => void {
  TYPES.unshift(type);
  return () => {
    const i = TYPES.indexOf(type);
    if (i >= 0) TYPES.splice(i, 1);
  };
}

export function targetTypeFor(req: TargetRequest): TargetType {
  checkServerChoice(req);
  const url = serverUrlFor(req);
  const type = TYPES.find((t) => t.matches(url));
  if (!type) throw new Error(`applemdm bug: no target registered for ${url ?? 'the embedded server'}`);
  return type;
}

export function openTarget(req: TargetRequest): Promise<Target> {
  return targetTypeFor(req).open(req);
}

/** --server help: the URL forms of every registered target. */
export function serverUrlForms(): string {
  return [...TYPES].reverse().map((t) => t.urlForms).join(' or ');
}

/** The shared error edge: the first registered target that recognises the error words it for the user. */
export function targetErrorDiagnostic(err: unknown): Diagnostic | undefined {
  const choice = serverChoiceDiagnostic(err);
  if (choice) return choice;
  for (const t of TYPES) {
    const d = t.errorDiagnostic?.(err);
    if (d) return d;
  }
  return undefined;
}
