import { sha256Hex } from '../../core/sha256';
import type { Db } from './database';

export interface AssetInfo {
  name: string;
  content_type: string;
  size: number;
  sha256: string;
  created_at: string;
  updated_at: string;
}

export interface StoredAsset extends AssetInfo {
  content: Buffer;
}

/**
 * Hosted assets (our extension, not KMFDDM's): profiles for `com.apple.configuration.legacy`, whose ProfileURL must
 * point at the MDM server. Stored in SQLite rather than as files, so an asset name never becomes a file path.
 */
export class AssetRepository {
  constructor(private readonly db: Db) {}

  /** Stores an asset; false when the same bytes with the same content type are already stored. */
  put(name: string, content: Buffer, contentType: string, now: string): boolean {
    const sha256 = sha256Hex(content);
    const existing = this.db.prepare('SELECT sha256, content_type FROM assets WHERE name = ?').get(name) as
      | { sha256: string; content_type: string }
      | undefined;
    if (existing && existing.sha256 === sha256 && existing.content_type === contentType) return false;
    this.db
      .prepare(
        `INSERT INTO assets (name, content, content_type, sha256, size, created_at, updated_at)
         VALUES (@name, @content, @contentType, @sha256, @size, @now, @now)
         ON CONFLICT (name) DO UPDATE SET content = excluded.content, content_type = excluded.content_type,
           sha256 = excluded.sha256, size = excluded.size, updated_at = excluded.updated_at`,
      )
      .run({ name, content, contentType, sha256, size: content.length, now });
    return true;
  }

  get(name: string): StoredAsset | undefined {
    return this.db.prepare('SELECT * FROM assets WHERE name = ?').get(name) as StoredAsset | undefined;
  }

  list(prefix: string): AssetInfo[] {
    return this.db
      .prepare(
        `SELECT name, content_type, size, sha256, created_at, updated_at FROM assets
         WHERE name >= @prefix AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name`,
      )
      .all({ prefix }) as AssetInfo[];
  }

  listWithContent(prefix: string): StoredAsset[] {
    return this.db
      .prepare('SELECT * FROM assets WHERE name >= @prefix AND substr(name, 1, length(@prefix)) = @prefix ORDER BY name')
      .all({ prefix }) as StoredAsset[];
  }

  delete(name: string): boolean {
    return this.db.prepare('DELETE FROM assets WHERE name = ?').run(name).changes > 0;
  }
}
