import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileDocument } from '../../provider/apple/compile-document';
import type { Declaration } from '../../provider/apple/declaration';
import { ASSETS_PLACEHOLDER_BASE_URL } from '../../provider/apple/legacy-declaration';
import { restrictionKeyMap } from '../../provider/apple/restriction-keys';
import { deterministicUuid } from '../../provider/core/identity';
import { assertValidArtifacts, byType, codes, NOW, only, restrictions, withGroup } from './compile-helpers';

type Profile = { PayloadIdentifier: string; PayloadUUID: string; PayloadType: string; PayloadVersion: number; PayloadContent: Record<string, unknown>[] };

function compile(attributes: Record<string, unknown>, opts: { assetsBaseUrl?: string; baseUrl?: string } = {}) {
  const result = compileDocument(withGroup([restrictions('baseline', attributes)], opts.baseUrl ? { assets: { baseUrl: opts.baseUrl } } : {}), {
    now: NOW,
    ...(opts.assetsBaseUrl ? { assetsBaseUrl: opts.assetsBaseUrl } : {}),
  });
  assertValidArtifacts(result.artifacts);
  return result;
}

const profileOf = (r: ReturnType<typeof compile>) => only(r.artifacts, byType('Configuration'));

test('only the keys the user set are emitted, with Apple names, through the icloud/open_in groups and flat attributes', () => {
  const r = compile({
    icloud: { backup: false, keychain_sync: false },
    open_in: { managed_to_unmanaged: false, managed_pasteboard: true, airdrop_unmanaged: true },
    allow_screen_shot: true,
    allow_assistant_while_locked: false,
    enforced_software_update_delay: 30,
  });
  const payload = (profileOf(r).content as Profile).PayloadContent[0];
  const own = Object.fromEntries(Object.entries(payload).filter(([k]) => !k.startsWith('Payload')));
  assert.deepEqual(own, {
    allowCloudBackup: false,
    allowCloudKeychainSync: false,
    allowOpenFromManagedToUnmanaged: false,
    requireManagedPasteboard: true,
    forceAirDropUnmanaged: true,
    allowScreenShot: true,
    allowAssistantWhileLocked: false,
    enforcedSoftwareUpdateDelay: 30,
  });
  assert.equal(payload.PayloadType, 'com.apple.applicationaccess');
});

test('a key of Apple type real is written as <real> even when integral', () => {
  // The attribute name comes from the schema (x-apple-key), as the compiler reads it.
  const attribute = [...restrictionKeyMap()].find(([, key]) => key === 'safariAcceptCookies')?.[0];
  assert.ok(attribute);
  const xml = profileOf(compile({ [attribute]: 2 })).bytes.toString('utf8');
  assert.match(xml, /<key>safariAcceptCookies<\/key>\s*<real>2\.0<\/real>/);
  assert.match(profileOf(compile({ [attribute]: 1.5 })).bytes.toString(), /<real>1\.5<\/real>/);
});

test('the same key set twice with different values is an error; the same value twice is fine', () => {
  const conflict = compileDocument(withGroup([restrictions('r', { icloud: { backup: false }, allow_cloud_backup: true })]), { now: NOW });
  assert.deepEqual(codes(conflict.diagnostics, 'error'), ['conflict']);
  assert.deepEqual(conflict.artifacts.filter(byType('Configuration')), []);
  const same = compile({ icloud: { backup: false }, allow_cloud_backup: false });
  assert.equal(same.diagnostics.hasError(), false);
});

test('an attribute that maps to no Apple key is an error, never dropped', () => {
  const r = compileDocument(withGroup([restrictions('r', { allow_teleportation: false })]), { now: NOW });
  assert.deepEqual(codes(r.diagnostics, 'error'), ['unknown-key']);
  assert.deepEqual(r.diagnostics.toArray()[0].path, ['applemdm_restrictions.r', 'allow_teleportation']);
});

test('identity: payload identifier and UUID are fixed; the top-level UUID follows the content', () => {
  const a = profileOf(compile({ allow_screen_shot: false })).content as Profile;
  const b = profileOf(compile({ allow_screen_shot: false })).content as Profile;
  const c = profileOf(compile({ allow_screen_shot: true })).content as Profile;
  assert.equal(a.PayloadIdentifier, 'com.example.mdm.test.restrictions.baseline');
  assert.equal(a.PayloadType, 'Configuration');
  assert.equal(a.PayloadVersion, 1);
  assert.equal(a.PayloadContent[0].PayloadIdentifier, 'com.example.mdm.test.restrictions.baseline.payload');
  assert.equal(a.PayloadContent[0].PayloadUUID, deterministicUuid('com.example.mdm.test.restrictions.baseline.payload'));
  assert.equal(a.PayloadUUID, b.PayloadUUID, 'same content, same revision UUID');
  assert.notEqual(a.PayloadUUID, c.PayloadUUID, 'changed content, new revision UUID');
  assert.equal(a.PayloadContent[0].PayloadUUID, c.PayloadContent[0].PayloadUUID, 'payload UUID survives content changes');
  assert.notEqual(a.PayloadUUID, a.PayloadContent[0].PayloadUUID);
});

test('the legacy declaration points at the profile by URL with its sha256, under the configured base', () => {
  const cases: [{ assetsBaseUrl?: string; baseUrl?: string }, string][] = [
    [{}, ASSETS_PLACEHOLDER_BASE_URL],
    [{ baseUrl: 'https://mdm.example.com/assets/' }, 'https://mdm.example.com/assets'],
    [{ baseUrl: 'https://ignored.example.com', assetsBaseUrl: 'https://cdn.example.com/p' }, 'https://cdn.example.com/p'],
  ];
  for (const [opts, base] of cases) {
    const r = compile({ allow_screen_shot: false }, opts);
    const profile = profileOf(r);
    const legacy = only(r.artifacts, byType('com.apple.configuration.legacy'));
    const d = legacy.content as Declaration;
    assert.equal(d.Identifier, profile.identifier);
    assert.equal(d.Payload.ProfileURL, `${base}/com.example.mdm.test.restrictions.baseline.mobileconfig?sha256=${profile.sha256}`);
  }
  const t1 = only(compile({ allow_screen_shot: false }).artifacts, byType('com.apple.configuration.legacy')).content as Declaration;
  const t2 = only(compile({ allow_screen_shot: true }).artifacts, byType('com.apple.configuration.legacy')).content as Declaration;
  assert.notEqual(t1.ServerToken, t2.ServerToken, 'a changed profile changes the declaration token, so devices re-fetch');
});

test('file names are stable and the bytes are identical across compiles', () => {
  const a = compile({ allow_screen_shot: false, icloud: { backup: false } });
  const b = compile({ icloud: { backup: false }, allow_screen_shot: false });
  assert.deepEqual(a.artifacts.map((x) => x.fileName), [
    'declarations/com.example.mdm.test.device-group.g.activation.json',
    'declarations/com.example.mdm.test.restrictions.baseline.json',
    'profiles/com.example.mdm.test.restrictions.baseline.mobileconfig',
  ]);
  for (let i = 0; i < a.artifacts.length; i++) assert.ok(a.artifacts[i].bytes.equals(b.artifacts[i].bytes), a.artifacts[i].fileName);
});
