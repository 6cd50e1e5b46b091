import { X509Certificate, createPublicKey, randomBytes, randomUUID, verify } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { interfaceNameOf, shapeProblems } from './graph-shapes';

/**
 * A Microsoft Graph BEHAVIOUR SIMULATOR for the intune backend's tests. It is test infrastructure, not Microsoft's
 * service: Intune's Graph service cannot run here, so this real HTTP server on 127.0.0.1 serves the subset of Entra ID
 * and Graph beta the backend uses, and reproduces the documented behaviour the backend must handle
 * (../shared/reference/intune-graph.md): client-credentials tokens, 429/503 with and without Retry-After (also inside
 * $batch), 404 for a while after a create and stale assignment lists after `assign` (eventual consistency),
 * @odata.nextLink paging, $batch with at most 20 requests answered out of order, `assign` replacing the whole list,
 * Graph's error body with a request-id, and request bodies checked against the published Graph beta typings.
 */
export interface SimulatorOptions {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** PEM certificate whose key may sign client assertions instead of the secret. */
  certificatePem?: string;
  /** Items per page of every collection (small, so paging is exercised). */
  pageSize?: number;
  /** Reads that still see the old state after a write (404 after create, the previous list after assign). */
  consistencyLag?: number;
  tokenLifetimeSeconds?: number;
}

export interface ThrottleRule {
  count: number;
  status: 429 | 503;
  /** Seconds, or omitted: some Intune endpoints throttle without Retry-After. */
  retryAfter?: string;
  match?: (method: string, path: string) => boolean;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  /** Set for the sub-requests of a $batch. */
  inBatch?: boolean;
  /** The Authorization header value (to prove tokens are sent and secrets are not). */
  authorization?: string;
  body?: string;
}

type Obj = Record<string, unknown>;

interface Stored {
  obj: Obj;
  /** Reads left during which the object is still invisible. */
  hiddenReads: number;
}

interface AssignmentList {
  current: Obj[];
  previous: Obj[];
  staleReads: number;
  /** Whether the last first page served the previous list (later pages of that read follow it). */
  servingStale?: boolean;
}

const GRAPH = '#microsoft.graph.';

export class GraphSimulator {
  readonly groups = new Map<string, Obj>();
  readonly apps = new Map<string, Stored>();
  readonly deviceConfigurations = new Map<string, Stored>();
  readonly configurationPolicies = new Map<string, Stored>();
  /** `<collection>/<id>` → assignments (apps: mobileApps/<id>). */
  readonly assignments = new Map<string, AssignmentList>();
  readonly policySettings = new Map<string, Obj[]>();
  readonly log: LoggedRequest[] = [];
  readonly tokens = new Map<string, number>();
  private throttles: ThrottleRule[] = [];
  private server?: http.Server;
  private base = '';
  private readonly pageSize: number;
  private readonly lag: number;

  constructor(readonly options: SimulatorOptions) {
    this.pageSize = options.pageSize ?? 2;
    this.lag = options.consistencyLag ?? 2;
  }

