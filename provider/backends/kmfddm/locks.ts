import { BackendProtocolError, LockAttempt, LockHolder, ServerLocks } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/**
 * The embedded server's locks extension: PUT /v1/locks/:name {owner, ttl_seconds} → 204 acquired or extended, 409
 * with the holder; DELETE /v1/locks/:name?owner= → 204 / 304 / 409; GET /v1/locks/:name → the last holder (also
 * expired) or 404. A repeated PUT by the same owner only extends the lease, so the client may retry it like any
 * idempotent request.
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
    const holder = toHolder(parseJson(response, `PUT /v1/locks/${name}`));
    if (!holder) throw new BackendProtocolError(`The server refused lock ${name} without naming its holder.`);
    return { acquired: false, holder };
  }

  async holder(name: string): Promise<LockHolder | undefined> {
    const response = await this.client.request({ method: 'GET', path: `v1/locks/${encodePathSegment(name)}`, expect: [200, 404] });
    if (response.status === 404) return undefined;
    const holder = toHolder(parseJson(response, `GET /v1/locks/${name}`));
    if (!holder) throw new BackendProtocolError(`The server's record of lock ${name} names no holder.`);
    return holder;
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

function toHolder(body: unknown): LockHolder | undefined {
  if (!isRecord(body) || typeof body.owner !== 'string' || typeof body.acquired_at !== 'string' || typeof body.expires_at !== 'string') return undefined;
  return { owner: body.owner, acquiredAt: body.acquired_at, expiresAt: body.expires_at };
}
