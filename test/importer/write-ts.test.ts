import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NO_SOURCE } from '../../provider/core/diagnostics';
import { DOCUMENT_VERSION, type DesiredDocument } from '../../provider/core/document';
import { configurationHash } from '../../provider/engine/config-hash';
import { loadConfiguration } from '../../provider/frontends/load-config';
import type { ImportedResource } from '../../provider/importer/model';
import { writeTsFiles } from '../../provider/importer/write-ts';
import { writeYamlFiles } from '../../provider/importer/write-yaml';

/**
 * Writer fidelity: the TypeScript (CDKTF) and YAML an import writes read back, through the real front ends, as exactly
 * the document that was verified — adopted identifiers, the restrictions `extra` map, Apple key names, references, and
 * a name two kinds share (distinct construct ids, same Terraform name).
 */
const ROOT = path.join(__dirname, '..', '..');

function resource(r: Partial<ImportedResource> & Pick<ImportedResource, 'type' | 'name' | 'attributes'>): ImportedResource {
  return { objects: [], adopted: false, review: {}, extraKeys: [], ...r };
}

const RESOURCES: ImportedResource[] = [
  resource({ type: 'applemdm_device_group', name: 'phones', attributes: { identifier: 'acme-phones', adopt: true, activation_identifier: 'com.acme.act', members: { enrollment_ids: ['ENR-1'] } }, adopted: true }),
  resource({ type: 'applemdm_app', name: 'phones', attributes: { bundle_id: 'unknown.app-store-1', adam_id: '1', license: 'device', platforms: ['iOS'] }, review: { '/bundle_id': 'a placeholder' } }),
  resource({ type: 'applemdm_app_assignment', name: 'phones', attributes: { app: 'applemdm_app.phones', intent: 'required', scope: { groups: ['applemdm_device_group.phones'] }, settings: { prevent_backup: true, associated_domains: ['applinks:example.com'] } } }),
  resource({
    type: 'applemdm_restrictions',
    name: 'base',
    attributes: { scope: { groups: ['applemdm_device_group.phones'] }, icloud: { backup: false }, allow_camera: false, extra: { futureKey: 3, futureList: ['a'] } },
    extraKeys: ['futureKey', 'futureList'],
  }),
  resource({ type: 'applemdm_software_update', name: 'ios', attributes: { identifier: 'com.acme.swu', adopt: true, platform: 'iOS', scope: { groups: ['applemdm_device_group.phones'] }, deferrals: { combined_days: 7 } }, adopted: true }),
];

function documentOf(baseDir: string): DesiredDocument {
  return {
    version: DOCUMENT_VERSION,
    stack: { name: 'acme', identifierPrefix: 'com.acme.mdm', targets: { iOS: '18.0' }, externalUuids: [] },
    resources: RESOURCES.map((r) => ({ type: r.type, name: r.name, address: `${r.type}.${r.name}`, attributes: r.attributes, source: NO_SOURCE })).sort((a, b) => (a.address < b.address ? -1 : 1)),
    baseDir,
  };
}

function write(dir: string, files: Map<string, string>): void {
  for (const [rel, text] of files) fs.writeFileSync(path.join(dir, rel), text);
}

test('the written CDKTF app and YAML read back as the imported document', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-write-'));
  try {
    const doc = documentOf(dir);
    const ts = path.join(dir, 'ts');
    const yaml = path.join(dir, 'yaml');
    fs.mkdirSync(path.join(ts, 'node_modules'), { recursive: true });
    fs.mkdirSync(yaml);
    const tsFiles = writeTsFiles(doc, RESOURCES, ['targets.iOS 18.0: assumed']);
    write(ts, tsFiles);
    fs.symlinkSync(ROOT, path.join(ts, 'node_modules', 'applemdm'));
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'tsx'), path.join(ts, 'node_modules', 'tsx'));
    assert.match(tsFiles.get('apps.ts') ?? '', /named\(new App\(scope, 'apps_phones'/, 'a name the device group took first keeps its Terraform name');
    assert.match(tsFiles.get('restrictions.ts') ?? '', /extra: JSON\.stringify\(/);
    assert.match(tsFiles.get('device-groups.ts') ?? '', /\/\/ acme-phones was created by another tool/);

    write(yaml, writeYamlFiles(doc, RESOURCES, ['header'], []));
    const restrictions = fs.readFileSync(path.join(yaml, 'restrictions.yaml'), 'utf8');
    assert.match(restrictions, /allowCamera: false/, 'Apple key names in YAML');
    assert.match(restrictions, /# not modeled by applemdm_restrictions, kept as found: futureKey, futureList/);

    for (const [what, where] of [['TypeScript', ts], ['YAML', yaml]] as const) {
      const loaded = await loadConfiguration(where);
      assert.ok(loaded.document, `${what}: ${loaded.diagnostics.toArray().map((d) => d.detail).join('; ')}`);
      assert.equal(configurationHash(loaded.document), configurationHash(doc), `${what} reads back as the same configuration`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
