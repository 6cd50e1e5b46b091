import * as plist from 'plist';

/**
 * What a device does with a legacy declaration's ProfileURL: download it with the device's credentials (its
 * enrollment ID and identity certificate headers, as on the DDM endpoints) and install it if it is a configuration
 * profile. Returns undefined when installed, else why not.
 */
export type ProfileFetcher = (url: string, deviceHeaders: Record<string, string>) => Promise<string | undefined>;

const MAX_PROFILE_BYTES = 4 * 1024 * 1024;

export const fetchAndCheckProfile: ProfileFetcher = async (url, deviceHeaders) => {
  let text: string;
  try {
    const res = await fetch(url, { headers: deviceHeaders, signal: AbortSignal.timeout(15_000) });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) return `download failed: HTTP ${res.status}`;
    if (bytes.length > MAX_PROFILE_BYTES) return 'download failed: profile too large';
    text = bytes.toString('utf8');
  } catch (err) {
    return `download failed: ${(err as Error).message}`;
  }
  return checkProfile(text);
};

export function checkProfile(text: string): string | undefined {
  if (!text.includes('<plist')) return 'not a property list (signed profiles are not simulated)';
  let parsed: unknown;
  try {
    parsed = plist.parse(text);
  } catch (err) {
    return `not a property list: ${(err as Error).message.split('\n')[0]}`;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return 'the profile is not a dictionary';
  const top = parsed as Record<string, unknown>;
  if (top.PayloadType !== 'Configuration') return 'PayloadType is not Configuration';
  for (const key of ['PayloadIdentifier', 'PayloadUUID']) {
    if (typeof top[key] !== 'string' || top[key] === '') return `${key} is missing`;
  }
  if (top.PayloadContent !== undefined && !Array.isArray(top.PayloadContent)) return 'PayloadContent is not an array';
  return undefined;
}
