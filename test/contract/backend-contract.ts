import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Backend, DeclarationInput } from '../../provider/backends/contract';
import { HttpStatusError } from '../../provider/backends/http/http-errors';
import { Fleet } from '../../provider/simulator/fleet';
import type { DeviceAuthentication } from '../../provider/simulator/device-credentials';

/**
 * The backend contract suite: ONE set of cases, run against every server that speaks KMFDDM's API (the embedded server
 * and real KMFDDM + NanoMDM). A harness starts the server and says what to expect from it; the cases only use the
 * Backend interface, plus the probes the harness offers for what the interface cannot see (notifications).
 */
export interface ContractHarness {
  backend: Backend;
  /** The server's base URL: management API under /v1, DDM device endpoints at the root. */
  serverUrl: string;
  /** Another backend on the same server with this API key (for the 401 case). */
  openWithKey(apiKey: string): Promise<Backend>;
  /** The key the backend uses, to prove error messages never contain it. */
  apiKey: string;
  /** How simulated devices authenticate on this server's device routes (the embedded server); unset for KMFDDM. */
  deviceAuthentication?: DeviceAuthentication;
  /** Whether the server offers the bulk read extension. */
  expectBulk: boolean;
  /**
   * Enrolls `enrollmentId` where notifications can be observed (NanoMDM's command queue, the embedded server's
   * notification log) and returns a probe: how many DeclarativeManagement notifications it has received so far.
   */
  observeNotifications(enrollmentId: string): Promise<() => Promise<number>>;
  close(): Promise<void>;
}

export type MakeHarness = () => Promise<ContractHarness>;

let counter = 0;
/** A fresh identifier prefix per case, so cases share one server without seeing each other's objects. */
function freshPrefix(): string {
  counter++;
  return `com.example.contract.c${counter}.`;
}

function decl(prefix: string, name: string, payload: Record<string, unknown>, type = 'com.apple.configuration.legacy'): DeclarationInput {
  return { Type: type, Identifier: `${prefix}${name}`, Payload: payload };
}

/** A minimal configuration profile, as the compiler's .mobileconfig assets look to a device. */
function mobileconfig(identifier: string): Buffer {
  return Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict>' +
      `<key>PayloadContent</key><array/><key>PayloadIdentifier</key><string>${identifier}</string>` +
      '<key>PayloadType</key><string>Configuration</string><key>PayloadUUID</key><string>0F0E3D6C-4C9B-5E55-9A1B-2D3C4E5F6A7B</string>' +
      '<key>PayloadVersion</key><integer>1</integer></dict></plist>\n',
  );
}

