import type { GdmfCatalog } from '../../apple/gdmf/catalog';
import type { Backend } from '../../backends/contract';
import { DOCUMENT_VERSION, type DesiredDocument, type StackSettings } from '../../core/document';
import { stackIdentifierPrefix } from '../../core/identity';
import { openDdmServer as openTarget, type DdmServer as Target } from '../../targets/kmfddm/ddm-server';
import { KeyedMutex } from './keyed-mutex';
import { SharedApplyLock } from './shared-apply-lock';

/**
 * The configured provider: the stack settings of the provider block and the server they name, opened on first use
 * (a plan of a configuration without applemdm resources starts no embedded server). The server is chosen exactly as
 * `applemdm apply` chooses it (targets/kmfddm/ddm-server.ts): APPLEMDM_SERVER, else the provider's `server`, else the embedded
 * server in `.applemdm/` of the working directory; `embedded:DIR` starts the embedded server in this process on DIR.
 */
export interface ClientOptions {
  stack: StackSettings;
  /** Where relative paths resolve: Terraform's working directory. */
  baseDir: string;
  env: NodeJS.ProcessEnv;
  catalog?: GdmfCatalog;
  /** The catalog's location as configured, for data sources that name none. */
  catalogLocation?: string;
  /** Fixed compile date (tests); default: the time of each call. */
  now?: () => Date;
}

export class ApplemdmClient {
  readonly stackPrefix: string;
  /** Serialises the activation recompute of each set (see activations.ts). */
  readonly sets = new KeyedMutex();
  private target: Promise<Target> | undefined;
  private lock: SharedApplyLock | undefined;

  constructor(readonly options: ClientOptions) {
    this.stackPrefix = stackIdentifierPrefix(options.stack.identifierPrefix, options.stack.name);
  }

  get stack(): StackSettings {
    return this.options.stack;
  }

  get catalog(): GdmfCatalog | undefined {
    return this.options.catalog;
  }

  now(): Date {
    return this.options.now ? this.options.now() : new Date();
  }

  /** A document of the stack holding the given resources, as the front ends make one. */
  document(resources: DesiredDocument['resources']): DesiredDocument {
    return { version: DOCUMENT_VERSION, stack: this.options.stack, resources, baseDir: this.options.baseDir };
  }

  server(): Promise<Target> {
    this.target ??= openTarget({ document: this.document([]), env: this.options.env }).catch((err: unknown) => {
      this.target = undefined;
      throw err;
    });
    return this.target;
  }

  async backend(): Promise<Backend> {
    return (await this.server()).backend;
  }

  /** Runs writes under the stack's apply lock, shared by this process's concurrent resource applies. */
  async withApplyLock<T>(work: (fenced: Backend) => Promise<T>): Promise<T> {
    const backend = await this.backend();
    this.lock ??= new SharedApplyLock(backend, this.stackPrefix);
    return this.lock.run(work);
  }

  async close(): Promise<void> {
    await this.lock?.settle();
    const target = this.target;
    this.target = undefined;
    if (target) await (await target.catch(() => undefined))?.close();
  }
}
