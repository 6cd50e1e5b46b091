import * as plist from 'plist';

/**
 * The reviewable content of a configuration profile: each payload's keys, keyed by a path a reviewer recognises
 * (the Apple key itself when the profile has one payload, `<PayloadType>.<key>` otherwise). The top-level PayloadUUID
 * is content-derived by design (apple-mdm.md §2.4): it changes whenever anything else does.
 */
/**
 * Identity keys are derived from the resource address by applemdm itself (stable by construction), so they never
 * carry a reviewable decision; showing them would only bury the keys that do.
 */
const IDENTITY = new Set(['PayloadUUID', 'PayloadIdentifier', 'PayloadType', 'PayloadVersion']);

export function profileKeys(bytes: Buffer): Record<string, unknown> {
  const top = plist.parse(bytes.toString('utf8')) as Record<string, unknown>;
  const payloads = Array.isArray(top.PayloadContent) ? (top.PayloadContent as Record<string, unknown>[]) : [];
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(top)) {
    if (k === 'PayloadContent' || IDENTITY.has(k)) continue;
    out[`profile.${k}`] = v;
  }
  const single = payloads.length === 1;
  for (const p of payloads) {
    const prefix = single ? '' : `${String(p.PayloadType)}.`;
    for (const [k, v] of Object.entries(p)) if (!IDENTITY.has(k)) out[`${prefix}${k}`] = v;
  }
  return out;
}
