import { canonicalJson } from '../../core/canonical-json';
import { GraphClient, type ConsistencyPolicy } from './graph-client';
import { GraphError } from './graph-errors';
import { ODATA, type AppAssignmentBody } from './graph-types';
import type { AppAssignmentWrite, ConfigurationDelete, ConfigurationWrite, GraphWriter, GraphWriteResult, TargetRef } from './graph-writes';
import { resolveIntuneConnection, type IntuneConnection } from './intune-config';
import { ownedIdentifier } from './ownership';
import { readIntuneState, toReadAssignment, type IntuneReadRequest, type IntuneSnapshot, type ReadAssignment } from './read-state';
import { UNMANAGED_SETTINGS } from './assignment-settings';
import type { RetryPolicy } from '../http/retry-policy';
import { SecretRegistry } from './secret-registry';
import { ClientCredentialsTokenSource, type TokenSource } from './token-provider';

/**
 * The intune backend: Microsoft Intune through Graph beta. It reads what a stack's plan needs in one call and performs
 * the plan's three kinds of write. Apps and groups are only read (never created); configurations are written only
 * when they carry this stack's ownership marker; an app's assignment list is rewritten with every assignment the stack
 * does not own sent back as read.
 */
export interface IntuneBackendOptions {
  url: string;
  env: NodeJS.ProcessEnv;
  retry?: Partial<RetryPolicy>;
  consistency?: Partial<ConsistencyPolicy>;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface IntuneBackendInfo {
  kind: 'intune';
  url: string;
  tenantId: string;
  graph: string;
}

export function openIntuneBackend(options: IntuneBackendOptions): IntuneBackend {
  const connection = resolveIntuneConnection(options.url, options.env);
  const secrets = new SecretRegistry();
  const tokens = new ClientCredentialsTokenSource(connection, secrets, options.now, options.sleep);
  const graph = new GraphClient({
    graphUrl: connection.graphUrl,
    tokens,
    secrets,
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.consistency ? { consistency: options.consistency } : {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  return new IntuneBackend(connection, graph, tokens, secrets);
}

export class IntuneBackend implements GraphWriter {
  readonly kind = 'intune' as const;
  /** Per app: the tail of the chain of its read-merge-writes, so two writes of one app never interleave. */
  private readonly appQueues = new Map<string, Promise<unknown>>();

  constructor(
    readonly connection: IntuneConnection,
    private readonly graph: GraphClient,
    private readonly tokens: TokenSource & { close?(): void },
    private readonly secrets: SecretRegistry,
  ) {}

  info(): IntuneBackendInfo {
    return { kind: 'intune', url: this.connection.location, tenantId: this.connection.tenantId, graph: `${this.connection.graphUrl}/beta` };
  }

  /** Device group name → the Entra group it maps to (display name or id): the target's group map, else its own name. */
  groupRef(name: string): string {
    return this.connection.groupMap[name] ?? name;
  }

  /** Requests sent so far: Graph (every attempt, each $batch once) and token. */
  get requestCount(): number {
    return this.graph.requestCount + this.tokens.requestCount;
  }

  /** Removes the backend's secrets (client secret, key, tokens) from a text. */
  scrub(text: string): string {
    return this.secrets.scrub(text);
  }

  readState(request: IntuneReadRequest): Promise<IntuneSnapshot> {
    return readIntuneState(this.graph, request);
  }

  assignApp(write: AppAssignmentWrite): Promise<GraphWriteResult> {
    const previous = this.appQueues.get(write.appId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.assignAppNow(write));
    this.appQueues.set(write.appId, next);
    return next;
  }

  async putConfiguration(write: ConfigurationWrite): Promise<GraphWriteResult> {
    const base = `deviceManagement/${write.collection}`;
    let id = write.id;
    if (id) {
      await this.requireOwned(write.collection, id, write.identifier);
    } else {
      // A create repeated after a crash finds its first attempt (once visible) instead of making a duplicate.
      id = await this.findOwned(write.collection, write.identifier);
    }
    if (id) {
      const path = `${base}/${encodeURIComponent(id)}`;
      // Policies are replaced whole (settings included), as the service expects; device configurations are patched.
      if (write.collection === 'configurationPolicies') await this.graph.request({ method: 'PUT', path, body: write.body });
      else await this.graph.request({ method: 'PATCH', path, body: write.body });
    } else {
      const created = await this.graph.request<{ id?: string }>({ method: 'POST', path: base, body: write.body });
      id = created.body?.id;
      if (!id) throw new GraphError('POST', base, created.status, 'MissingId', 'the created object has no id', undefined, 1);
      const path = `${base}/${encodeURIComponent(id)}`;
      await this.graph.waitFor(`${write.identifier} (${id})`, () => this.graph.get(path), () => true);
    }
    if (write.assignments) await this.assignConfiguration(write.collection, id, write.identifier, write.assignments);
    return 'changed';
  }

  async deleteConfiguration(target: ConfigurationDelete): Promise<GraphWriteResult> {
    const path = `deviceManagement/${target.collection}/${encodeURIComponent(target.id)}`;
    const current = await this.graph.find<{ description?: string | null }>(path);
    if (!current) return 'unchanged';
    if (ownedIdentifier(current.description) !== target.identifier) throw notOwned(target.collection, target.id, target.identifier);
    // An assigned object may refuse deletion: strip its assignments first.
    await this.assignConfiguration(target.collection, target.id, target.identifier, []);
    try {
      await this.graph.request({ method: 'DELETE', path });
    } catch (err) {
      if (err instanceof GraphError && err.status === 404) return 'unchanged';
      throw err;
    }
    return 'changed';
  }

  close(): void {
    this.graph.close();
    this.tokens.close?.();
  }

  private async assignAppNow(write: AppAssignmentWrite): Promise<GraphWriteResult> {
    const path = `deviceAppManagement/mobileApps/${encodeURIComponent(write.appId)}`;
    const current = await this.readAppAssignments(path);
    const owned = new Set([...write.release, ...write.targets.map((t) => t.groupId)].map((g) => g.toLowerCase()));
    const isOwned = (a: ReadAssignment) => a.groupId !== undefined && owned.has(a.groupId.toLowerCase());
    const direct = current.filter((a) => a.source !== 'policySets');
    const byGroup = new Map(direct.filter(isOwned).map((a) => [a.groupId!.toLowerCase(), a]));
    const kept: AppAssignmentBody[] = direct.filter((a) => !isOwned(a)).map(asBody);
    const ours: AppAssignmentBody[] = write.targets.map((t) => {
      const settings = t.settings ? { ...t.settings } : null;
      // Settings the configuration cannot express keep the value they have on the assignment being rewritten.
      const before = byGroup.get(t.groupId.toLowerCase());
      if (settings && before?.settings && before.settings['@odata.type'] === settings['@odata.type']) {
        for (const name of UNMANAGED_SETTINGS) {
          if (name in settings && before.settings[name] !== undefined) (settings as Record<string, unknown>)[name] = before.settings[name];
        }
      }
      return {
        '@odata.type': ODATA.mobileAppAssignment,
        intent: t.intent,
        target: { '@odata.type': t.exclude ? ODATA.exclusionGroupTarget : ODATA.groupTarget, groupId: t.groupId },
        settings: t.exclude ? null : settings,
      };
    });
    const next = [...kept, ...ours];
    if (sameAssignments(direct.map(asBody), next)) return 'unchanged';
    await this.graph.request({ method: 'POST', path: `${path}/assign`, body: { mobileAppAssignments: next }, idempotent: true });
    // Read-after-write: the next rewrite of this app (or the next plan) must see this list, not the one before it.
    await this.graph.waitFor(`the assignments of ${write.app}`, () => this.readAppAssignments(path), (now) =>
      sameAssignments(now.filter((a) => a.source !== 'policySets').map(asBody), next),
    );
    return 'changed';
  }

  private async readAppAssignments(appPath: string): Promise<ReadAssignment[]> {
    return (await this.graph.list<Record<string, unknown>>(`${appPath}/assignments`)).map(toReadAssignment);
  }

  private async assignConfiguration(collection: ConfigurationWrite['collection'], id: string, identifier: string, targets: TargetRef[]): Promise<void> {
    const path = `deviceManagement/${collection}/${encodeURIComponent(id)}`;
    const odata = collection === 'configurationPolicies' ? ODATA.configurationPolicyAssignment : ODATA.deviceConfigurationAssignment;
    const assignments = targets.map((t) => ({ '@odata.type': odata, target: { '@odata.type': t.exclude ? ODATA.exclusionGroupTarget : ODATA.groupTarget, groupId: t.groupId } }));
    await this.graph.request({ method: 'POST', path: `${path}/assign`, body: { assignments }, idempotent: true });
    const want = canonicalJson(targets.map((t) => `${t.exclude ? '-' : '+'}${t.groupId.toLowerCase()}`).sort());
    await this.graph.waitFor(`the assignments of ${identifier}`, () => this.graph.list<Record<string, unknown>>(`${path}/assignments`), (now) =>
      canonicalJson(now.map(toReadAssignment).filter((a) => a.source !== 'policySets').map((a) => `${a.exclude ? '-' : '+'}${(a.groupId ?? a.targetType).toLowerCase()}`).sort()) === want,
    );
  }

  private async requireOwned(collection: ConfigurationWrite['collection'], id: string, identifier: string): Promise<void> {
    const current = await this.graph.get<{ description?: string | null }>(`deviceManagement/${collection}/${encodeURIComponent(id)}?$select=id,description`);
    if (ownedIdentifier(current?.description) !== identifier) throw notOwned(collection, id, identifier);
  }

  private async findOwned(collection: ConfigurationWrite['collection'], identifier: string): Promise<string | undefined> {
    const list = await this.graph.list<{ id?: string; description?: string | null }>(`deviceManagement/${collection}?$select=id,description`);
    return list.find((o) => ownedIdentifier(o.description) === identifier)?.id;
  }
}

/** A read assignment as `assign` takes it back: read-only properties dropped, everything else as read. */
function asBody(a: ReadAssignment): AppAssignmentBody {
  const { id: _id, source: _source, sourceId: _sourceId, ...rest } = a.raw as Record<string, unknown>;
  return { ...(rest as Omit<AppAssignmentBody, '@odata.type'>), '@odata.type': ODATA.mobileAppAssignment };
}

/** Same assignments regardless of order, and of properties Graph adds or drops on its own (null ≡ absent). */
export function sameAssignments(a: AppAssignmentBody[], b: AppAssignmentBody[]): boolean {
  const key = (x: AppAssignmentBody) => canonicalJson(stripNulls({ intent: x.intent, target: x.target, settings: x.settings }));
  return canonicalJson(a.map(key).sort()) === canonicalJson(b.map(key).sort());
}

function stripNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNulls);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === null || v === undefined) continue;
      // Graph fills in "no assignment filter" on read.
      if (k === 'deviceAndAppManagementAssignmentFilterType' && v === 'none') continue;
      // GUIDs compare case-insensitively.
      out[k] = typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v) ? v.toLowerCase() : stripNulls(v);
    }
    return out;
  }
  return value;
}

function notOwned(collection: string, id: string, identifier: string): GraphError {
  return new GraphError('GET', `deviceManagement/${collection}/${id}`, 409, 'NotOwned', `the object no longer carries the ownership marker of ${identifier}; applemdm leaves it alone`, undefined, 1);
}
