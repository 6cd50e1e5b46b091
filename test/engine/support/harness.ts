import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend, type KmfddmBackend } from '../../../provider/backends/kmfddm/kmfddm-backend';
import { loadConfiguration } from '../../../provider/frontends/load-config';
import { applyPlan, type ApplyResult } from '../../../provider/engine/apply';
import { createPlan, type PlanOutcome } from '../../../provider/engine/planner';
import type { Plan } from '../../../provider/engine/plan';
import { startEmbeddedServer, type EmbeddedServer } from '../../../provider/server/index';
import { testDeviceAuth } from '../../server/device-certs';

/**
 * Engine scenario harness: a real embedded server on loopback, the real kmfddm backend, and configurations written as
 * YAML files into a temp directory and read by the real front end. Steps read as a story:
 * write(config) → plan() → apply() → serverChanges → plan() again.
 */
export interface Harness {
  dir: string;
  server: EmbeddedServer;
  backend: KmfddmBackend;
  write(resources: string, stack?: string): void;
  plan(options?: { prune?: boolean }): Promise<PlanOutcome>;
  mustPlan(options?: { prune?: boolean }): Promise<Plan>;
  apply(plan: Plan): Promise<ApplyResult>;
  close(): Promise<void>;
}

export const STACK = `stack: demo\nidentifier_prefix: com.example.mdm\ntargets:\n  iOS: "18.0"\nexternal_uuids: [9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB]\n`;

export async function harness(): Promise<Harness> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-engine-'));
  // Devices (simulated, see test/server/device-certs.ts) authenticate with test-CA certificates.
  const server = await startEmbeddedServer({ dataDir: path.join(dir, 'data'), port: 0, deviceAuth: await testDeviceAuth() });
  const backend = await openKmfddmBackend({ url: server.url, env: {} });
  const configDir = path.join(dir, 'config');
  fs.mkdirSync(configDir);
  const h: Harness = {
    dir: configDir,
    server,
    backend,
    write(resources, stack = STACK) {
      fs.writeFileSync(path.join(configDir, 'applemdm.yaml'), stack);
      fs.writeFileSync(path.join(configDir, 'resources.yaml'), resources);
    },
    async plan(options = {}) {
      const loaded = await loadConfiguration(configDir);
      if (!loaded.document) return { diagnostics: loaded.diagnostics };
      return createPlan({
        document: loaded.document,
        backend,
        prune: options.prune ?? false,
        now: new Date('2026-11-23T00:00:00Z'),
        assetsBaseUrl: 'http://127.0.0.1:9002/assets',
      });
    },
    async mustPlan(options = {}) {
      const out = await h.plan(options);
      if (!out.plan) throw new Error(`plan failed: ${out.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('\n')}`);
      return out.plan;
    },
    apply(plan) {
      return applyPlan(plan, backend, { parallelism: 4 });
    },
    async close() {
      backend.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** A configuration DDM can express in full: two groups, one app assignment, restrictions, a software-update policy. */
export function baseConfig(overrides: { cloudBackup?: boolean; preventBackup?: boolean; groups?: string; extra?: string } = {}): string {
  return `device_groups:
  sales:
    supervised: "true"
    members:
      enrollment_ids: [ENR-1, ENR-2]
  field: {}
apps:
  slack:
    bundle_id: com.tinyspeck.chatlyio
    adam_id: "618783545"
    license: device
    platforms: [iOS]
app_assignments:
  slack_sales:
    app: slack
    intent: required
    scope: { groups: [${overrides.groups ?? 'sales'}] }
    settings:
      prevent_backup: ${overrides.preventBackup ?? true}
      vpn_uuid: 9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB
restrictions:
  baseline:
    scope: { groups: [sales] }
    icloud: { backup: ${overrides.cloudBackup ?? false} }
    allowCamera: true
software_updates:
  ios:
    platform: iOS
    scope: { groups: [sales] }
    deferrals: { combined_days: 14 }
${overrides.extra ?? ''}`;
}
