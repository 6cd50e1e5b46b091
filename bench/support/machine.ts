import * as fs from 'node:fs';
import * as os from 'node:os';

/** What the numbers were measured on: a 2-core CI box under load and a laptop give different times. */
export interface MachineInfo {
  cores: number;
  cpuModel: string;
  memoryMb: number;
  node: string;
  platform: string;
  /** 1, 5 and 15 minute load averages when the run started. */
  loadAverageAtStart: number[];
  startedAt: string;
}

export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: availableCores(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
    startedAt: new Date().toISOString(),
  };
}

/** Cores this process may use (a container's CPU quota counts, not the host's core count). */
function availableCores(): number {
  const available = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  try {
    const [quota, period] = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim().split(/\s+/);
    if (quota !== 'max') return Math.min(available, Math.max(1, Math.round(Number(quota) / Number(period))));
  } catch {
    // no cgroup v2 limit to read
  }
  return available;
}