  /** `http://127.0.0.1:<port>`: both the authority and the Graph host. */
  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        try {
          this.handle(req, Buffer.concat(chunks).toString('utf8'), res);
        } catch (err) {
          send(res, 500, { error: { code: 'InternalServerError', message: (err as Error).message } });
        }
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The environment the backend reads, pointing at this simulator. */
  env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
    return {
      APPLEMDM_INTUNE_CLIENT_ID: this.options.clientId,
      ...(this.options.clientSecret ? { APPLEMDM_INTUNE_CLIENT_SECRET: this.options.clientSecret } : {}),
      APPLEMDM_INTUNE_AUTHORITY_URL: this.base,
      APPLEMDM_INTUNE_GRAPH_URL: this.base,
      ...extra,
    };
  }

  throttle(rule: ThrottleRule): void {
    this.throttles.push({ ...rule });
  }

  clearThrottles(): void {
    this.throttles = [];
  }

  /** Every issued token stops working (as after expiry): the next Graph request answers 401. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  addGroup(displayName: string, id: string = randomUUID()): string {
    this.groups.set(id, { id, displayName });
    return id;
  }

  addApp(app: Obj, assignments: Obj[] = []): string {
    const id = (app.id as string) ?? randomUUID();
    this.apps.set(id, { obj: { publishingState: 'published', ...app, id }, hiddenReads: 0 });
    this.assignments.set(`mobileApps/${id}`, { current: assignments.map((a) => ({ id: randomUUID(), source: 'direct', ...a })), previous: [], staleReads: 0 });
    return id;
  }

  addDeviceConfiguration(obj: Obj): string {
    const id = (obj.id as string) ?? randomUUID();
    this.deviceConfigurations.set(id, { obj: { ...obj, id }, hiddenReads: 0 });
    this.assignments.set(`deviceConfigurations/${id}`, { current: [], previous: [], staleReads: 0 });
    return id;
  }

  /** The assignments as Intune holds them now (no staleness). */
  appAssignments(appId: string): Obj[] {
    return this.assignments.get(`mobileApps/${appId}`)?.current ?? [];
  }

  graphRequests(): LoggedRequest[] {
    return this.log.filter((l) => l.path.startsWith('/beta/'));
  }

  // ---------------------------------------------------------------------------------------------------------------

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const method = req.method ?? 'GET';
    if (method === 'POST' && url.pathname === `/${this.options.tenantId}/oauth2/v2.0/token`) {
      const r = this.token(new URLSearchParams(body), url);
      this.log.push({ method, path: url.pathname, status: r.status, body });
      return send(res, r.status, r.body);
    }
    if (!url.pathname.startsWith('/beta/')) {
      this.log.push({ method, path: url.pathname, status: 404 });
      return send(res, 404, graphError('ResourceNotFound', `no route ${url.pathname}`));
    }
    const auth = req.headers.authorization ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const expires = this.tokens.get(token);
    if (expires === undefined || expires < Date.now()) {
      this.log.push({ method, path: url.pathname + url.search, status: 401, authorization: auth });
      return send(res, 401, graphError('InvalidAuthenticationToken', 'Access token is empty or invalid.'));
    }
    const r = this.route(method, url.pathname.slice('/beta'.length), url.searchParams, body, false);
    this.log.push({ method, path: url.pathname + url.search, status: r.status, authorization: auth, ...(body ? { body } : {}) });
    res.statusCode = r.status;
    res.setHeader('request-id', r.requestId);
    for (const [k, v] of Object.entries(r.headers)) res.setHeader(k, v);
    if (r.body === undefined) return void res.end();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(r.body));
  }

  private token(form: URLSearchParams, url: URL): { status: number; body: Obj } {
    const fail = (code: string, description: string) => ({ status: code === 'invalid_request' ? 400 : 401, body: { error: code, error_description: description, error_codes: [7000215], trace_id: randomUUID() } });
    if (form.get('grant_type') !== 'client_credentials') return fail('invalid_request', 'AADSTS900144: grant_type must be client_credentials.');
    if (form.get('client_id') !== this.options.clientId) return fail('unauthorized_client', `AADSTS700016: Application ${form.get('client_id')} was not found in the directory.`);
    if (!/\/\.default$/.test(form.get('scope') ?? '')) return fail('invalid_scope', 'AADSTS1002012: The scope must end in /.default for client credentials.');
    const secret = form.get('client_secret');
    const assertion = form.get('client_assertion');
    if (secret !== null) {
      if (!this.options.clientSecret || secret !== this.options.clientSecret) return fail('invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    } else if (assertion !== null) {
      const problem = this.checkAssertion(assertion, `${url.origin}${url.pathname}`);
      if (problem) return fail('invalid_client', `AADSTS700027: Client assertion failed: ${problem}`);
    } else {
      return fail('invalid_client', 'AADSTS7000216: client_secret or client_assertion is required.');
    }
    const token = randomBytes(32).toString('base64url');
    const lifetime = this.options.tokenLifetimeSeconds ?? 3599;
    this.tokens.set(token, Date.now() + lifetime * 1000);
    return { status: 200, body: { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: token } };
  }

  private checkAssertion(jwt: string, audience: string): string | undefined {
    if (!this.options.certificatePem) return 'no certificate registered';
    const [h, c, s] = jwt.split('.');
    if (!h || !c || !s) return 'not a JWT';
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as Obj;
    const claims = JSON.parse(Buffer.from(c, 'base64url').toString()) as Obj;
    const cert = new X509Certificate(this.options.certificatePem);
    if (header['x5t#S256'] !== Buffer.from(cert.fingerprint256.replace(/:/g, ''), 'hex').toString('base64url')) return 'unknown certificate thumbprint';
    if (!verify('sha256', Buffer.from(`${h}.${c}`), createPublicKey(cert.publicKey.export({ type: 'spki', format: 'pem' })), Buffer.from(s, 'base64url'))) return 'bad signature';
    if (claims.aud !== audience || claims.iss !== this.options.clientId || claims.sub !== this.options.clientId) return 'wrong aud, iss or sub';
    const now = Date.now() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp < now || typeof claims.nbf !== 'number' || claims.nbf > now + 300) return 'expired or not yet valid';
    return undefined;
  }

  private route(method: string, path: string, query: URLSearchParams, body: string, inBatch: boolean): Reply {
    // A rule without a matcher throttles any single request (batch steps included), never the $batch envelope.
    const throttle = this.throttles.find((t) => t.count > 0 && (t.match ? t.match(method, path) : path !== '/$batch'));
    if (throttle) {
      throttle.count--;
      return reply(throttle.status, graphError(throttle.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable', 'Too many requests; slow down.'), throttle.retryAfter ? { 'Retry-After': throttle.retryAfter } : {});
    }
    let parsed: unknown;
    if (body) {
      try {
        parsed = JSON.parse(body);
      } catch {
        return reply(400, graphError('BadRequest', 'Body is not JSON.'));
      }
    }
    const seg = path.split('/').filter(Boolean).map(decodeURIComponent);
    if (seg[0] === '$batch' && method === 'POST' && !inBatch) return this.batch(parsed as Obj);
    if (seg[0] === 'groups') return this.groupsRoute(method, seg, query);
    if (seg[0] === 'deviceAppManagement' && seg[1] === 'mobileApps') return this.appsRoute(method, seg.slice(2), query, parsed, path);
    if (seg[0] === 'deviceManagement' && (seg[1] === 'deviceConfigurations' || seg[1] === 'configurationPolicies')) {
      return this.configurationsRoute(method, seg[1], seg.slice(2), query, parsed, path);
    }
    return reply(404, graphError('ResourceNotFound', `Resource not found for the segment '${seg[0] ?? ''}'.`));
  }

  private batch(body: Obj | undefined): Reply {
    const requests = (body?.requests ?? []) as { id: string; method: string; url: string; headers?: Obj; body?: unknown }[];
    if (!Array.isArray(requests) || requests.length === 0) return reply(400, graphError('BadRequest', 'Invalid batch payload format.'));
    if (requests.length > 20) return reply(400, graphError('BadRequest', 'Number of batch request steps exceeds the maximum of 20.'));
    const responses = requests.map((r) => {
      const url = new URL(r.url, 'http://batch');
      if (r.body !== undefined && !r.headers?.['Content-Type'] && !r.headers?.['content-type']) {
        return { id: r.id, status: 400, headers: {}, body: graphError('BadRequest', 'Content-Type header is required for requests with a body.') };
      }
      const sub = this.route(r.method, url.pathname, url.searchParams, r.body === undefined ? '' : JSON.stringify(r.body), true);
      this.log.push({ method: r.method, path: `/beta${url.pathname}${url.search}`, status: sub.status, inBatch: true });
      return { id: r.id, status: sub.status, headers: sub.headers, body: sub.body };
    });
    // Graph answers in any order; the reverse makes clients that rely on order fail.
    return reply(200, { responses: responses.reverse() });
  }

  private groupsRoute(method: string, seg: string[], query: URLSearchParams): Reply {
    if (method !== 'GET') return reply(403, graphError('Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'));
    if (seg.length === 2) {
      const g = this.groups.get(seg[1]!);
      return g ? reply(200, select(g, query)) : reply(404, graphError('Request_ResourceNotFound', `Resource '${seg[1]}' does not exist.`));
    }
    const filter = query.get('$filter') ?? '';
    const m = /^displayName eq '((?:[^']|'')*)'$/.exec(filter);
    if (filter && !m) return reply(400, graphError('Request_UnsupportedQuery', `Unsupported filter ${filter}`));
    const list = [...this.groups.values()].filter((g) => !m || g.displayName === m[1]!.replace(/''/g, "'"));
    return this.page('/groups', list.map((g) => select(g, query)), query);
  }

  private appsRoute(method: string, seg: string[], query: URLSearchParams, body: unknown, path: string): Reply {
    if (seg.length === 0) {
      if (method === 'POST') return reply(403, graphError('Forbidden', 'applemdm must never create apps (simulator guard).'));
      const types = isofTypes(query.get('$filter'));
      if (types === null) return reply(400, graphError('BadRequest', `Unsupported filter ${query.get('$filter')}`));
      const list = [...this.apps.values()].filter((s) => this.visible(s)).map((s) => s.obj).filter((a) => !types || types.includes(String(a['@odata.type'])));
      return this.page(path, list, query);
    }
    const app = this.apps.get(seg[0]!);
    if (!app || !this.visible(app)) return reply(404, graphError('ResourceNotFound', `No mobileApp ${seg[0]}.`));
    if (seg.length === 1) return method === 'GET' ? reply(200, select(app.obj, query)) : reply(405, graphError('MethodNotAllowed', 'applemdm never changes apps.'));
    const key = `mobileApps/${seg[0]}`;
    if (seg[1] === 'assignments' && method === 'GET') return this.page(path, this.readAssignments(key, query), query);
    if (seg[1] === 'assign' && method === 'POST') {
      const list = ((body as Obj | undefined)?.mobileAppAssignments ?? null) as Obj[] | null;
      if (!Array.isArray(list)) return reply(400, graphError('BadRequest', 'mobileAppAssignments is required.'));
      const problem = this.checkAppAssignments(app.obj, list);
      if (problem) return reply(400, graphError('BadRequest', problem));
      this.replaceAssignments(key, list, 'mobileAppAssignment');
      return reply(204, undefined);
    }
    return reply(405, graphError('MethodNotAllowed', `${method} ${path}`));
  }

  private checkAppAssignments(app: Obj, list: Obj[]): string | undefined {
    const groups = new Set<string>();
    const expected = SETTINGS_FOR[String(app['@odata.type'])];
    for (const a of list) {
      const problems = shapeProblems(a, 'MobileAppAssignment');
      if (problems.length) return problems.join('; ');
      if (a['@odata.type'] !== `${GRAPH}mobileAppAssignment`) return "Each assignment needs '@odata.type': '#microsoft.graph.mobileAppAssignment'.";
      const target = (a.target ?? {}) as Obj;
      if (!target['@odata.type']) return 'target.@odata.type is required.';
      const groupId = typeof target.groupId === 'string' ? target.groupId.toLowerCase() : String(target['@odata.type']);
      if (groups.has(groupId)) return `The group ${groupId} is targeted more than once for this app.`;
      groups.add(groupId);
      if (typeof target.groupId === 'string' && !this.groups.has(target.groupId)) return `Group ${target.groupId} does not exist.`;
      const settings = a.settings as Obj | null | undefined;
      if (settings) {
        if (settings['@odata.type'] !== expected) return `Settings type ${String(settings['@odata.type'])} does not apply to ${String(app['@odata.type'])} (expected ${expected ?? 'none'}).`;
        if (a.intent === 'uninstall' && ['isRemovable', 'uninstallOnDeviceRemoval', 'preventManagedAppBackup'].some((k) => settings[k] !== undefined && settings[k] !== null)) {
          return 'isRemovable, uninstallOnDeviceRemoval and preventManagedAppBackup are not supported with intent uninstall.';
        }
      }
    }
    return undefined;
  }

  private configurationsRoute(method: string, collection: 'deviceConfigurations' | 'configurationPolicies', seg: string[], query: URLSearchParams, body: unknown, path: string): Reply {
    const store = collection === 'deviceConfigurations' ? this.deviceConfigurations : this.configurationPolicies;
    if (seg.length === 0) {
      if (method === 'GET') {
        const types = isofTypes(query.get('$filter'));
        if (types === null) return reply(400, graphError('BadRequest', `Unsupported filter ${query.get('$filter')}`));
        const list = [...store.values()].filter((s) => this.visible(s)).map((s) => s.obj).filter((o) => !types || types.includes(String(o['@odata.type'])));
        return this.page(path, list.map((o) => select(o, query)), query);
      }
      if (method === 'POST') {
        const problem = this.checkConfiguration(collection, body);
        if (problem) return reply(400, graphError('BadRequest', problem));
        const id = randomUUID();
        const { settings, ...rest } = body as Obj;
        const obj = this.withServerFields(collection, { ...rest, id });
        store.set(id, { obj, hiddenReads: this.lag });
        this.assignments.set(`${collection}/${id}`, { current: [], previous: [], staleReads: 0 });
        if (collection === 'configurationPolicies') this.policySettings.set(id, withIds(settings as Obj[]));
        return reply(201, obj);
      }
      return reply(405, graphError('MethodNotAllowed', method));
    }
    const stored = store.get(seg[0]!);
    if (!stored || !this.visible(stored)) return reply(404, graphError('ResourceNotFound', `No ${collection} ${seg[0]}.`));
    const id = seg[0]!;
    const key = `${collection}/${id}`;
    if (seg.length === 1) {
      if (method === 'GET') return reply(200, select(stored.obj, query));
      if (method === 'DELETE') {
        if ((this.assignments.get(key)?.current.length ?? 0) > 0) return reply(400, graphError('BadRequest', 'The object is still assigned; unassign it first.'));
        store.delete(id);
        this.assignments.delete(key);
        this.policySettings.delete(id);
        return reply(204, undefined);
      }
      if ((method === 'PATCH' && collection === 'deviceConfigurations') || (method === 'PUT' && collection === 'configurationPolicies')) {
        const problem = this.checkConfiguration(collection, body, stored.obj['@odata.type'] as string | undefined);
        if (problem) return reply(400, graphError('BadRequest', problem));
        const { settings, ...rest } = body as Obj;
        stored.obj = this.withServerFields(collection, { ...(method === 'PATCH' ? stored.obj : {}), ...rest, id, createdDateTime: stored.obj.createdDateTime });
        if (collection === 'configurationPolicies') this.policySettings.set(id, withIds(settings as Obj[]));
        return reply(204, undefined);
      }
      return reply(405, graphError('MethodNotAllowed', `${method} ${path}`));
    }
    if (seg[1] === 'assignments' && method === 'GET') return this.page(path, this.readAssignments(key, query), query);
    if (seg[1] === 'settings' && method === 'GET' && collection === 'configurationPolicies') return this.page(path, this.policySettings.get(id) ?? [], query);
    if (seg[1] === 'assign' && method === 'POST') {
      const list = ((body as Obj | undefined)?.assignments ?? null) as Obj[] | null;
      if (!Array.isArray(list)) return reply(400, graphError('BadRequest', 'assignments is required.'));
      const typeName = collection === 'deviceConfigurations' ? 'DeviceConfigurationAssignment' : 'DeviceManagementConfigurationPolicyAssignment';
      for (const a of list) {
        const problems = shapeProblems(a, typeName);
        if (problems.length) return reply(400, graphError('BadRequest', problems.join('; ')));
      }
      const saved = this.replaceAssignments(key, list, collection === 'deviceConfigurations' ? 'deviceConfigurationAssignment' : 'deviceManagementConfigurationPolicyAssignment');
      return reply(200, { value: saved });
    }
    return reply(405, graphError('MethodNotAllowed', `${method} ${path}`));
  }

  private checkConfiguration(collection: string, body: unknown, existingType?: string): string | undefined {
    if (!body || typeof body !== 'object') return 'A JSON object body is required.';
    const b = body as Obj;
    if (collection === 'deviceConfigurations') {
      const type = b['@odata.type'];
      if (typeof type !== 'string') return "'@odata.type' is required for deviceConfiguration writes.";
      if (existingType && type !== existingType) return `Cannot change the type of a deviceConfiguration (${existingType} → ${type}).`;
      const problems = shapeProblems(b, interfaceNameOf(type));
      return problems.length ? problems.join('; ') : undefined;
    }
    const problems = shapeProblems(b, 'DeviceManagementConfigurationPolicy');
    if (problems.length) return problems.join('; ');
    if (!Array.isArray(b.settings)) return 'settings is required.';
    return undefined;
  }

  private withServerFields(collection: string, obj: Obj): Obj {
    const now = new Date().toISOString();
    const out: Obj = { ...obj, createdDateTime: obj.createdDateTime ?? now, lastModifiedDateTime: now };
    if (collection === 'deviceConfigurations') out.version = ((obj.version as number) ?? 0) + 1;
    return out;
  }

  /** `assign` replaces every direct assignment; policy-set ones stay. The old list is what readers see for a while. */
  private replaceAssignments(key: string, list: Obj[], odataType: string): Obj[] {
    const entry = this.assignments.get(key) ?? { current: [], previous: [], staleReads: 0 };
    const kept = entry.current.filter((a) => a.source === 'policySets');
    const saved = list.map((a) => {
      const target = { deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: 'none', ...(a.target as Obj) };
      return { '@odata.type': `${GRAPH}${odataType}`, ...a, id: randomUUID(), source: 'direct', sourceId: null, target };
    });
    entry.previous = entry.current;
    entry.current = [...kept, ...saved];
    entry.staleReads = this.lag;
    this.assignments.set(key, entry);
    return saved;
  }

  private readAssignments(key: string, query: URLSearchParams): Obj[] {
    const entry = this.assignments.get(key);
    if (!entry) return [];
    if (query.has('$skiptoken')) return entry.servingStale ? entry.previous : entry.current;
    entry.servingStale = entry.staleReads > 0;
    if (entry.servingStale) entry.staleReads--;
    return entry.servingStale ? entry.previous : entry.current;
  }

  private visible(s: Stored): boolean {
    if (s.hiddenReads > 0) {
      s.hiddenReads--;
      return false;
    }
    return true;
  }

  private page(path: string, all: Obj[], query: URLSearchParams): Reply {
    const skip = Number(query.get('$skiptoken') ?? 0);
    const value = all.slice(skip, skip + this.pageSize);
    const next = new URLSearchParams(query);
    next.set('$skiptoken', String(skip + this.pageSize));
    const cleanPath = path.split('?')[0];
    return reply(200, { value, ...(skip + this.pageSize < all.length ? { '@odata.nextLink': `${this.base}/beta${cleanPath}?${next.toString()}` } : {}) });
  }
}

