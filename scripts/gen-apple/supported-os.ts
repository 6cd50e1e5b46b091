import { PLATFORMS, type EnrollmentMode, type Platform, type PlatformSupport } from '../../provider/apple/schema/types';

/** One OS block of a YAML `supportedOS`, as written (field names are Apple's). */
export type RawOsBlock = Record<string, unknown>;
export type RawSupport = Partial<Record<Platform, RawOsBlock>>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Apple's inheritance rule (docs/schema.md): a key's support on an OS is its parent's block with the key's own
 * block laid over it field by field; nested objects (userenrollment, sharedipad) merge field by field too.
 * A key with no block for an OS inherits the parent's block unchanged.
 */
export function inheritSupport(parent: RawSupport, own: unknown): RawSupport {
  const out: RawSupport = {};
  for (const platform of PLATFORMS) {
    const base = parent[platform];
    const mine = isRecord(own) ? own[platform] : undefined;
    if (base === undefined && mine === undefined) continue;
    out[platform] = mergeFields(base ?? {}, isRecord(mine) ? mine : {});
  }
  return out;
}

function mergeFields(base: RawOsBlock, over: RawOsBlock): RawOsBlock {
  const out: RawOsBlock = { ...base };
  for (const [field, value] of Object.entries(over)) {
    const current = out[field];
    out[field] = isRecord(value) && isRecord(current) ? mergeFields(current, value) : value;
  }
  return out;
}

const MODES: readonly string[] = ['allowed', 'forbidden', 'required', 'ignored'];

function mode(value: unknown): EnrollmentMode | undefined {
  return typeof value === 'string' && MODES.includes(value) ? (value as EnrollmentMode) : undefined;
}

function bool(value: unknown): boolean | undefined {
  return typeof value === 'boolean' ? value : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.map(String) : undefined;
}

function version(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** Turns a merged YAML block into the PlatformSupport written to x-apple (`introduced: n/a` → unsupported). */
export function resolveSupport(raw: RawOsBlock | undefined): PlatformSupport {
  const introduced = version(raw?.introduced);
  if (raw === undefined || introduced === undefined || introduced === 'n/a') return { supported: false };
  const enrollments = strings(raw['allowed-enrollments']);
  const ue = isRecord(raw.userenrollment) ? mode(raw.userenrollment.mode) : undefined;
  const shared = isRecord(raw.sharedipad) ? raw.sharedipad : undefined;
  const support: PlatformSupport = {
    supported: true,
    introduced,
    deprecated: version(raw.deprecated),
    removed: version(raw.removed),
    // DDM states supervision through allowed-enrollments: only `supervised` listed means supervised-only.
    supervised: bool(raw.supervised) ?? (enrollments !== undefined && enrollments.length > 0 && enrollments.every((e) => e === 'supervised')),
    // DDM has no userenrollment block: `user` in allowed-enrollments is the same fact. Unstated means allowed.
    userEnrollment: ue ?? (enrollments === undefined ? 'allowed' : enrollments.includes('user') ? 'allowed' : 'forbidden'),
    allowManualInstall: bool(raw.allowmanualinstall),
    requiresDep: bool(raw.requiresdep),
    userApprovedMdm: bool(raw.userapprovedmdm),
    multiple: bool(raw.multiple),
    deviceChannel: bool(raw.devicechannel),
    userChannel: bool(raw.userchannel),
    accessRights: typeof raw.accessrights === 'string' ? raw.accessrights : undefined,
    allowedEnrollments: enrollments,
    allowedScopes: strings(raw['allowed-scopes']),
  };
  if (shared) {
    support.sharedIpad = {
      mode: mode(shared.mode),
      deviceChannel: bool(shared.devicechannel),
      userChannel: bool(shared.userchannel),
      allowedScopes: strings(shared['allowed-scopes']),
    };
  }
  return support;
}

export function resolvePlatforms(raw: RawSupport): Record<Platform, PlatformSupport> {
  const out = {} as Record<Platform, PlatformSupport>;
  for (const platform of PLATFORMS) out[platform] = resolveSupport(raw[platform]);
  return out;
}
