import { BackendProtocolError, EnrollmentRecord } from '../contract';
import { HttpClient } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/** GET /v1/enrollments (embedded-server extension): the enrollment registry with the facts devices reported. */
export async function listEnrollments(client: HttpClient): Promise<EnrollmentRecord[]> {
  const body = parseJson(await client.request({ method: 'GET', path: 'v1/enrollments' }), 'GET /v1/enrollments');
  const list = Array.isArray(body) ? body : undefined;
  if (!list) throw new BackendProtocolError('The enrollments answer is not a list.');
  return list.map(toEnrollment).sort((a, b) => a.id.localeCompare(b.id));
}

function toEnrollment(item: unknown): EnrollmentRecord {
  if (!isRecord(item)) throw new BackendProtocolError('An enrollments entry is not an object.');
  const id = item.id;
  if (typeof id !== 'string') throw new BackendProtocolError('An enrollments entry has no id.');
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const record: EnrollmentRecord = { id };
  const platform = str(item.platform);
  const osVersion = str(item.os_version);
  const osBuild = str(item.os_build);
  const model = str(item.model);
  const serialNumber = str(item.serial_number);
  const lastSeen = str(item.last_seen);
  if (platform) record.platform = platform;
  if (osVersion) record.osVersion = osVersion;
  if (osBuild) record.osBuild = osBuild;
  if (model) record.model = model;
  if (serialNumber) record.serialNumber = serialNumber;
  if (typeof item.supervised === 'boolean') record.supervised = item.supervised;
  if (lastSeen) record.lastSeen = lastSeen;
  return record;
}