interface Reply {
  status: number;
  body: unknown;
  headers: Record<string, string>;
  requestId: string;
}

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  const requestId = randomUUID();
  if (body && typeof body === 'object' && 'error' in (body as Obj)) ((body as { error: Obj }).error.innerError as Obj)['request-id'] = requestId;
  return { status, body, headers, requestId };
}

function graphError(code: string, message: string): Obj {
  return { error: { code, message, innerError: { date: new Date().toISOString(), 'request-id': '', 'client-request-id': '' } } };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

function select(obj: Obj, query: URLSearchParams): Obj {
  const fields = query.get('$select');
  if (!fields) return obj;
  const keep = new Set(['@odata.type', 'id', ...fields.split(',')]);
  return Object.fromEntries(Object.entries(obj).filter(([k]) => keep.has(k)));
}

/** `isof('microsoft.graph.x') or isof(…)` → the full @odata.type names; undefined without a filter; null if unsupported. */
function isofTypes(filter: string | null): string[] | undefined | null {
  if (!filter) return undefined;
  const parts = filter.split(/\s+or\s+/);
  const types = parts.map((p) => /^isof\('microsoft\.graph\.([A-Za-z]+)'\)$/.exec(p.trim())?.[1]);
  return types.every(Boolean) ? types.map((t) => `${GRAPH}${t}`) : null;
}

function withIds(settings: Obj[] | undefined): Obj[] {
  return (settings ?? []).map((s, i) => ({ ...s, id: String(i) }));
}

const SETTINGS_FOR: Record<string, string | undefined> = {
  [`${GRAPH}iosVppApp`]: `${GRAPH}iosVppAppAssignmentSettings`,
  [`${GRAPH}iosStoreApp`]: `${GRAPH}iosStoreAppAssignmentSettings`,
  [`${GRAPH}iosLobApp`]: `${GRAPH}iosLobAppAssignmentSettings`,
  [`${GRAPH}macOsVppApp`]: `${GRAPH}macOsVppAppAssignmentSettings`,
  [`${GRAPH}macOSLobApp`]: `${GRAPH}macOsLobAppAssignmentSettings`,
};
