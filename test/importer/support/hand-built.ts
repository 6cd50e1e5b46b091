/**
 * A server populated by hand through KMFDDM's management API (plain HTTP, as an admin with curl would), the way a
 * team that ran KMFDDM before applemdm would have it: its own identifiers, one activation per set, one declaration
 * type applemdm does not model. Works against real KMFDDM and against the embedded server (same API).
 */
export interface HandBuiltObjects {
  /** Declarations, sets and enrollment assignments written. */
  declarations: string[];
  sets: string[];
}

export const HAND_BUILT = {
  phonesSet: 'acme-phones',
  kioskSet: 'acme-kiosk',
  app: 'com.acme.apps.slack',
  inHouse: 'com.acme.apps.fieldtool',
  softwareUpdate: 'com.acme.swupdate',
  activation: 'com.acme.phones.activation-1',
  passcode: 'com.acme.kiosk.passcode',
  kioskActivation: 'com.acme.kiosk.act',
  enrollment: 'ACME-ENR-1',
};

export async function populateByHand(baseUrl: string, apiKey: string): Promise<HandBuiltObjects> {
  const auth = `Basic ${Buffer.from(`kmfddm:${apiKey}`).toString('base64')}`;
  const call = async (method: string, path: string, body?: unknown): Promise<void> => {
    const res = await fetch(new URL(path, baseUrl), {
      method,
      headers: { authorization: auth, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    await res.arrayBuffer();
    if (res.status >= 300 && res.status !== 304) throw new Error(`${method} ${path}: HTTP ${res.status}`);
  };
  const h = HAND_BUILT;
  const declarations = [
    { Type: 'com.apple.configuration.app.managed', Identifier: h.app, Payload: { AppStoreID: '618783545', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } }, IncludeInBackup: false, Attributes: { AssociatedDomains: ['applinks:slack.com'] } } },
    { Type: 'com.apple.configuration.app.managed', Identifier: h.inHouse, Payload: { ManifestURL: 'https://apps.acme.example/fieldtool/manifest.plist', InstallBehavior: { Install: 'Optional' } } },
    { Type: 'com.apple.configuration.softwareupdate.settings', Identifier: `${h.softwareUpdate}.settings`, Payload: { Deferrals: { CombinedPeriodInDays: 30 }, Notifications: false } },
    { Type: 'com.apple.configuration.softwareupdate.enforcement.specific', Identifier: `${h.softwareUpdate}.enforcement`, Payload: { TargetOSVersion: '18.1', TargetLocalDateTime: '2027-03-01T20:00:00' } },
    {
      Type: 'com.apple.activation.simple',
      Identifier: h.activation,
      Payload: { StandardConfigurations: [h.app, h.inHouse, `${h.softwareUpdate}.enforcement`, `${h.softwareUpdate}.settings`].sort() },
    },
    { Type: 'com.apple.configuration.passcode.settings', Identifier: h.passcode, Payload: { MinimumLength: 6 } },
    { Type: 'com.apple.activation.simple', Identifier: h.kioskActivation, Payload: { StandardConfigurations: [h.passcode] } },
  ];
  for (const d of declarations) await call('PUT', 'v1/declarations?nonotify=1', d);
  for (const id of [h.app, h.inHouse, `${h.softwareUpdate}.settings`, `${h.softwareUpdate}.enforcement`, h.activation]) {
    await call('PUT', `v1/set-declarations/${h.phonesSet}?declaration=${encodeURIComponent(id)}&nonotify=1`);
  }
  for (const id of [h.passcode, h.kioskActivation]) await call('PUT', `v1/set-declarations/${h.kioskSet}?declaration=${encodeURIComponent(id)}&nonotify=1`);
  await call('PUT', `v1/enrollment-sets/${h.enrollment}?set=${h.phonesSet}&nonotify=1`);
  return { declarations: declarations.map((d) => d.Identifier), sets: [h.phonesSet, h.kioskSet] };
}

/** Every declaration's ServerToken and every set's members: equal before and after means nothing was written. */
export async function serverState(baseUrl: string, apiKey: string): Promise<string> {
  const auth = `Basic ${Buffer.from(`kmfddm:${apiKey}`).toString('base64')}`;
  const get = async (path: string): Promise<unknown> => {
    const res = await fetch(new URL(path, baseUrl), { headers: { authorization: auth } });
    if (res.status !== 200) throw new Error(`GET ${path}: HTTP ${res.status}`);
    return res.json();
  };
  const ids = ((await get('v1/declarations')) as string[]).sort();
  const tokens = await Promise.all(ids.map(async (id) => `${id} ${String(((await get(`v1/declarations/${encodeURIComponent(id)}`)) as { ServerToken: string }).ServerToken)}`));
  const sets = ((await get('v1/sets')) as string[]).sort();
  const members = await Promise.all(sets.map(async (s) => `${s}: ${((await get(`v1/set-declarations/${encodeURIComponent(s)}`)) as string[]).sort().join(',')}`));
  return [...tokens, ...members].join('\n');
}

/** The app records the first apply of the imported configuration adds (the hand-built server has none). */
export const HAND_BUILT_APP_RECORDS = ['com.acme.mdm.acme.app.fieldtool', 'com.acme.mdm.acme.app.slack'];

/**
 * The first plan of a configuration imported from the hand-built server: it creates the two apps' records and nothing
 * else.
 */
export function assertPlansOnlyAppRecords(code: number, stdout: string, stderr = ''): void {
  if (code !== 2) throw new Error(`plan exited ${code}, expected 2 (the app records to create):\n${stdout}\n${stderr}`);
  if (!/Plan: 2 to create, 0 to update, 0 to replace, 0 to delete\./.test(stdout)) throw new Error(`plan does more than create the 2 app records:\n${stdout}`);
  for (const id of HAND_BUILT_APP_RECORDS) {
    const name = id.split('.').pop()!;
    if (!stdout.includes(`+ applemdm_app.${name}\n`)) throw new Error(`plan does not create applemdm_app.${name}:\n${stdout}`);
  }
}

/** What changed between two serverState() snapshots: the lines that are new, and the ones that are gone. */
export function stateChanges(before: string, after: string): { added: string[]; removed: string[] } {
  const b = new Set(before.split('\n'));
  const a = new Set(after.split('\n'));
  return { added: [...a].filter((l) => !b.has(l)), removed: [...b].filter((l) => !a.has(l)) };
}
