import { resolveApiKey } from '../backends/http/credentials';
import { HttpClient, encodePathSegment } from '../backends/http/http-client';
import { mapWithConcurrency } from '../core/concurrency';
import { openKmfddmBackend } from '../backends/kmfddm/kmfddm-backend';
import { EXTENSION_NOTIFICATIONS } from '../backends/kmfddm/server-info';
import { DdmClient } from './ddm-client';
import { makeFleet, type FleetSpec, type SimDeviceIdentity } from './device-identity';
import type { Evaluation } from './evaluate';
import { fetchAndCheckProfile, type ProfileFetcher } from './profile-fetch';
import { deviceCredentialHeaders, type DeviceAuthentication } from './device-credentials';
import { SimulatedDevice } from './simulated-device';

/**
 * A fleet of simulated devices against one server: registration in the enrollment registry where the server has one
 * (for real KMFDDM the enrollment IDs are simply used), optional assignment to a set (`--group`), then DDM sync rounds.
 */
export interface FleetOptions extends FleetSpec {
  /** Management API base URL (KMFDDM's /v1 lives under it). */
  serverUrl: string;
  /** DDM endpoints base URL; default serverUrl (KMFDDM serves /tokens etc. at its root). */
  ddmUrl?: string;
  /** Set to assign every device to. */
  group?: string;
  apiKey?: string;
  env?: NodeJS.ProcessEnv;
  concurrency?: number;
  fetchProfile?: ProfileFetcher;
  /**
   * How the devices prove who they are to a server that authenticates devices (`applemdm serve --device-ca`): the CA
   * that issues their identity certificates and the header the certificate travels in. Unset: no credentials (real
   * KMFDDM behind NanoMDM's forwarding, which identifies devices by X-Enrollment-ID alone).
   */
  authentication?: DeviceAuthentication;
}

export interface DeclarationTally {
  identifier: string;
  valid: number;
  invalid: number;
  unknown: number;
  active: number;
  /** Reason codes seen, with how many devices reported each. */
  reasons: Record<string, number>;
}

export interface RoundSummary {
  devices: number;
  synced: number;
  declarations: DeclarationTally[];
}

export class Fleet {
  readonly devices: SimulatedDevice[];
  private readonly ddmHttp: HttpClient;
  /** Notification counts last seen per enrollment (embedded server's notification log). */
  private readonly seenNotifications = new Map<string, number>();

  private constructor(
    readonly identities: SimDeviceIdentity[],
    credentials: Record<string, string>[],
    private readonly options: FleetOptions,
    private readonly api: HttpClient,
    /** The server keeps a notification log (our extension): devices can react to notify as to a push. */
    readonly notificationLog: boolean,
  ) {
    this.ddmHttp = new HttpClient({ baseUrl: options.ddmUrl ?? options.serverUrl, userAgent: 'applemdm-simulator' });
    const fetchProfile = options.fetchProfile ?? fetchAndCheckProfile;
    this.devices = identities.map(
      (id, i) => new SimulatedDevice(id, new DdmClient(this.ddmHttp, id.enrollmentId, credentials[i]), fetchProfile),
    );
  }

  /** Creates the devices and enrolls them (registry + group) on the server. */
  static async enroll(options: FleetOptions): Promise<Fleet> {
    const backend = await openKmfddmBackend({ url: options.serverUrl, apiKey: options.apiKey, env: options.env });
    const apiKey = resolveApiKey({ apiKey: options.apiKey, env: options.env });
    const api = new HttpClient({ baseUrl: options.serverUrl, basicAuth: apiKey ? { user: 'kmfddm', password: apiKey } : undefined });
    const concurrency = options.concurrency ?? 8;
    try {
      const info = await backend.info();
      const identities = makeFleet(options);
      const credentials = await mapWithConcurrency(identities, concurrency, (d) =>
        options.authentication ? deviceCredentialHeaders(options.authentication, d.enrollmentId, options.seed) : Promise.resolve({}),
      );
      const fleet = new Fleet(identities, credentials, options, api, info.extensions.includes(EXTENSION_NOTIFICATIONS));
      if (backend.capabilities.enrollmentRegistry) {
        await mapWithConcurrency(fleet.identities, concurrency, (d) =>
          api.request({
            method: 'PUT',
            path: `v1/enrollments/${encodePathSegment(d.enrollmentId)}`,
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              platform: d.platform,
              os_version: d.osVersion,
              os_build: d.osBuild,
              model: d.modelIdentifier,
              serial_number: d.serialNumber,
              supervised: d.supervised,
            }),
            expect: [204, 304],
          }),
        );
      }
      if (options.group) {
        const group = options.group;
        await mapWithConcurrency(fleet.identities, concurrency, (d) => backend.addEnrollmentSet(d.enrollmentId, group));
      }
      if (fleet.notificationLog) await fleet.notifiedDevices(); // start from the current counts
      return fleet;
    } catch (err) {
      api.close();
      throw err;
    } finally {
      backend.close();
    }
  }

  /** One DDM sync for every device; a device whose DeclarationsToken is unchanged sends nothing. */
  async round(devices: SimulatedDevice[] = this.devices): Promise<RoundSummary> {
    const outcomes = await mapWithConcurrency(devices, this.options.concurrency ?? 8, (d) => d.sync());
    return summarize(
      this.devices.map((d) => d.evaluation),
      outcomes.filter((o) => o.synced).length,
    );
  }

  /**
   * Devices notified since the last call, from the embedded server's notification log (GET /v1/notifications), which
   * stands in for the APNs push a real device would get. Empty when the server keeps no log (real KMFDDM).
   */
  async notifiedDevices(): Promise<SimulatedDevice[]> {
    if (!this.notificationLog) return [];
    const response = await this.api.request({ method: 'GET', path: 'v1/notifications' });
    const log = response.json<Record<string, { count?: unknown }>>();
    const out: SimulatedDevice[] = [];
    for (const device of this.devices) {
      const count = Number(log?.[device.identity.enrollmentId]?.count ?? 0);
      if (count > (this.seenNotifications.get(device.identity.enrollmentId) ?? 0)) out.push(device);
      this.seenNotifications.set(device.identity.enrollmentId, count);
    }
    return out;
  }

  close(): void {
    this.ddmHttp.close();
    this.api.close();
  }
}

export function summarize(evaluations: Evaluation[], synced: number): RoundSummary {
  const tallies = new Map<string, DeclarationTally>();
  for (const evaluation of evaluations) {
    for (const list of Object.values(evaluation.declarations)) {
      for (const state of list) {
        let t = tallies.get(state.identifier);
        if (!t) tallies.set(state.identifier, (t = { identifier: state.identifier, valid: 0, invalid: 0, unknown: 0, active: 0, reasons: {} }));
        t[state.valid]++;
        if (state.active) t.active++;
        for (const r of state.reasons ?? []) t.reasons[r.code] = (t.reasons[r.code] ?? 0) + 1;
      }
    }
  }
  return {
    devices: evaluations.length,
    synced,
    declarations: [...tallies.values()].sort((a, b) => (a.identifier < b.identifier ? -1 : 1)),
  };
}

export function formatSummary(summary: RoundSummary): string {
  const lines = [`${summary.devices} device(s), ${summary.synced} synced`];
  if (!summary.declarations.length) lines.push('  (no declarations reach these devices)');
  for (const t of summary.declarations) {
    const reasons = Object.entries(t.reasons)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, n]) => `${code}×${n}`)
      .join(', ');
    lines.push(`  ${t.identifier}: valid ${t.valid}, invalid ${t.invalid}, active ${t.active}${reasons ? `  [${reasons}]` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
