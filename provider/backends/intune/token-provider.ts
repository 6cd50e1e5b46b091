import { HttpClient } from '../http/http-client';
import { clientAssertion } from './client-assertion';
import { IntuneAuthError } from './graph-errors';
import type { IntuneConnection } from './intune-config';
import type { SecretRegistry } from './secret-registry';

/**
 * Client-credentials tokens for Graph (intune-graph.md §1.1). There is no refresh token: the token is cached and a new
 * one requested shortly before it expires, or at once after Graph answers 401. The secret, each assertion and each
 * token go into the backend's secret registry before they are used, so no error text can carry them.
 */
export interface TokenSource {
  token(): Promise<string>;
  /** Forget the cached token (Graph rejected it). */
  invalidate(): void;
  readonly requestCount: number;
}

/** Renew this long before the service's expiry, so a token never expires in flight. */
const EARLY_RENEWAL_SECONDS = 300;

interface TokenResponse {
  token_type?: string;
  expires_in?: number | string;
  access_token?: string;
  error?: string;
  error_description?: string;
  error_codes?: number[];
  trace_id?: string;
}

export class ClientCredentialsTokenSource implements TokenSource {
  private readonly http: HttpClient;
  private cached: { token: string; renewAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly connection: IntuneConnection,
    private readonly secrets: SecretRegistry,
    private readonly now: () => number = Date.now,
    sleep?: (ms: number) => Promise<void>,
  ) {
    this.http = new HttpClient({ baseUrl: `${connection.authorityUrl}/`, userAgent: 'applemdm', ...(sleep ? { sleep } : {}) });
    if (connection.credential.kind === 'secret') secrets.add(connection.credential.secret);
    else secrets.add(connection.credential.privateKeyPem);
  }

  get requestCount(): number {
    return this.http.requestCount;
  }

  get tokenEndpoint(): string {
    return `${this.connection.authorityUrl}/${encodeURIComponent(this.connection.tenantId)}/oauth2/v2.0/token`;
  }

  invalidate(): void {
    this.cached = undefined;
  }

  async token(): Promise<string> {
    if (this.cached && this.now() < this.cached.renewAt) return this.cached.token;
    // One request for concurrent callers.
    this.pending ??= this.fetchToken().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  close(): void {
    this.http.close();
  }

  private async fetchToken(): Promise<string> {
    const c = this.connection;
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: c.clientId, scope: `${c.graphUrl}/.default` });
    if (c.credential.kind === 'secret') {
      form.set('client_secret', c.credential.secret);
    } else {
      const assertion = clientAssertion({
        clientId: c.clientId,
        tokenEndpoint: this.tokenEndpoint,
        certificatePem: c.credential.certificatePem,
        privateKeyPem: c.credential.privateKeyPem,
        nowSeconds: Math.floor(this.now() / 1000),
      });
      this.secrets.add(assertion);
      form.set('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
      form.set('client_assertion', assertion);
    }
    const body = form.toString();
    let res;
    try {
      res = await this.http.request({
        method: 'POST',
        path: `${encodeURIComponent(c.tenantId)}/oauth2/v2.0/token`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body,
        // A token request changes nothing: safe to repeat after a reset or a 429/503.
        idempotent: true,
        expect: ALL_STATUSES,
      });
    } catch (err) {
      throw new IntuneAuthError(this.secrets.scrub(`Cannot reach the token endpoint ${this.tokenEndpoint}: ${(err as Error).message}`));
    }
    let parsed: TokenResponse = {};
    try {
      parsed = res.json<TokenResponse>();
    } catch {
      // Reported below with the status.
    }
    if (res.status !== 200 || typeof parsed.access_token !== 'string' || !parsed.access_token) {
      const code = parsed.error ?? 'unknown';
      const description = (parsed.error_description ?? res.text().slice(0, 300)).split(/\r?\n/)[0] ?? '';
      throw new IntuneAuthError(
        this.secrets.scrub(
          `The token endpoint ${this.tokenEndpoint} refused client ${c.clientId} (HTTP ${res.status} ${code}): ${description}` +
            `${parsed.trace_id ? ` (trace id ${parsed.trace_id})` : ''}`,
        ),
        res.status,
        code,
      );
    }
    this.secrets.add(parsed.access_token);
    const expiresIn = Number(parsed.expires_in ?? 3599);
    const lifetime = Number.isFinite(expiresIn) ? expiresIn : 3599;
    this.cached = { token: parsed.access_token, renewAt: this.now() + Math.max(0, lifetime - EARLY_RENEWAL_SECONDS) * 1000 };
    return parsed.access_token;
  }
}

/** Every status is handed back to the caller, which interprets Graph's and Entra ID's error bodies itself. */
export const ALL_STATUSES: readonly number[] = Array.from({ length: 500 }, (_, i) => i + 100);
