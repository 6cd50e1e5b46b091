import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadGdmfCatalog } from '../../provider/apple/gdmf/load-catalog';
import { parseGdmfCatalog } from '../../provider/apple/gdmf/parse-catalog';
import type { GdmfCatalog } from '../../provider/apple/gdmf/catalog';
import { compareOsVersions } from '../../provider/apple/gdmf/os-version';

const QUICKSTART = path.join(__dirname, '..', '..', 'examples', 'quickstart', 'gdmf-catalog.json');

async function quickstart(): Promise<GdmfCatalog> {
  const { catalog, diagnostics } = await loadGdmfCatalog(QUICKSTART);
  assert.equal(diagnostics.length, 0, JSON.stringify(diagnostics.toArray()));
  assert.ok(catalog);
  return catalog;
}

test('isOffered applies the closed [PostingDate, ExpirationDate] rule, model filter and unknown versions', async () => {
  const catalog = await quickstart();
  const cases: { version: string; platform: 'iOS' | 'macOS'; date: string; model?: string; offered: boolean; reason: RegExp }[] = [
    { version: '18.0.1', platform: 'iOS', date: '2024-10-02', offered: false, reason: /not posted yet.*2024-10-03/ },
    { version: '18.0.1', platform: 'iOS', date: '2024-10-03', offered: true, reason: /posted 2024-10-03, until 2024-11-18/ },
    { version: '18.0.1', platform: 'iOS', date: '2024-11-18', offered: true, reason: /offered on 2024-11-18/ },
    { version: '18.0.1', platform: 'iOS', date: '2024-11-19', offered: false, reason: /expired on 2024-11-18/ },
    { version: '18.1', platform: 'iOS', date: '2030-01-01', offered: true, reason: /no expiration date/ },
    { version: '18.1.0', platform: 'iOS', date: '2024-10-28', offered: true, reason: /offered/ },
    { version: '18.1', platform: 'iOS', date: '2024-10-27', offered: false, reason: /not posted yet/ },
    { version: '18.2', platform: 'iOS', date: '2025-01-01', offered: false, reason: /not listed/ },
    { version: '18.1', platform: 'macOS', date: '2025-01-01', offered: false, reason: /not listed/ },
    { version: '15.1', platform: 'macOS', date: '2025-01-01', model: 'J413AP', offered: true, reason: /offered/ },
    { version: '15.1', platform: 'macOS', date: '2025-01-01', model: 'j413ap', offered: true, reason: /offered/ },
    { version: '15.1', platform: 'macOS', date: '2025-01-01', model: 'J314sAP', offered: false, reason: /not for device model J314sAP/ },
    { version: '17.7.1', platform: 'iOS', date: '2025-01-01', model: 'iPhone12,1', offered: true, reason: /offered/ },
    { version: '18.1', platform: 'iOS', date: '2025-01-01', model: 'iPhone12,1', offered: false, reason: /not for device model/ },
  ];
  for (const c of cases) {
    const r = catalog.isOffered(c.version, c.platform, c.date, c.model);
    assert.equal(r.offered, c.offered, `${c.platform} ${c.version} on ${c.date} ${c.model ?? ''}: ${r.reason}`);
    assert.match(r.reason, c.reason);
  }
});

test('dates are compared as UTC calendar days; a Date and a YYYY-MM-DD string agree', async () => {
  const catalog = await quickstart();
  assert.equal(catalog.isOffered('18.0.1', 'iOS', new Date('2024-11-18T23:59:59Z')).offered, true);
  assert.equal(catalog.isOffered('18.0.1', 'iOS', new Date('2024-11-19T00:00:00Z')).offered, false);
});

test('offeredVersions and latest list what is offered on the day, newest first', async () => {
  const catalog = await quickstart();
  assert.deepEqual(catalog.offeredVersions('iOS', '2024-10-15').map((r) => r.productVersion), ['18.0.1']);
  assert.deepEqual(catalog.offeredVersions('iOS', '2024-11-01').map((r) => r.productVersion), ['18.1', '18.0.1', '17.7.1']);
  assert.deepEqual(catalog.offeredVersions('iOS', '2024-12-01').map((r) => r.productVersion), ['18.1', '17.7.1']);
  assert.deepEqual(catalog.offeredVersions('iOS', '2024-12-01', 'iPhone12,1').map((r) => r.productVersion), ['17.7.1']);
  assert.equal(catalog.latest('iOS', '2024-12-01')?.productVersion, '18.1');
  assert.equal(catalog.latest('macOS', '2024-12-01')?.productVersion, '15.1');
  assert.equal(catalog.latest('iOS', '2024-01-01'), undefined);
  assert.equal(catalog.latest('visionOS', '2024-12-01'), undefined);
});

