import {
  AssetRef,
  Backend,
  BackendCapabilities,
  BackendCapabilityError,
  BackendInfo,
  DeclarationInput,
  DeclarationRecord,
  DeclarationStatus,
  EnrollmentRecord,
  NotifyTarget,
  ReadStackOptions,
  ServerLocks,
  StackSnapshot,
  WriteResult,
} from '../contract';
import { resolveApiKey } from '../http/credentials';
import { HttpClient } from '../http/http-client';
import { RetryPolicy } from '../http/retry-policy';
import { timeoutsFromEnv } from '../http/timeouts';
import { AssetStore, DirectoryAssetStore, NoAssetStore, ServerAssetStore } from './assets';
import * as declarations from './declarations';
import { changeEnrollmentSet } from './enrollment-sets';
import { listEnrollments } from './enrollments';
import { HttpServerLocks } from './locks';
import { notify } from './notify';
import { readStack } from './read-stack';
import { EXTENSION_ASSETS, EXTENSION_BULK, EXTENSION_ENROLLMENTS, EXTENSION_LOCKS, ServerInfo, readServerInfo } from './server-info';
import { changeSetDeclaration } from './sets';
import { declarationStatus } from './status';

/**
 * The kmfddm backend: KMFDDM's management API over HTTP. The embedded server speaks the same API plus extensions
 * (bulk read, asset hosting, enrollment registry) that are detected from GET /version, so one code path serves both.
 */
export interface KmfddmBackendOptions {
  url: string;
  /** Otherwise APPLEMDM_API_KEY or the file in APPLEMDM_API_KEY_FILE (see env). */
  apiKey?: string;
  env?: NodeJS.ProcessEnv;
  /** Publish profile assets into dir, served by the user's web server at base_url (needed for real KMFDDM). */
  assets?: { dir: string; base_url: string };
  /** Parallel requests of the per-object read (default 8). */
  concurrency?: number;
  bulkPageSize?: number;
  /** false: ignore the server's extensions and use KMFDDM's API only (as against real KMFDDM). Default true. */
  useExtensions?: boolean;
  /** One request's budget (all attempts); otherwise APPLEMDM_TIMEOUT, default 30 s. */
  timeoutMs?: number;
  /** The command's network time; otherwise APPLEMDM_DEADLINE, default 10 min. */
  deadlineMs?: number;
  retry?: Partial<RetryPolicy>;
  sleep?: (ms: number) => Promise<void>;
}

const API_USER = 'kmfddm';
const DEFAULT_CONCURRENCY = 8;
const DEFAULT_BULK_PAGE_SIZE = 500;

export async function openKmfddmBackend(options: KmfddmBackendOptions): Promise<KmfddmBackend> {
  const apiKey = resolveApiKey({ apiKey: options.apiKey, env: options.env });
  const fromEnv = timeoutsFromEnv(options.env ?? process.env);
  const client = new HttpClient({
    baseUrl: options.url,
    basicAuth: apiKey === undefined ? undefined : { user: API_USER, password: apiKey },
    timeoutMs: options.timeoutMs ?? fromEnv.timeoutMs,
    deadlineMs: options.deadlineMs ?? fromEnv.deadlineMs,
    retry: options.retry,
    sleep: options.sleep,
  });
  try {
    const info = await readServerInfo(client);
    return new KmfddmBackend(client, info, options);
  } catch (err) {
    client.close();
    throw err;
  }
}

export class KmfddmBackend implements Backend {
  readonly capabilities: BackendCapabilities;
  readonly locks?: ServerLocks;
  private readonly assets: AssetStore;

  constructor(
    private readonly client: HttpClient,
    private readonly server: ServerInfo,
    private readonly options: KmfddmBackendOptions,
  ) {
    const has = (name: string): boolean => options.useExtensions !== false && server.extensions.includes(name);
    if (options.assets) this.assets = new DirectoryAssetStore(options.assets.dir, options.assets.base_url);
    else if (has(EXTENSION_ASSETS)) this.assets = new ServerAssetStore(client);
    else {
      this.assets = new NoAssetStore(
        'This KMFDDM server hosts no profile assets; configure assets: {dir, base_url} with a directory your web server publishes.',
      );
    }
    this.capabilities = {
      bulkRead: has(EXTENSION_BULK),
      assetHosting: this.assets.hosting,
      enrollmentRegistry: has(EXTENSION_ENROLLMENTS),
      appRemovable: false,
      uninstallIntent: false,
      excludeGroups: false,
    };
    if (has(EXTENSION_LOCKS)) this.locks = new HttpServerLocks(client);
  }

