import { NO_SOURCE, type Diagnostic } from '../core/diagnostics';
import type { TargetRequest } from './target';

/**
 * Mistakes in choosing the server that would otherwise fall back, in silence, to the embedded server beside the
 * configuration: in a CI job that is a throwaway server in the job's directory, so a plan "succeeds" against nothing
 * and an apply changes no device. An empty APPLEMDM_SERVER is what an unset CI variable (`${{ vars.X }}`) expands
 * to; in CI (`CI` set, as every common runner does) an embedded default nobody named is warned about.
 */
export class ServerChoiceError extends Error {
  constructor(readonly summary: string, readonly detail: string) {
    super(`${summary}: ${detail}`);
    this.name = 'ServerChoiceError';
  }
}

const HOW = 'Name a server with --server URL, APPLEMDM_SERVER or server: in applemdm.yaml; to use the embedded server on purpose, name it: --server embedded:DIR (or server: embedded:DIR).';

export function checkServerChoice(req: TargetRequest): void {
  if (req.serverFlag !== undefined && !req.serverFlag.trim()) {
    throw new ServerChoiceError('Empty --server', `--server was given an empty value. ${HOW}`);
  }
  const fromEnv = req.env.APPLEMDM_SERVER;
  // With --server the variable is not read, so its emptiness decides nothing.
  if (req.serverFlag === undefined && fromEnv !== undefined && !fromEnv.trim()) {
    throw new ServerChoiceError(
      'APPLEMDM_SERVER is set but empty',
      `An empty APPLEMDM_SERVER is usually a CI variable that is not defined; applemdm does not fall back to the embedded server for it. Set it to the server URL, or unset it. ${HOW}`,
    );
  }
  const named = req.serverFlag || fromEnv || req.document.stack.server;
  if (!named && inCi(req.env) && !warned.has(req.document.baseDir)) {
    // A warning, not a refusal: the README's own commands run as written in a CI shell (a tutorial, a smoke test), and
    // every rendering names the server, so a pull-request comment shows "embedded" for all to see.
    warned.add(req.document.baseDir);
    process.stderr.write(
      `Warning: CI is set and no server was named, so this uses a throwaway embedded server in ${req.document.baseDir}/.applemdm, not your MDM server. ${HOW}\n`,
    );
  }
}

const warned = new Set<string>();

/** `CI=false` / `CI=0` is how a developer says "not CI" when copying a job's environment. */
function inCi(env: NodeJS.ProcessEnv): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return !!ci && ci !== 'false' && ci !== '0';
}

export function serverChoiceDiagnostic(err: unknown): Diagnostic | undefined {
  if (!(err instanceof ServerChoiceError)) return undefined;
  return { severity: 'error', summary: err.summary, detail: err.detail, path: [], source: NO_SOURCE, code: 'server-choice' };
}