export function runBackendContract(name: string, makeHarness: MakeHarness, options: { skip?: string } = {}): void {
  describe(`backend contract: ${name}`, { skip: options.skip }, () => {
    let h: ContractHarness;
    let backend: Backend;
    before(async () => {
      h = await makeHarness();
      backend = h.backend;
    });
    after(async () => {
      await h?.close();
    });

    test('info reports kind, version and the extensions that decide capabilities', async () => {
      const info = await backend.info();
      assert.equal(info.kind, 'kmfddm');
      assert.ok(info.serverVersion.length > 0 && info.serverVersion !== 'unknown', `version: ${info.serverVersion}`);
      assert.equal(info.extensions.includes('bulk'), h.expectBulk);
      assert.equal(backend.capabilities.bulkRead, h.expectBulk);
      assert.equal(backend.capabilities.appRemovable, false);
      assert.equal(backend.capabilities.uninstallIntent, false);
      assert.equal(backend.capabilities.excludeGroups, false);
    });

    test('putDeclaration: changed, then unchanged; a new payload changes the ServerToken', async () => {
      const p = freshPrefix();
      const d = decl(p, 'profile', { ProfileURL: 'https://mdm.example.com/a.mobileconfig' });
      assert.equal(await backend.putDeclaration(d), 'changed');
      assert.equal(await backend.putDeclaration(d), 'unchanged');
      // Same content with the keys in another order is the same declaration (the body is canonical JSON).
      assert.equal(
        await backend.putDeclaration({ Payload: { ...d.Payload }, Identifier: d.Identifier, Type: d.Type }),
        'unchanged',
      );
      const first = (await backend.readStack(p)).declarations;
      assert.equal(first.length, 1);
      assert.deepEqual(first[0]?.Payload, d.Payload);
      assert.equal(first[0]?.Type, d.Type);
      assert.match(first[0]?.ServerToken ?? '', /^\S{8,64}$/);
      const again = (await backend.readStack(p)).declarations;
      assert.equal(again[0]?.ServerToken, first[0]?.ServerToken, 'token is stable while nothing changes');

      assert.equal(await backend.putDeclaration({ ...d, Payload: { ProfileURL: 'https://mdm.example.com/b.mobileconfig' } }), 'changed');
      const changed = (await backend.readStack(p)).declarations;
      assert.notEqual(changed[0]?.ServerToken, first[0]?.ServerToken);
      assert.equal(changed[0]?.Payload.ProfileURL, 'https://mdm.example.com/b.mobileconfig');
    });

    test('sets, set declarations and enrollment sets: changed/unchanged and visible in readStack', async () => {
      const p = freshPrefix();
      const a = decl(p, 'a', { ProfileURL: 'https://x.example/a' });
      const b = decl(p, 'b', { ProfileURL: 'https://x.example/b' });
      await backend.putDeclaration(a);
      await backend.putDeclaration(b);
      const set = `${p}group.sales`;
      assert.equal(await backend.addSetDeclaration(set, a.Identifier), 'changed');
      assert.equal(await backend.addSetDeclaration(set, a.Identifier), 'unchanged');
      assert.equal(await backend.addSetDeclaration(set, b.Identifier), 'changed');
      const enrollment = `${p.replace(/\./g, '-')}device-1`;
      assert.equal(await backend.addEnrollmentSet(enrollment, set), 'changed');
      assert.equal(await backend.addEnrollmentSet(enrollment, set), 'unchanged');

      let snap = await backend.readStack(p, { enrollmentIds: [enrollment] });
      assert.deepEqual(snap.sets, { [set]: [a.Identifier, b.Identifier].sort() });
      assert.deepEqual(snap.enrollmentSets, { [enrollment]: [set] });

      assert.equal(await backend.removeSetDeclaration(set, b.Identifier), 'changed');
      assert.equal(await backend.removeSetDeclaration(set, b.Identifier), 'unchanged');
      assert.equal(await backend.removeEnrollmentSet(enrollment, set), 'changed');
      assert.equal(await backend.removeEnrollmentSet(enrollment, set), 'unchanged');
      snap = await backend.readStack(p, { enrollmentIds: [enrollment] });
      assert.deepEqual(snap.sets, { [set]: [a.Identifier] });
      assert.deepEqual(snap.enrollmentSets, {});
    });

    test('deleteDeclaration: changed once the declaration left its sets, then unchanged', async () => {
      const p = freshPrefix();
      const d = decl(p, 'gone', { ProfileURL: 'https://x.example/gone' });
      await backend.putDeclaration(d);
      await backend.addSetDeclaration(`${p}set`, d.Identifier);
      await backend.removeSetDeclaration(`${p}set`, d.Identifier);
      assert.equal(await backend.deleteDeclaration(d.Identifier), 'changed');
      assert.equal(await backend.deleteDeclaration(d.Identifier), 'unchanged');
      assert.deepEqual((await backend.readStack(p)).declarations, []);
    });

    test('readStack returns exactly the owned objects and never touches a foreign one', async () => {
      const p = freshPrefix();
      const foreignPrefix = `com.foreign.${p}`;
      const foreign = decl(foreignPrefix, 'theirs', { ProfileURL: 'https://other.example/theirs' });
      await backend.putDeclaration(foreign);
      await backend.addSetDeclaration(`${foreignPrefix}set`, foreign.Identifier);
      const foreignBefore = await backend.readStack(foreignPrefix);

      const mine = decl(p, 'mine', { ProfileURL: 'https://x.example/mine' });
      await backend.putDeclaration(mine);
      await backend.addSetDeclaration(`${p}set`, mine.Identifier);
      // A foreign set holding one of our declarations: the set is not ours, so it is not returned.
      await backend.addSetDeclaration(`${foreignPrefix}set`, mine.Identifier);

      const snap = await backend.readStack(p);
      assert.deepEqual(snap.declarations.map((d) => d.Identifier), [mine.Identifier]);
      assert.deepEqual(Object.keys(snap.sets), [`${p}set`]);

      await backend.removeSetDeclaration(`${foreignPrefix}set`, mine.Identifier);
      await backend.removeSetDeclaration(`${p}set`, mine.Identifier);
      await backend.deleteDeclaration(mine.Identifier);
      const foreignAfter = await backend.readStack(foreignPrefix);
      assert.deepEqual(foreignAfter.declarations, foreignBefore.declarations, 'foreign declaration untouched (same ServerToken)');
      assert.deepEqual(foreignAfter.sets, foreignBefore.sets);
    });

    test('readStack request count: a few pages with the bulk extension, O(N) without', async () => {
      const p = freshPrefix();
      const n = 12;
      for (let i = 0; i < n; i++) await backend.putDeclaration(decl(p, `d${String(i).padStart(2, '0')}`, { ProfileURL: `https://x.example/${i}` }));
      await backend.addSetDeclaration(`${p}set-a`, `${p}d00`);
      await backend.addSetDeclaration(`${p}set-b`, `${p}d01`);
      const enrollmentIds = ['contract-count-device-1', 'contract-count-device-2'];
      const snap = await backend.readStack(p, { enrollmentIds });
      assert.equal(snap.declarations.length, n);
      const assetRequests = backend.capabilities.assetHosting === 'server' ? 1 : 0;
      if (h.expectBulk) {
        assert.ok(snap.requests <= 2 + assetRequests, `bulk read took ${snap.requests} requests`);
      } else {
        // GET /v1/declarations + GET /v1/sets + one GET per owned declaration, set and enrollment.
        assert.equal(snap.requests, 2 + n + 2 + enrollmentIds.length + assetRequests);
      }
    });

    test('putAsset returns a URL, is idempotent, is listed by readStack and can be deleted', async () => {
      const p = freshPrefix();
      const name = `${p}restrictions.mobileconfig`;
      const bytes = Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict/></plist>');
      const ref = await backend.putAsset(name, bytes, 'application/x-apple-aspen-config');
      assert.equal(ref.result, 'changed');
      assert.match(ref.url, /^https?:\/\//);
      assert.ok(ref.url.endsWith(encodeURIComponent(name)));
      assert.equal((await backend.putAsset(name, bytes, 'application/x-apple-aspen-config')).result, 'unchanged');
      const snap = await backend.readStack(p);
      assert.deepEqual(snap.assets, [{ name, sha256: ref.sha256, size: bytes.length }]);
      const getAsset = backend.getAsset?.bind(backend);
      assert.ok(getAsset, 'the kmfddm backend reads assets back');
      assert.deepEqual(await getAsset(name), bytes);
      assert.equal(await backend.deleteAsset(name), 'changed');
      assert.equal(await getAsset(name), undefined);
      assert.equal(await backend.deleteAsset(name), 'unchanged');
      assert.deepEqual((await backend.readStack(p)).assets, []);
    });

    test('notify sends one notification per affected set and it reaches the device side', async () => {
      const p = freshPrefix();
      const enrollment = `contract-notify-${counter}`;
      const probe = await h.observeNotifications(enrollment);
      const d = decl(p, 'n', { ProfileURL: 'https://x.example/n' });
      await backend.putDeclaration(d);
      await backend.addSetDeclaration(`${p}set`, d.Identifier);
      await backend.addEnrollmentSet(enrollment, `${p}set`);
      assert.equal(await probe(), 0, 'writes with nonotify=1 notify nobody');
      const before = backend.requestCount;
      await backend.notify({ sets: [`${p}set`, `${p}set`] });
      assert.equal(backend.requestCount - before, 1, 'one request per distinct set');
      assert.equal(await probe(), 1);
    });

    test('simulated devices sync through the DDM endpoints and declaration-status shows what they report', async () => {
      const p = freshPrefix();
      const profile = mobileconfig(`${p}restrictions`);
      const asset = await backend.putAsset(`${p}restrictions.mobileconfig`, profile, 'application/x-apple-aspen-config');
      const missingUrl = asset.url.replace(encodeURIComponent(asset.name), encodeURIComponent(`${p}missing.mobileconfig`));
      const configurations: DeclarationInput[] = [
        decl(p, 'restrictions', { ProfileURL: asset.url }),
        decl(p, 'broken-profile', { ProfileURL: missingUrl }),
        decl(p, 'app.slack', { BundleID: 'com.tinyspeck.chatlyio', InstallBehavior: { Install: 'Required', License: { Assignment: 'Device' } } }, 'com.apple.configuration.app.managed'),
        decl(p, 'update', { TargetOSVersion: '18.2', TargetLocalDateTime: '2030-01-01T10:00:00' }, 'com.apple.configuration.softwareupdate.enforcement.specific'),
        decl(p, 'deferral', { Deferrals: { CombinedPeriodInDays: 30 } }, 'com.apple.configuration.softwareupdate.settings'),
      ];
      const orphan = decl(p, 'orphan', { ProfileURL: asset.url });
      const activation = decl(p, 'activation', { StandardConfigurations: configurations.map((c) => c.Identifier).sort() }, 'com.apple.activation.simple');
      const set = `${p}group.phones`;
      for (const d of [...configurations, orphan, activation]) {
        await backend.putDeclaration(d);
        await backend.addSetDeclaration(set, d.Identifier);
      }
      const fleet = await Fleet.enroll({
        serverUrl: h.serverUrl,
        apiKey: h.apiKey,
        env: {},
        count: 2,
        platform: 'iOS',
        osVersion: '18.1',
        supervised: false,
        group: set,
        seed: p,
        ...(h.deviceAuthentication ? { authentication: h.deviceAuthentication } : {}),
      });
      try {
        const first = await fleet.round();
        assert.equal(first.synced, 2);
        const ids = fleet.identities.map((d) => d.enrollmentId);
        const status = await backend.declarationStatus(ids);
        const expected = {
          [`${p}activation`]: ['valid', true, []],
          [`${p}app.slack`]: ['valid', true, []],
          [`${p}broken-profile`]: ['invalid', false, ['Error.ConfigurationCannotBeApplied']],
          [`${p}deferral`]: ['invalid', false, ['Error.ConfigurationCannotBeApplied']],
          [`${p}orphan`]: ['valid', false, ['Info.NotReferencedByActivation']],
          [`${p}restrictions`]: ['valid', true, []],
          [`${p}update`]: ['valid', true, []],
        };
        for (const id of ids) {
          const seen = Object.fromEntries(
            (status[id] ?? []).map((s) => [s.identifier, [s.valid, s.active, s.reasons.map((r) => r.code)]]),
          );
          assert.deepEqual(seen, expected, `status of ${id}`);
          assert.ok((status[id] ?? []).every((s) => s.current), 'devices report the current ServerTokens');
        }
        const again = await fleet.round();
        assert.equal(again.synced, 0, 'an unchanged DeclarationsToken means no second report');

        await backend.putDeclaration({ ...configurations[3]!, Payload: { TargetOSVersion: '18.3', TargetLocalDateTime: '2030-01-01T10:00:00' } });
        assert.equal((await fleet.round()).synced, 2, 'a changed declaration reaches every device of the set');
        const after = await backend.declarationStatus(ids);
        assert.ok((after[ids[0]!] ?? []).every((s) => s.current));
      } finally {
        fleet.close();
      }
    });

    test('a refused write is a typed HTTP error; a wrong key is 401 and never echoed', async () => {
      const bad = { Type: '', Identifier: `${freshPrefix()}bad`, Payload: {} };
      await assert.rejects(backend.putDeclaration(bad), (err: unknown) => err instanceof HttpStatusError && err.status === 400);
      const wrongKey = 'wrong-key-Zq81';
      const wrong = await h.openWithKey(wrongKey);
      try {
        await assert.rejects(wrong.readStack('com.example.'), (err: unknown) => {
          assert.ok(err instanceof HttpStatusError);
          assert.equal(err.status, 401);
          assert.ok(!err.message.includes(h.apiKey) && !err.message.includes(wrongKey), err.message);
          return true;
        });
      } finally {
        wrong.close();
      }
    });
  });
}
