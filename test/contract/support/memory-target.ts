import { createHash } from 'node:crypto';
import type { DesiredDocument } from '../../../provider/core/document';
import { applyPlan, type PlanWriter } from '../../../provider/engine/apply';
import { configurationHash } from '../../../provider/engine/config-hash';
import { STATUS_FORMAT_VERSION } from '../../../provider/engine/status';
import { PLAN_FORMAT_VERSION, summarize, type Plan, type ResourceChange } from '../../../provider/engine/plan';
import { validateDocument } from '../../../provider/resources/validate';
import { refuseIfDifferent } from '../../../provider/targets/refuse-saved';
import type { PlanInput, Target, TargetType } from '../../../provider/targets/target';
import { serverUrlFor } from '../../../provider/targets/target';

/**
 * A throwaway target that lives in the test folder only: `memory://<name>` keeps each resource's attributes in a Map
 * (one per name, shared across opens like a server). It proves a server is added by its own files plus one
 * registerTarget call: nothing under provider/ names it.
 */
export type MemoryOperation =
  | { op: 'memory-put'; phase: number; address: string; value: string }
  | { op: 'memory-delete'; phase: number; address: string };

export const STORES = new Map<string, Map<string, string>>();
export const WRITES: { store: string; op: string; address: string }[] = [];
/** Stacks whose status the memory target reported (proves the CLI called the target's own status). */
export const STATUS_CALLS: string[] = [];

export const memoryTargetType: TargetType = {
  kind: 'memory',
  urlForms: 'memory://<name>',
  capabilities: { removable: false, uninstallIntent: false, excludeGroups: false, commands: false, licences: false, lock: false },
  operationKinds: ['memory-put', 'memory-delete'],
  matches: (url) => typeof url === 'string' && url.startsWith('memory://'),
  preflight: (document) => validateDocument(document),
  locationOf: (req) => serverUrlFor(req)!,
  async open(req) {
    const location = serverUrlFor(req)!;
    if (!STORES.has(location)) STORES.set(location, new Map());
    return memoryTarget(location, STORES.get(location)!);
  },
};

function memoryTarget(location: string, store: Map<string, string>): Target {
  const plan = async ({ document, prune }: PlanInput): Promise<Plan<MemoryOperation>> => {
    const desired = new Map(document.resources.map((r) => [r.address, JSON.stringify(r.attributes)]));
    const operations: MemoryOperation[] = [];
    const changes: ResourceChange[] = [];
    for (const [address, value] of [...desired].sort()) {
      const before = store.get(address);
      const action = before === undefined ? 'create' : before === value ? 'noop' : 'update';
      if (action !== 'noop') operations.push({ op: 'memory-put', phase: 10, address, value });
      changes.push({ address, action, objects: [`memory:${address}`], keyDiffs: action === 'noop' ? [] : [{ path: 'attributes', object: `memory ${address}`, ...(before ? { before } : {}), after: value }], notes: [], risk: 'low' });
    }
    for (const address of [...store.keys()].sort()) {
      if (desired.has(address) || !prune) continue;
      operations.push({ op: 'memory-delete', phase: 90, address });
      changes.push({ address, action: 'delete', objects: [`memory:${address}`], keyDiffs: [], notes: [], risk: 'medium' });
    }
    return {
      formatVersion: PLAN_FORMAT_VERSION,
      stack: document.stack.name,
      identifierPrefix: document.stack.identifierPrefix,
      backend: { kind: 'memory', url: location },
      configurationHash: configurationHash(document as DesiredDocument),
      fingerprints: Object.fromEntries([...store].map(([k, v]) => [`memory:${k}`, createHash('sha256').update(v).digest('hex')])),
      prune,
      changes,
      operations,
      notifySets: [],
      summary: summarize(changes),
      warnings: [],
    };
  };
  const writer: PlanWriter<MemoryOperation> = {
    async execute(op) {
      WRITES.push({ store: location, op: op.op, address: op.address });
      if (op.op === 'memory-put') store.set(op.address, op.value);
      else store.delete(op.address);
      return 'changed';
    },
  };
  return {
    kind: 'memory',
    location,
    session: (_options, fn) =>
      fn({
        plan,
        async checkSaved(saved, input, file) {
          const fresh = await plan(input);
          refuseIfDifferent(saved, fresh, file);
          return fresh;
        },
        apply: (p, options) => applyPlan(p as Plan<MemoryOperation>, writer, options),
      }),
    // Status only (no drift, no destroy): the CLI must answer those with "not available on memory".
    async status({ document }) {
      STATUS_CALLS.push(document.stack.name);
      return {
        formatVersion: STATUS_FORMAT_VERSION,
        stack: document.stack.name,
        backend: { kind: 'memory', url: location },
        deviceSource: 'static-members',
        devices: 0,
        resources: document.resources.map((r) => ({
          address: r.address,
          declarations: [`memory:${r.address}`],
          notOnServer: store.has(r.address) ? [] : [`memory:${r.address}`],
          devices: 0, valid: 0, active: 0, pending: 0, failed: 0, failures: [], pendingDevices: [],
        })),
      };
    },
    close: async () => undefined,
  };
}

