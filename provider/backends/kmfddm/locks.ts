import { BackendProtocolError, LockAttempt, ServerLocks } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/**
 * The embedded server's locks extension: PUT /v1/locks/:name {owner, ttl_seconds} → 204 acquired or extended, 409
 * with the holder; DELETE /v1/locks/:name?owner= → 204 / 304 / 409. A repeated PUT by the same owner only extends the
 * lease, so the client may retry it like any idempotent request.
 */
export class HttpServerLocks implements ServerLocks {
  constructor(private readonly client: HttpClient) {}

  async acquire(name: string, owner: string, ttlSeconds: number): Promise<LockAttempt> {
    const response = await this.client.request({
      method: 'PUT',
      path: `v1/locks/${encodePathSegment(name)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ owner, ttl_seconds: ttlSeconds }),
      expect: [204, 409],
    });
    if (response.status === 204) return { acquired: true };
    const body = parseJson(response, `PUT /v1/locks/${name}`);
    if (!isRecord(body) || typeof body.owner !== 'string' || typeof body.acquired_at !== 'string' || typeof body.expires_at !== 'string') {
      throw new BackendProtocolError(`The server refused lock ${name} without naming its holder.`);
    }
    return { acquired: false, holder: { owner: body.owner, acquiredAt: body.acquired_at, expiresAt: body.expires_at } };
  }

  async release(name: string, owner: string): Promise<void> {
    await this.client.request({
      method: 'DELETE',
      path: `v1/locks/${encodePathSegment(name)}`,
      query: { owner },
      expect: [204, 304, 409],
    });
  }
}
