import { BackendProtocolError, DeclarationStatus, StatusReason } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { parseJson } from './wire';
import { isRecord } from '../../core/records';

/** Enrollment IDs per declaration-status request; they travel comma-joined in the URL path. */
const IDS_PER_REQUEST = 50;

/**
 * GET /v1/declaration-status/<id,id…>: what each enrollment last reported per declaration, with `current` (the
 * reported ServerToken is the server's present one). Enrollments that never reported are absent from the answer.
 */
export async function declarationStatus(
  client: HttpClient,
  enrollmentIds: string[],
): Promise<Record<string, DeclarationStatus[]>> {
  const out: Record<string, DeclarationStatus[]> = {};
  const ids = [...new Set(enrollmentIds)];
  for (const id of ids) {
    if (id.includes(',')) throw new BackendProtocolError(`Enrollment ID "${id}" contains a comma, which KMFDDM cannot query.`);
  }
  for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
    const chunk = ids.slice(i, i + IDS_PER_REQUEST);
    const path = `v1/declaration-status/${chunk.map(encodePathSegment).join(',')}`;
    const response = await client.request({ method: 'GET', path, expect: [200, 204] });
    if (response.status === 204 || response.body.length === 0) continue;
    const body = parseJson(response, 'GET /v1/declaration-status');
    if (!isRecord(body)) throw new BackendProtocolError('The declaration-status answer is not an object.');
    for (const [enrollmentId, list] of Object.entries(body)) {
      if (list === null) continue;
      if (!Array.isArray(list)) throw new BackendProtocolError(`The declaration-status of ${enrollmentId} is not a list.`);
      out[enrollmentId] = list.map((item) => toStatus(item, enrollmentId)).sort((a, b) => a.identifier.localeCompare(b.identifier));
    }
  }
  return out;
}

function toStatus(item: unknown, enrollmentId: string): DeclarationStatus {
  if (!isRecord(item) || typeof item.identifier !== 'string') {
    throw new BackendProtocolError(`A declaration-status entry of ${enrollmentId} has no identifier.`);
  }
  const valid = item.valid === 'valid' || item.valid === 'invalid' ? item.valid : 'unknown';
  return {
    identifier: item.identifier,
    active: item.active === true,
    valid,
    serverToken: typeof item['server-token'] === 'string' ? item['server-token'] : '',
    current: item.current === true,
    reasons: toReasons(item.reasons),
    ...(typeof item.status_received === 'string' ? { statusReceived: item.status_received } : {}),
  };
}

/** Apple's reasons are {Code, Description, Details}; accept either capitalisation. */
function toReasons(value: unknown): StatusReason[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((r) => {
    const code = r.code ?? r.Code;
    const description = r.description ?? r.Description;
    const details = r.details ?? r.Details;
    return {
      code: typeof code === 'string' ? code : '',
      ...(typeof description === 'string' ? { description } : {}),
      ...(isRecord(details) ? { details } : {}),
    };
  });
}
