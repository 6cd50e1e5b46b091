import type { Backend } from '../backends/contract';
import { Diagnostics } from '../core/diagnostics';
import type { DesiredDocument } from '../core/document';

/**
 * Static members given by serial number → enrollment IDs, through the server's enrollment registry. Serials the
 * registry does not know (not enrolled yet) are reported and skipped; they are picked up by a later plan.
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
    else for (const id of ids) resolved[id] = [...new Set([...(resolved[id] ?? []), ...unresolved[serial]])].sort();
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
