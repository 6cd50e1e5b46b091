import * as fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import * as path from 'node:path';
import { packageRoot } from '../../provider/core/paths';
import type { ProfileSummary } from './results';

/**
 * A V8 CPU profile of one in-process call (the same data `node --cpu-prof` writes), saved as .cpuprofile for Chrome
 * DevTools, and summarized as the inclusive time of the plan's phases plus the functions with the most self time.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Phase functions of a plan, in the order they run. */
const PHASES = [
  'loadForServer',
  'loadConfiguration',
  'validateDocument',
  'compileDocument',
  'desiredServerState',
  'createPlan',
  'readStack',
  'diffObjects',
  'addNotes',
  'fingerprintsOf',
];

export async function profileCall<T>(what: string, file: string, fn: () => Promise<T>): Promise<{ value: T; summary: ProfileSummary }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 1000 });
    await session.post('Profiler.start');
    const start = performance.now();
    const value = await fn();
    const totalMs = performance.now() - start;
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(profile));
    return { value, summary: summarizeProfile(what, file, profile, totalMs) };
  } finally {
    session.disconnect();
  }
}

function label(node: ProfileNode, root: string): string {
  const f = node.callFrame;
  const url = f.url.replace(/^file:\/\//, '');
  const rel = url.startsWith(root) ? url.slice(root.length + 1) : url;
  return `${f.functionName || '(anonymous)'}${rel ? ` (${rel})` : ''}`;
}

export function summarizeProfile(what: string, file: string, profile: CpuProfile, totalMs: number): ProfileSummary {
  const root = packageRoot();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const timeAt = new Map<number, number>();
  profile.samples.forEach((id, i) => timeAt.set(id, (timeAt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const self = new Map<string, number>();
  const phase = new Map<string, number>();
  for (const [id, ms] of timeAt) {
    const node = byId.get(id)!;
    self.set(label(node, root), (self.get(label(node, root)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const name = byId.get(cur)!.callFrame.functionName;
      if (PHASES.includes(name) && !seen.has(name)) {
        seen.add(name);
        phase.set(name, (phase.get(name) ?? 0) + ms);
      }
    }
  }
  const round = (ms: number): number => Math.round(ms);
  return {
    what,
    totalMs: round(totalMs),
    file,
    inclusive: PHASES.filter((p) => phase.has(p)).map((name) => ({ name, ms: round(phase.get(name)!) })),
    self: [...self]
      .filter(([name]) => name !== '(idle)' && name !== '(program)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([name, ms]) => ({ name, ms: round(ms) })),
  };
}