test('a release listed in AssetSets and PublicAssetSets is one release with both listings', async () => {
  const catalog = await quickstart();
  const r = catalog.releases('iOS').find((x) => x.productVersion === '18.1');
  assert.ok(r);
  assert.deepEqual(r.availability.map((a) => a.set).sort(), ['AssetSets', 'PublicAssetSets']);
  const managedOnly = catalog.releases('iOS').find((x) => x.productVersion === '18.0.1');
  assert.deepEqual(managedOnly?.availability.map((a) => a.set), ['AssetSets']);
});

test('parsing is lenient: unknown keys ignored, bad entries skipped with a warning, tvOS/watchOS split off the iOS key', () => {
  const doc = {
    Future: { anything: true },
    PublicAssetSets: {
      iOS: [
        { ProductVersion: '18.1', Build: '22B83', PostingDate: '2024-10-28', SupportedDevices: ['iPhone15,2', 'AppleTV14,1', 'Watch7,1'], CVEs: {} },
        { ProductVersion: 'eighteen', PostingDate: '2024-10-28' },
        { ProductVersion: '18.0', PostingDate: '28/10/2024' },
        'not an object',
      ],
      xrOS: [{ ProductVersion: '2.1', PostingDate: '2024-10-28', SupportedDevices: ['RealityDevice14,1'] }],
      Linux: [{ ProductVersion: '6.1', PostingDate: '2024-10-28' }],
    },
    PublicRapidSecurityResponses: { iOS: [{ ProductVersion: '18.1', ProductVersionExtra: '(a)', PostingDate: '2024-11-05', SupportedDevices: ['iPhone15,2'] }] },
  };
  const { catalog, diagnostics } = parseGdmfCatalog(JSON.stringify(doc), 'inline.json');
  assert.ok(catalog);
  assert.equal(diagnostics.hasError(), false);
  assert.equal(diagnostics.toArray().filter((d) => d.code === 'catalog-entry').length, 3);
  assert.deepEqual(catalog.platforms(), ['iOS', 'tvOS', 'visionOS', 'watchOS']);
  assert.deepEqual(catalog.releases('iOS')[0].supportedDevices, ['iPhone15,2']);
  assert.deepEqual(catalog.releases('tvOS')[0].supportedDevices, ['AppleTV14,1']);
  assert.equal(catalog.isOffered('18.1', 'watchOS', '2024-11-01').offered, true);
  assert.equal(catalog.isOffered('2.1', 'visionOS', '2024-11-01').offered, true);
  assert.equal(catalog.rapidSecurityResponses[0].productVersionExtra, '(a)');
});

test('documents that are not catalogs are errors, never exceptions', async () => {
  const cases: [string, string][] = [
    ['{', 'catalog-json'],
    ['[]', 'catalog-shape'],
    ['{"Something": {}}', 'catalog-shape'],
  ];
  for (const [text, code] of cases) {
    const { catalog, diagnostics } = parseGdmfCatalog(text, 'bad.json');
    assert.equal(catalog, undefined, text);
    assert.equal(diagnostics.hasError(), true, text);
    assert.equal(diagnostics.toArray()[0].code, code, text);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gdmf-'));
  const missing = await loadGdmfCatalog('nope.json', { root: dir });
  assert.equal(missing.catalog, undefined);
  assert.equal(missing.diagnostics.toArray()[0].code, 'catalog-read');
  const http = await loadGdmfCatalog('http://example.invalid/pmv');
  assert.match(http.diagnostics.toArray()[0].summary, /https/);
});

test('relative catalog paths resolve against the configuration directory', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gdmf-'));
  fs.writeFileSync(path.join(dir, 'pmv.json'), JSON.stringify({ AssetSets: { macOS: [{ ProductVersion: '15.2', PostingDate: '2024-12-11' }] } }));
  const { catalog } = await loadGdmfCatalog('pmv.json', { root: dir });
  assert.equal(catalog?.latest('macOS', '2025-01-01')?.productVersion, '15.2');
});

test('OS versions compare numerically', () => {
  const cases: [string, string, number][] = [
    ['18.1', '18.0.1', 1],
    ['18.10', '18.9', 1],
    ['18', '18.0', 0],
    ['17.7.1', '18.0', -1],
  ];
  for (const [a, b, want] of cases) assert.equal(compareOsVersions(a, b), want, `${a} vs ${b}`);
});
