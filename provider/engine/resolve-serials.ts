import type { Backend } from '../backends/contract';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';

/**
 * Static members given by serial number → enrollment IDs, through the server's enrollment registry. Serials the
 * registry does not know (not enrolled yet) are reported and skipped; they are picked up by a later plan. A serial two
 * enrollments report is an error naming both and joins nobody: a serial number is only what a device says about itself,
 * so one of the two is lying (or a device re-enrolled and its old enrollment should be deleted), and guessing would
 * hand the group's declarations to whichever enrollment claimed the serial.
 */
export async function resolveSerialNumbers(
  backend: Backend,
  unresolved: Record<string, string[]>,
  doc: DesiredDocument,
): Promise<{ resolved: Record<string, string[]>; diagnostics: Diagnostics }> {
  const diagnostics = new Diagnostics();
  const resolved: Record<string, string[]> = {};
  const serials = Object.keys(unresolved);
  if (serials.length === 0) return { resolved, diagnostics };
  if (!backend.capabilities.enrollmentRegistry) {
    diagnostics.warning(
      'Serial numbers cannot be resolved on this server',
      `The server has no enrollment registry, so static members given by serial number (${serials.slice(0, 5).join(', ')}${serials.length > 5 ? ', …' : ''}) cannot be mapped to enrollments. List them as udids or enrollment_ids instead.`,
      [],
      { kind: 'none' },
      'unresolved-serial',
    );
    return { resolved, diagnostics };
  }
  const bySerial = new Map<string, string[]>();
  for (const e of await backend.enrollments()) {
    if (!e.serialNumber) continue;
    bySerial.set(e.serialNumber, [...(bySerial.get(e.serialNumber) ?? []), e.id]);
  }
  const missing: string[] = [];
  for (const serial of serials) {
    const ids = bySerial.get(serial);
    if (!ids) missing.push(serial);
    else if (ids.length > 1) diagnostics.append(ambiguousSerial(serial, ids, unresolved[serial]));
    else resolved[ids[0]] = [...new Set([...(resolved[ids[0]] ?? []), ...unresolved[serial]])].sort();
  }
  if (missing.length) {
    diagnostics.warning(
      'Static members not enrolled yet',
      `${missing.length} serial number(s) of stack "${doc.stack.name}" are not enrolled on the server (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}); they join their groups on a later apply once they enroll.`,
      [],
      { kind: 'none' },
      'unresolved-serial',
    );
  }
  return { resolved, diagnostics };
}

function ambiguousSerial(serial: string, enrollmentIds: string[], sets: string[]): Diagnostics {
  const ids = [...enrollmentIds].sort();
  return new Diagnostics().error(
    'Two enrollments report one serial number',
    `Serial number ${serial}, a static member of ${sets.join(', ')}, is reported by the enrollments ${ids.map((id) => `"${id}"`).join(' and ')}. ` +
      'Neither joins the group until only one remains: delete the stale or forged enrollment on the server (DELETE /v1/enrollments/<id>), or list the right one as an enrollment ID instead of the serial number.',
    [],
    { kind: 'none' },
    'ambiguous-serial',
  );
}
