import type { ResourceStatus, StatusReport } from './status';
import type { DeviceFailure } from './status-classify';

/** Kinds of failure listed per resource in text; JSON lists every failing device. */
const MAX_FAILURES_SHOWN = 20;

export function renderStatusJson(report: StatusReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** The status report for a terminal: one line of counts per resource, then its failing devices with Apple's reasons. */
export function renderStatusText(report: StatusReport): string {
  const source = report.deviceSource === 'registry' ? "the server's enrollment registry" : 'static members in the configuration';
  const lines = [`Stack "${report.stack}" on ${report.backend.kind} (${report.backend.url}): ${report.devices} device(s) from ${source}`, ''];
  const width = Math.max(0, ...report.resources.map((r) => r.address.length));
  for (const r of report.resources) lines.push(...renderResource(r, width));
  const failed = report.resources.reduce((n, r) => n + r.failed, 0);
  const pending = report.resources.reduce((n, r) => n + r.pending, 0);
  lines.push('');
  const inScope = report.resources.reduce((n, r) => n + r.devices, 0);
  lines.push(
    inScope === 0
      ? 'No devices in scope yet: no enrolled device is assigned to a group these resources are delivered to.'
      : failed || pending
      ? `Not converged: ${failed} failed and ${pending} pending device assignment(s) across ${report.resources.filter((r) => r.failed || r.pending).length} resource(s).`
      : 'Converged: every device in scope reports every declaration valid.',
  );
  for (const owed of report.notToldToSync ?? []) {
    const devices = owed.devices.length ? `${owed.devices.length} device(s): ${owed.devices.slice(0, MAX_FAILURES_SHOWN).join(', ')}${owed.devices.length > MAX_FAILURES_SHOWN ? ', …' : ''}` : 'no device assigned yet';
    lines.push(`Never told to sync (since ${owed.since}): set ${owed.set}, ${devices}. Run apply to notify them.`);
  }
  return `${lines.join('\n')}\n`;
}

function renderResource(r: ResourceStatus, width: number): string[] {
  const name = r.address.padEnd(width);
  if (r.declarations.length === 0) return [`${name}  no DDM declarations (nothing devices report on)`];
  const out = [`${name}  ${r.devices} device(s): ${r.valid} valid, ${r.active} active, ${r.pending} pending, ${r.failed} failed`];
  if (r.notOnServer.length) out.push(`    not on the server yet (run apply): ${r.notOnServer.join(', ')}`);
  const groups = groupFailures(r.failures);
  for (const g of groups.slice(0, MAX_FAILURES_SHOWN)) {
    const who = g.devices.length === 1
      ? g.devices[0]
      : `${g.devices.length} device(s) (${g.devices.slice(0, DEVICES_NAMED).join(', ')}${g.devices.length > DEVICES_NAMED ? ', …' : ''})`;
    out.push(`    failed on ${who}${g.device ? ` [${g.device}]` : ''}: ${g.what}`);
  }
  if (groups.length > MAX_FAILURES_SHOWN) out.push(`    … and ${groups.length - MAX_FAILURES_SHOWN} more kind(s) of failure (all of them with --format json)`);
  return out;
}

/** Devices named on a grouped failure line; the count says how many there are. */
const DEVICES_NAMED = 5;

interface FailureGroup {
  /** Platform and OS version, when the device reported them. */
  device: string;
  /** The declaration and Apple's reasons, as shown. */
  what: string;
  devices: string[];
}

/**
 * Identical failures (same declaration, same reasons, same platform and OS) on many devices are one line with a count:
 * twenty devices refusing the same key for the same reason is one problem, not twenty.
 */
function groupFailures(failures: DeviceFailure[]): FailureGroup[] {
  const groups = new Map<string, FailureGroup>();
  for (const f of failures) {
    const device = [f.platform, f.osVersion].filter(Boolean).join(' ');
    for (const d of f.declarations) {
      const reasons = d.reasons.length
        ? d.reasons.map((x) => `${x.code}${x.description ? ` (${x.description})` : ''}`).join('; ')
        : `${d.valid}, no reason given`;
      const what = `${d.identifier}: ${reasons}`;
      const key = `${device}\u0000${what}`;
      const g = groups.get(key) ?? { device, what, devices: [] };
      g.devices.push(f.enrollmentId);
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}
