import { BackendProtocolError } from '../backends/contract';
import { HttpClient } from '../backends/http/http-client';

/**
 * The device side of DDM over HTTP, as KMFDDM serves it behind NanoMDM's -dm forwarding: every request carries the
 * enrollment in X-Enrollment-ID, plus the device's credentials (its identity certificate in the header a trusted proxy
 * would set) for a server that authenticates devices. Works against real KMFDDM and the embedded server alike.
 */
export const ENROLLMENT_ID_HEADER = 'X-Enrollment-ID';

export interface ManifestItem {
  Identifier: string;
  ServerToken: string;
}

export interface DeclarationItems {
  Declarations: { Activations: ManifestItem[]; Configurations: ManifestItem[]; Assets: ManifestItem[]; Management: ManifestItem[] };
  DeclarationsToken: string;
}

export interface FetchedDeclaration {
  Type: string;
  Identifier: string;
  ServerToken: string;
  Payload: Record<string, unknown>;
}

export class DdmClient {
  constructor(
    private readonly http: HttpClient,
    private readonly enrollmentId: string,
    private readonly credentials: Record<string, string> = {},
  ) {}

  /** What identifies this device on every device request (also used for profile downloads). */
  headers(): Record<string, string> {
    return { ...this.credentials, [ENROLLMENT_ID_HEADER]: this.enrollmentId };
  }

  async tokens(): Promise<string> {
    const res = await this.http.request({ method: 'GET', path: 'tokens', headers: this.headers() });
    const body = res.json<{ SyncTokens?: { DeclarationsToken?: unknown } }>();
    const token = body.SyncTokens?.DeclarationsToken;
    if (typeof token !== 'string') throw new BackendProtocolError('The tokens answer has no DeclarationsToken.');
    return token;
  }

  async declarationItems(): Promise<DeclarationItems> {
    const res = await this.http.request({ method: 'GET', path: 'declaration-items', headers: this.headers() });
    const body = res.json<DeclarationItems>();
    const d = body.Declarations;
    if (!d || ![d.Activations, d.Configurations, d.Assets, d.Management].every(Array.isArray)) {
      throw new BackendProtocolError('The declaration-items answer lacks one of the four manifest arrays.');
    }
    return body;
  }

  /** GET declaration/<category>/<identifier>, category singular (activation, configuration, asset, management). */
  async declaration(category: string, identifier: string): Promise<FetchedDeclaration> {
    const res = await this.http.request({
      method: 'GET',
      path: `declaration/${category}/${encodeURIComponent(identifier)}`,
      headers: this.headers(),
    });
    return res.json<FetchedDeclaration>();
  }

  async status(report: unknown): Promise<void> {
    await this.http.request({
      method: 'PUT',
      path: 'status',
      headers: { ...this.headers(), 'content-type': 'application/json' },
      body: JSON.stringify(report),
    });
  }
}
