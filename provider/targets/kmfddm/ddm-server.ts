import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { BackendCapabilityError, type Backend } from '../../backends/contract';
import { openKmfddmBackend } from '../../backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer, type EmbeddedServer } from '../../server/index';
import { targetTypeFor } from '../registry';
import type { TargetRequest } from '../target';
import { displayServerUrl, serverBaseUrl } from '../../core/server-url';
import { confinedAssetsConfig } from '../../core/assets-dir';

/**
 * A KMFDDM-compatible server a command talks to: a URL, or the embedded default (the embedded server in-process on an
 * ephemeral loopback port, data in `.applemdm/` beside the configuration). Every path goes through the kmfddm backend
 * over HTTP, so the default and a real server run the same code. Commands that read DDM state directly (status,
 * drift, import, destroy, the Terraform provider) open this; plan and apply go through the Target (kmfddm-target.ts).
 */
export interface DdmServer {
  backend: Backend;
  /** Stable description for plans: the server URL, or `embedded:<data dir>`. */
  location: string;
  kind: 'embedded' | 'kmfddm';
  /** Where devices fetch profiles; stable across runs so plans never churn ProfileURLs. */
  assetsBaseUrl: string;
  close(): Promise<void>;
}

/** The address `applemdm serve` listens on by default: where devices reach the embedded server's assets. */
export const EMBEDDED_PUBLIC_URL = 'http://127.0.0.1:9002';

/** The server openDdmServer opens for a request, decided without opening anything: a URL, or the embedded server's data. */
export type TargetChoice = { kind: 'url'; url: string } | { kind: 'embedded'; dataDir: string };

export function chooseTarget(req: TargetRequest): TargetChoice {
  // An empty --server or APPLEMDM_SERVER never gets here: targets/server-choice.ts refuses it (no silent fall back).
  const url = req.serverFlag ?? req.env.APPLEMDM_SERVER ?? req.document.stack.server;
  if (url && !url.startsWith('embedded:')) return { kind: 'url', url };
  return { kind: 'embedded', dataDir: url ? path.resolve(url.slice('embedded:'.length)) : path.join(req.document.baseDir, '.applemdm') };
}

export async function openDdmServer(req: TargetRequest): Promise<DdmServer> {
  const doc = req.document;
  const choice = chooseTarget(req);
  const type = targetTypeFor(req);
  if (type.kind !== 'kmfddm') {
    throw new BackendCapabilityError(type.kind, 'command', `This command works with KMFDDM-compatible servers only; on ${type.kind} use plan and apply.`);
  }
  const assetsConfig = confinedAssetsConfig(doc);
  if (choice.kind === 'url') {
    const url = choice.url;
    const backend = await openKmfddmBackend({ url, env: req.env, ...(assetsConfig ? { assets: assetsConfig } : {}) });
    return {
      backend,
      // Shown in plan headers and saved plans: a credential in the URL's userinfo or query never is.
      location: displayServerUrl(url),
      kind: 'kmfddm',
      assetsBaseUrl: doc.stack.assets?.baseUrl ?? `${serverBaseUrl(url).replace(/\/+$/, '')}/assets`,
      close: async () => backend.close(),
    };
  }
  const dataDir = choice.dataDir;
  // A one-run random key: no other local process can write to the in-process server while it serves this command.
  const apiKey = randomBytes(24).toString('base64url');
  const server: EmbeddedServer = await startEmbeddedServer({ dataDir, port: 0, apiKey });
  try {
    const backend = await openKmfddmBackend({ url: server.url, apiKey, env: {} });
    return {
      backend,
      location: `embedded:${displayPath(dataDir)}`,
      kind: 'embedded',
      assetsBaseUrl: doc.stack.assets?.baseUrl ?? `${EMBEDDED_PUBLIC_URL}/assets`,
      close: async () => {
        backend.close();
        await server.close();
      },
    };
  } catch (err) {
    await server.close();
    throw err;
  }
}

/** Relative to the working directory when inside it (plans stay portable between checkouts), else absolute. */
function displayPath(dir: string): string {
  const rel = path.relative(process.cwd(), dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : dir;
}
