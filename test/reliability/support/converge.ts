import assert from 'node:assert/strict';
import { openKmfddmBackend, type KmfddmBackend } from '../../../provider/backends/kmfddm/kmfddm-backend';
import { loadConfiguration } from '../../../provider/frontends/load-config';
import type { DesiredDocument } from '../../../provider/core/document';
import type { DdmOperation as Operation, Plan } from '../../../provider/engine/plan';
import { createPlan } from '../../../provider/engine/planner';
import { stackIdentifierPrefix } from '../../../provider/core/identity';
import type { StackSnapshot } from '../../../provider/backends/contract';

/** Fixed inputs that make plans independent of the server's address and of the clock. */
export const PLAN_NOW = new Date('2026-11-23T00:00:00Z');

export async function loadDocument(dir: string): Promise<DesiredDocument> {
  const loaded = await loadConfiguration(dir);
  if (!loaded.document || loaded.diagnostics.hasError()) {
    throw new Error(`configuration does not load: ${loaded.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('\n')}`);
  }
  return loaded.document;
}

export async function planOn(backend: KmfddmBackend, document: DesiredDocument, assetsBaseUrl: string, prune = false): Promise<Plan> {
  const out = await createPlan({ document, backend, prune, now: PLAN_NOW, assetsBaseUrl });
  if (!out.plan) throw new Error(`plan failed: ${out.diagnostics.toArray().map((d) => `${d.summary}: ${d.detail}`).join('\n')}`);
  return out.plan;
}

export function stackPrefixOf(document: DesiredDocument): string {
  return stackIdentifierPrefix(document.stack.identifierPrefix, document.stack.name);
}

/** Every enrollment ID the configuration names, for reading their set assignments back. */
export function enrollmentIdsOf(plan: Plan): string[] {
  return Object.keys(plan.fingerprints).filter((k) => k.startsWith('enrollment:')).map((k) => k.slice('enrollment:'.length)).sort();
}

/** What the server must hold for a configuration: the writes of its plan against an EMPTY server, as a snapshot. */
export interface ExpectedState {
  declarations: { Identifier: string; Type: string; Payload: Record<string, unknown> }[];
  assets: { name: string; sha256: string }[];
  sets: Record<string, string[]>;
  enrollmentSets: Record<string, string[]>;
}

export function expectedFromFreshPlan(plan: Plan): ExpectedState {
  assert.equal(plan.operations.every((o) => o.op.startsWith('put-') || o.op.startsWith('add-')), true, 'a plan on an empty server only adds');
  const of = <K extends Operation['op']>(k: K) => plan.operations.filter((o): o is Extract<Operation, { op: K }> => o.op === k);
  const group = (pairs: [string, string][]): Record<string, string[]> => {
    const out: Record<string, string[]> = {};
    for (const [k, v] of pairs) (out[k] ??= []).push(v);
    for (const k of Object.keys(out)) out[k].sort();
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  return {
    declarations: of('put-declaration').map((o) => o.declaration).sort((a, b) => (a.Identifier < b.Identifier ? -1 : 1)),
    assets: of('put-asset').map((o) => ({ name: o.name, sha256: o.sha256 })).sort((a, b) => (a.name < b.name ? -1 : 1)),
    sets: group(of('add-set-declaration').map((o) => [o.set, o.identifier])),
    enrollmentSets: group(of('add-enrollment-set').map((o) => [o.enrollmentId, o.set])),
  };
}

/** The server holds exactly `expected`: same declarations (payloads included), assets, set contents and assignments. */
export function assertServerHolds(snapshot: StackSnapshot, expected: ExpectedState): void {
  const ids = snapshot.declarations.map((d) => d.Identifier);
  assert.equal(new Set(ids).size, ids.length, 'no declaration twice');
  assert.deepEqual(
    snapshot.declarations.map((d) => ({ Identifier: d.Identifier, Type: d.Type, Payload: d.Payload })),
    expected.declarations,
  );
  assert.deepEqual(snapshot.assets.map((a) => ({ name: a.name, sha256: a.sha256 })), expected.assets);
  assert.deepEqual(snapshot.sets, expected.sets);
  assert.deepEqual(snapshot.enrollmentSets, expected.enrollmentSets);
}

/** A backend straight to the server (no proxy): the clean connection every final check uses. */
export function cleanBackend(url: string, apiKey?: string): Promise<KmfddmBackend> {
  return openKmfddmBackend({ url, env: {}, ...(apiKey ? { apiKey } : {}) });
}
