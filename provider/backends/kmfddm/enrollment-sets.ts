import { WriteResult } from '../contract';
import { HttpClient, encodePathSegment } from '../http/http-client';
import { CHANGE_STATUSES, NO_NOTIFY, changeResult, parseStringList } from './wire';

/** Which sets an enrollment (device) is assigned to: static group membership. */
export async function getEnrollmentSets(client: HttpClient, enrollmentId: string): Promise<string[]> {
  const response = await client.request({ method: 'GET', path: `v1/enrollment-sets/${encodePathSegment(enrollmentId)}` });
  return parseStringList(response, `GET /v1/enrollment-sets/${enrollmentId}`);
}

export async function changeEnrollmentSet(
  client: HttpClient,
  method: 'PUT' | 'DELETE',
  enrollmentId: string,
  set: string,
): Promise<WriteResult> {
  const response = await client.request({
    method,
    path: `v1/enrollment-sets/${encodePathSegment(enrollmentId)}`,
    query: { set, ...NO_NOTIFY },
    expect: CHANGE_STATUSES,
  });
  return changeResult(response);
}
