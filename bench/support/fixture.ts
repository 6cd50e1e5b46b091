import { randomBytes } from 'node:crypto';
import { openKmfddmBackend, type KmfddmBackend, type KmfddmBackendOptions } from '../../provider/backends/kmfddm/kmfddm-backend';
import type { StackSnapshot } from '../../provider/backends/contract';
import { loadForServer } from '../../provider/cli/load-for-server';
import { applyPlan, type ApplyResult } from '../../provider/engine/apply';
import { hasChanges, type Plan } from '../../provider/engine/plan';
import { createPlan } from '../../provider/engine/planner';
import { EMBEDDED_PUBLIC_URL } from '../../provider/targets/kmfddm/ddm-server';
import { startEmbeddedServer } from '../../provider/server/index';

/**
 * A server holding the applied state of one generated configuration, ready to be planned against. Variants:
 *  - bulk: the embedded server as the CLI's default uses it (bulk read, asset hosting, enrollment registry);
 *  - per-object: the same server with `useExtensions: false` — KMFDDM's API only, assets in a directory — which is
 *    the read path real KMFDDM forces;
 *  - kmfddm: real KMFDDM (Go peer), assets in a directory.
 */
export type Variant = 'bulk' | 'per-object' | 'kmfddm';

export interface Upstream {
  url: string;
  apiKey: string;
  stop(): Promise<void>;
}

export interface PlanFixture {
  size: number;
  variant: Variant;
  configDir: string;
  /** Where the upstream keeps its data (and, for per-object and kmfddm, the profile assets). */
  dataDir: string;
  upstream: Upstream;
  /** Backend options for a client reaching the upstream at `url` (directly or through a proxy). */
  backendOptions(url: string): KmfddmBackendOptions;
  assetsBaseUrl: string;
  close(): Promise<void>;
}

export interface PlanMeasurement {
  totalMs: number;
  /** CPU time (user + system) this process spent, server included when it runs in-process: less sensitive to load. */
  cpuMs: number;
  /** Reading the configuration, validating it, loading the catalog (the CLI's loadForServer). */
  loadMs: number;
  /** Time spent inside backend.readStack (the server round trips of the read). */
  readMs: number;
  /** HTTP requests the whole plan sent, opening the backend (GET /version) included. */
  requests: number;
  /** Operations the plan would run (0 for the empty plan the scenarios expect). */
  operations: number;
  plan: Plan;
}

export async function startEmbeddedUpstream(dataDir: string): Promise<Upstream> {
  const apiKey = randomBytes(18).toString('base64url');
  const server = await startEmbeddedServer({ dataDir, port: 0, apiKey });
  return { url: server.url, apiKey, stop: () => server.close() };
}

export function optionsFor(variant: Variant, upstream: Upstream, assetsDir: string): (url: string) => KmfddmBackendOptions {
  return (url) => {
    const base: KmfddmBackendOptions = { url, apiKey: upstream.apiKey, env: {} };
    if (variant === 'bulk') return base;
    return { ...base, useExtensions: false, assets: { dir: assetsDir, base_url: `${EMBEDDED_PUBLIC_URL}/assets` } };
  };
}

/**
 * The CLI's `plan --server URL` path, step for step: loadForServer (read, validate, catalog, capability preflight),
 * open the backend, createPlan. The read is timed separately by wrapping the backend's readStack.
 */
export async function planOnce(configDir: string, options: KmfddmBackendOptions, assetsBaseUrl: string): Promise<PlanMeasurement> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const { document, catalog } = await loadForServer(configDir);
  const loaded = performance.now();
  const backend = await openKmfddmBackend(options);
  let readMs = 0;
  const timedBackend: KmfddmBackend = Object.create(backend) as KmfddmBackend;
  timedBackend.readStack = async (prefix, readOptions): Promise<StackSnapshot> => {
    const t = performance.now();
    try {
      return await backend.readStack(prefix, readOptions);
    } finally {
      readMs += performance.now() - t;
    }
  };
  try {
    const outcome = await createPlan({ document, backend: timedBackend, prune: false, ...(catalog ? { catalog } : {}), assetsBaseUrl });
    if (!outcome.plan) {
      const errors = outcome.diagnostics.toArray().filter((d) => d.severity === 'error');
      throw new Error(`bench: plan failed: ${errors.map((d) => `${d.summary}: ${d.detail}`).join('; ')}`);
    }
    const cpu = process.cpuUsage(cpuStart);
    return {
      totalMs: performance.now() - start,
      cpuMs: (cpu.user + cpu.system) / 1000,
      loadMs: loaded - start,
      readMs,
      requests: backend.requestCount,
      operations: outcome.plan.operations.length,
      plan: outcome.plan,
    };
  } finally {
    backend.close();
  }
}

/** Plans and applies the configuration, then checks that a second plan is empty. */
export async function seed(configDir: string, options: KmfddmBackendOptions, assetsBaseUrl: string): Promise<ApplyResult> {
  const first = await planOnce(configDir, options, assetsBaseUrl);
  const backend = await openKmfddmBackend(options);
  let result: ApplyResult;
  try {
    result = await applyPlan(first.plan, backend, { parallelism: 8 });
  } finally {
    backend.close();
  }
  if (result.failed.length) {
    throw new Error(`bench: seeding failed for ${result.failed.length} resources, e.g. ${result.failed[0].address}: ${result.failed[0].error}`);
  }
  const again = await planOnce(configDir, options, assetsBaseUrl);
  if (hasChanges(again.plan)) {
    throw new Error(`bench: the plan after seeding still has ${again.operations} operations (first: ${JSON.stringify(again.plan.operations[0]).slice(0, 200)})`);
  }
  return result;
}
