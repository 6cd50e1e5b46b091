import { HttpError, badRequest } from '../http/http-error';
import type { RequestContext } from '../http/router';
import type { Store } from '../store/store';
import { checkName } from '../validation';
import { authenticateDevice } from '../device-auth/authenticate-device';
import type { DeviceCertificate } from '../device-auth/verify-certificate';
import type { DeviceAuth } from '../device-auth/device-auth-options';

/** The header NanoMDM's `-dm` forwarding sets: which enrollment the (authenticated) device speaks for. */
export const ENROLLMENT_ID_HEADER = 'x-enrollment-id';

/**
 * The enrollment an authenticated device may act as. The device names it in X-Enrollment-ID; its identity certificate
 * decides whether it may: an enrollment is bound to one certificate key at its first authenticated check-in (created
 * then, or taken from the management API's registration), later requests must present the same key, and one key
 * serves one enrollment (NanoMDM's rule). `checkIn` false: the enrollment must already be bound (assets,
 * notifications). Unauthenticated → 401; authenticated but not this enrollment's device → 403.
 */
export function authorizeEnrollment(ctx: RequestContext, store: Store, auth: DeviceAuth | undefined, checkIn: boolean): string {
  const request = identifyDevice(ctx, auth);
  const now = ctx.now();
  store.transaction(() => admitEnrollment(store, request, checkIn, now));
  return request.id;
}

/** Who is calling and for which enrollment, without touching the store: 401 unauthenticated, 400 no/bad enrollment ID. */
export interface DeviceRequest {
  id: string;
  device: DeviceCertificate;
}

export function identifyDevice(ctx: RequestContext, auth: DeviceAuth | undefined): DeviceRequest {
  const device = authenticateDevice(ctx.req, auth, new Date(ctx.now()));
  return { id: enrollmentIdHeader(ctx), device };
}

/** The binding check (403) and the contact record; call inside the transaction that does the request's writes. */
export function admitEnrollment(store: Store, { id, device }: DeviceRequest, checkIn: boolean, now: string): void {
  const { bound, owner } = store.enrollments.binding(id, device.keySha256);
  if (owner !== undefined && owner !== id) throw forbidden('This device certificate belongs to another enrollment.');
  if (bound === device.keySha256) return store.enrollments.seen(id, now);
  if (typeof bound === 'string') throw forbidden('This enrollment is bound to another device certificate.');
  if (!checkIn) throw forbidden('This enrollment has not checked in with this certificate.');
  store.enrollments.bind(id, device.keySha256, now);
}

function enrollmentIdHeader(ctx: RequestContext): string {
  const header = ctx.req.headers[ENROLLMENT_ID_HEADER];
  if (typeof header !== 'string' || header === '') throw badRequest('The X-Enrollment-ID header is required.');
  const error = checkName('enrollment ID', header);
  if (error) throw badRequest(error);
  return header;
}

function forbidden(message: string): HttpError {
  return new HttpError(403, message);
}