  get requestCount(): number {
    return this.client.requestCount;
  }

  async info(): Promise<BackendInfo> {
    const url = new URL(this.client.baseUrl);
    return { kind: 'kmfddm', url: url.toString(), serverVersion: this.server.version, extensions: [...this.server.extensions] };
  }

  async readStack(identifierPrefix: string, options: ReadStackOptions = {}): Promise<StackSnapshot> {
    if (identifierPrefix === '') throw new Error('applemdm bug: readStack needs a non-empty identifier prefix');
    return this.readPrefix(identifierPrefix, options);
  }

  readAll(options: ReadStackOptions = {}): Promise<StackSnapshot> {
    return this.readPrefix('', options);
  }

  private async readPrefix(identifierPrefix: string, options: ReadStackOptions): Promise<StackSnapshot> {
    let enrollmentIds = options.enrollmentIds;
    if (enrollmentIds === undefined && this.capabilities.enrollmentRegistry && !this.capabilities.bulkRead) {
      enrollmentIds = (await this.enrollments()).map((e) => e.id);
    }
    return readStack(
      {
        client: this.client,
        assets: this.assets,
        concurrency: this.options.concurrency ?? DEFAULT_CONCURRENCY,
        bulk: this.capabilities.bulkRead,
        bulkPageSize: this.options.bulkPageSize ?? DEFAULT_BULK_PAGE_SIZE,
      },
      identifierPrefix,
      enrollmentIds,
    );
  }

  putDeclaration(declaration: DeclarationInput): Promise<WriteResult> {
    return declarations.putDeclaration(this.client, declaration);
  }

  getDeclaration(identifier: string): Promise<DeclarationRecord | undefined> {
    return declarations.getDeclaration(this.client, identifier);
  }

  deleteDeclaration(identifier: string): Promise<WriteResult> {
    return declarations.deleteDeclaration(this.client, identifier);
  }

  addSetDeclaration(set: string, identifier: string): Promise<WriteResult> {
    return changeSetDeclaration(this.client, 'PUT', set, identifier);
  }

  removeSetDeclaration(set: string, identifier: string): Promise<WriteResult> {
    return changeSetDeclaration(this.client, 'DELETE', set, identifier);
  }

  addEnrollmentSet(enrollmentId: string, set: string): Promise<WriteResult> {
    return changeEnrollmentSet(this.client, 'PUT', enrollmentId, set);
  }

  removeEnrollmentSet(enrollmentId: string, set: string): Promise<WriteResult> {
    return changeEnrollmentSet(this.client, 'DELETE', enrollmentId, set);
  }

  putAsset(name: string, bytes: Uint8Array, contentType: string): Promise<AssetRef> {
    return this.assets.put(name, bytes, contentType);
  }

  deleteAsset(name: string): Promise<WriteResult> {
    return this.assets.delete(name);
  }

  getAsset(name: string): Promise<Buffer | undefined> {
    return this.assets.get(name);
  }

  async notify(target: NotifyTarget): Promise<void> {
    await notify(this.client, target);
  }

  declarationStatus(enrollmentIds: string[]): Promise<Record<string, DeclarationStatus[]>> {
    return declarationStatus(this.client, enrollmentIds);
  }

  async enrollments(): Promise<EnrollmentRecord[]> {
    if (!this.capabilities.enrollmentRegistry) {
      throw new BackendCapabilityError(
        'kmfddm',
        'enrollmentRegistry',
        'This KMFDDM server cannot list enrollments; name the enrollment IDs explicitly.',
      );
    }
    return listEnrollments(this.client);
  }

  close(): void {
    this.client.close();
  }
}
