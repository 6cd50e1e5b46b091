import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfinedPathError, readConfinedFile } from '../../core/confined-file';
import { AssetRecord, AssetRef, BackendCapabilityError, BackendProtocolError, WriteResult } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';
import { sha256Hex } from '../../core/sha256';

/**
 * Where profile assets (the .mobileconfig behind a com.apple.configuration.legacy declaration) live. KMFDDM hosts no
 * files, so against real KMFDDM they go to a directory the user's web server publishes (`assets: {dir, base_url}`);
 * the embedded server hosts them itself through its /v1/assets extension.
 */
export interface AssetStore {
  readonly hosting: 'server' | 'directory' | 'none';
  put(name: string, bytes: Uint8Array, contentType: string): Promise<AssetRef>;
  delete(name: string): Promise<WriteResult>;
  /** Assets whose name starts with prefix, sorted by name. */
  list(prefix: string): Promise<AssetRecord[]>;
  /** The stored bytes, or undefined when there is no such asset. */
  get(name: string): Promise<Buffer | undefined>;
}

/** Asset names become file names and URL path segments: a conservative alphabet, no traversal. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export class AssetNameError extends Error {
  constructor(name: string) {
    super(`Asset name "${name}" is not allowed: use letters, digits, ".", "_" and "-" (at most 200), not starting with a dot.`);
    this.name = 'AssetNameError';
  }
}

export function checkAssetName(name: string): void {
  if (!ASSET_NAME.test(name) || name.includes('..')) throw new AssetNameError(name);
}

/**
 * The embedded server's /v1/assets extension: PUT /v1/assets/<name> answers 204 stored / 304 same bytes; devices
 * fetch /assets/<name> with their enrollment ID.
 */
export class ServerAssetStore implements AssetStore {
  readonly hosting = 'server' as const;

  constructor(private readonly client: HttpClient) {}

  async put(name: string, bytes: Uint8Array, contentType: string): Promise<AssetRef> {
    checkAssetName(name);
    const response = await this.client.request({
      method: 'PUT',
      path: `v1/assets/${encodePathSegment(name)}`,
      headers: { 'content-type': contentType },
      body: bytes,
      expect: [204, 304],
    });
    const url = this.client.url(`assets/${encodePathSegment(name)}`).toString();
    return { name, sha256: sha256Hex(bytes), size: bytes.byteLength, url, result: response.status === 304 ? 'unchanged' : 'changed' };
  }

  async delete(name: string): Promise<WriteResult> {
    checkAssetName(name);
    const response = await this.client.request({
      method: 'DELETE',
      path: `v1/assets/${encodePathSegment(name)}`,
      expect: [204, 304],
    });
    return response.status === 304 ? 'unchanged' : 'changed';
  }

  async get(name: string): Promise<Buffer | undefined> {
    checkAssetName(name);
    const response = await this.client.request({ method: 'GET', path: `v1/assets/${encodePathSegment(name)}`, expect: [200, 404] });
    return response.status === 404 ? undefined : Buffer.from(response.body);
  }

  async list(prefix: string): Promise<AssetRecord[]> {
    const response = await this.client.request({ method: 'GET', path: 'v1/assets', query: { prefix } });
    const body = parseJson(response, 'GET /v1/assets');
    const items = Array.isArray(body) ? body : undefined;
    if (!items) throw new BackendProtocolError('The assets answer is not a list.');
    return items
      .map((item): AssetRecord => {
        if (!isRecord(item) || typeof item.name !== 'string' || typeof item.sha256 !== 'string' || typeof item.size !== 'number') {
          throw new BackendProtocolError('An assets entry lacks name, sha256 or size.');
        }
        return { name: item.name, sha256: item.sha256, size: item.size };
      })
      .filter((a) => a.name.startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}

/** Files in a directory that the user's web server publishes at baseUrl. Writes are atomic (temp file + rename). */
export class DirectoryAssetStore implements AssetStore {
  readonly hosting = 'directory' as const;
  private readonly baseUrl: string;

  constructor(
    private readonly dir: string,
    baseUrl: string,
  ) {
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      throw new Error(`assets.base_url must be an http(s) URL, got ${url.protocol}`);
    }
    this.baseUrl = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  }

  async put(name: string, bytes: Uint8Array, _contentType: string): Promise<AssetRef> {
    checkAssetName(name);
    const file = path.join(this.dir, name);
    const sha256 = sha256Hex(bytes);
    let result: WriteResult = 'changed';
    const existing = await readIfExists(file);
    if (existing && sha256Hex(existing) === sha256) {
      result = 'unchanged';
    } else {
      await fs.promises.mkdir(this.dir, { recursive: true });
      const tmp = path.join(this.dir, `.${name}.${process.pid}.tmp`);
      // Exclusive create: a link planted under the temporary name is removed, never written through.
      await fs.promises.rm(tmp, { force: true });
      await fs.promises.writeFile(tmp, bytes, { flag: 'wx' });
      await fs.promises.rename(tmp, file);
    }
    return { name, sha256, size: bytes.byteLength, url: `${this.baseUrl}${encodePathSegment(name)}`, result };
  }

  async delete(name: string): Promise<WriteResult> {
    checkAssetName(name);
    try {
      await fs.promises.unlink(path.join(this.dir, name));
      return 'changed';
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'unchanged';
      throw err;
    }
  }

  async get(name: string): Promise<Buffer | undefined> {
    checkAssetName(name);
    return readIfExists(path.join(this.dir, name));
  }

  async list(prefix: string): Promise<AssetRecord[]> {
    let names: string[];
    try {
      names = await fs.promises.readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const out: AssetRecord[] = [];
    for (const name of names.filter((n) => n.startsWith(prefix) && ASSET_NAME.test(n)).sort()) {
      const bytes = await readIfExists(path.join(this.dir, name));
      if (bytes) out.push({ name, sha256: sha256Hex(bytes), size: bytes.byteLength });
    }
    return out;
  }
}

/** Used when the server hosts no assets and no directory is configured: asset writes are refused. */
export class NoAssetStore implements AssetStore {
  readonly hosting = 'none' as const;

  constructor(private readonly reason: string) {}

  put(): Promise<AssetRef> {
    return Promise.reject(new BackendCapabilityError('kmfddm', 'assetHosting', this.reason));
  }

  delete(): Promise<WriteResult> {
    return Promise.reject(new BackendCapabilityError('kmfddm', 'assetHosting', this.reason));
  }

  async list(): Promise<AssetRecord[]> {
    return [];
  }

  async get(): Promise<Buffer | undefined> {
    return undefined;
  }
}

/** Largest published asset read back; a profile is a few kB, so anything near this is not one applemdm wrote. */
const MAX_ASSET_BYTES = 16 * 1024 * 1024;

/**
 * An existing asset file, read through the confined reader: the directory may sit in a checkout a pull request
 * controls, so an entry that is a link out of it, a named pipe or a device is refused (a diagnostic, not a hang or a
 * crash), and its bytes are only ever hashed, never printed.
 */
async function readIfExists(file: string): Promise<Buffer | undefined> {
  const read = readConfinedFile(path.dirname(file), path.basename(file), { what: 'the published asset', maxBytes: MAX_ASSET_BYTES, operatorMayAllow: false });
  if (read.ok) return read.bytes;
  if (read.diagnostic.code === 'not-found') return undefined;
  throw new ConfinedPathError(read.diagnostic);
}
