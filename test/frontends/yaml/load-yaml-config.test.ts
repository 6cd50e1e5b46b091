import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatSource } from '../../../provider/core/diagnostics';
import { loadConfiguration } from '../../../provider/frontends/load-config';
import { loadYamlConfig } from '../../../provider/frontends/yaml';
import { validateDocument } from '../../../provider/resources/validate';

const CONFIG = 'stack: t\nidentifier_prefix: com.example.t\ntargets:\n  iOS: 17.10\n';

function configDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-yaml-'));
  for (const [name, text] of Object.entries({ 'applemdm.yaml': CONFIG, ...files })) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function resource(dir: string, address: string): Record<string, unknown> {
  const r = loadYamlConfig(dir).document?.resources.find((x) => x.address === address);
  assert.ok(r, `${address} loaded`);
  return r.attributes;
}

test('the quickstart loads into a document with addresses, strings and positions', () => {
  const dir = path.join(__dirname, '..', '..', '..', 'examples', 'quickstart');
  const { document, diagnostics } = loadYamlConfig(dir);
  assert.deepEqual(diagnostics.toArray(), []);
  assert.ok(document);
  assert.equal(document.stack.name, 'quickstart');
  assert.deepEqual(document.stack.targets, { iOS: '18.0', macOS: '15.0' });
  assert.equal(document.resources.length, 12);
  assert.deepEqual(
    document.resources.map((r) => r.address),
    [...document.resources.map((r) => r.address)].sort(),
  );
  const slack = document.resources.find((r) => r.address === 'applemdm_app_assignment.slack_sales');
  assert.equal(slack?.attributes.app, 'applemdm_app.slack');
  assert.deepEqual((slack?.attributes.scope as { groups: string[] }).groups, ['applemdm_device_group.sales_iphones']);
  assert.equal(formatSource(slack!.source), `${path.join(dir, 'apps.yaml')}:27:3`);
  assert.equal(formatSource(slack!.attributeSources!['/settings/prevent_backup']), `${path.join(dir, 'apps.yaml')}:33:7`);
});

test('string attributes keep the source text of unquoted scalars', () => {
  const dir = configDir({
    'r.yaml': [
      'device_groups:',
      '  g:',
      '    supervised: true',
      '    description: 2024',
      'apps:',
      '  a:',
      '    bundle_id: com.a.b',
      '    adam_id: 0012345',
      '    platforms: [iOS]',
      'software_updates:',
      '  u:',
      '    platform: iOS',
      '    scope: {groups: [g]}',
      '    enforcement:',
      '      target_os_version: 18.10',
      '      target_local_datetime: 2027-01-15T18:00:00',
      '      days_after_release: 7',
      '',
    ].join('\n'),
  });
  const { document } = loadYamlConfig(dir);
  assert.equal(document?.stack.targets.iOS, '17.10');
  assert.deepEqual(resource(dir, 'applemdm_device_group.g'), { supervised: 'true', description: '2024' });
  assert.equal(resource(dir, 'applemdm_app.a').adam_id, '0012345');
  const e = resource(dir, 'applemdm_software_update.u').enforcement as Record<string, unknown>;
  assert.equal(e.target_os_version, '18.10');
  assert.equal(e.target_local_datetime, '2027-01-15T18:00:00');
  assert.equal(e.days_after_release, 7, 'integers stay numbers');
});

test('restriction keys may use Apple names; setting one twice is reported at the second', () => {
  const dir = configDir({
    'r.yaml': 'restrictions:\n  r:\n    scope: {groups: [g]}\n    allowCloudBackup: false\n    allow_camera: true\n    allowUIAppInstallation: false\n',
  });
  assert.deepEqual(resource(dir, 'applemdm_restrictions.r'), {
    scope: { groups: ['applemdm_device_group.g'] },
    allow_cloud_backup: false,
    allow_camera: true,
    allow_ui_app_installation: false,
  });
  const twice = configDir({ 'r.yaml': 'restrictions:\n  r:\n    scope: {groups: [g]}\n    allowCamera: false\n    allow_camera: true\n' });
  const d = loadYamlConfig(twice).diagnostics.toArray();
  assert.equal(d.length, 1);
  assert.equal(d[0].code, 'duplicate-attribute');
  assert.equal(formatSource(d[0].source), `${path.join(twice, 'r.yaml')}:5:5`);
});

test('validation diagnostics point at the offending key', () => {
  const dir = configDir({ 'u.yaml': 'software_updates:\n  u:\n    platform: iOS\n    scope:\n      groups: [g]\n    deferrals:\n      combined_days: 91\n      extra: 1\n' });
  const { document } = loadYamlConfig(dir);
  const diags = validateDocument(document!).toArray();
  const where = Object.fromEntries(diags.map((d) => [d.code, formatSource(d.source)]));
  const file = path.join(dir, 'u.yaml');
  assert.equal(where.range, `${file}:7:7`);
  assert.equal(where['unknown-key'], `${file}:8:7`);
  assert.equal(where['dangling-reference'], undefined, 'rules do not run on an invalid resource');
});

test('prototype keys are reported and never reach an object prototype', () => {
  const dir = configDir({
    'a.yaml':
      'apps:\n  a:\n    bundle_id: com.a.b\n    adam_id: "1"\n    platforms: [iOS]\napp_assignments:\n  x:\n    app: a\n    intent: required\n    scope: {groups: [g]}\n' +
      '    settings:\n      configuration:\n        __proto__: {polluted: yes}\n        constructor: {prototype: {polluted: yes}}\n        fine: 1\n',
  });
  const { document, diagnostics } = loadYamlConfig(dir);
  assert.deepEqual(
    diagnostics.toArray().map((d) => [d.code, formatSource(d.source)]),
    [
      ['forbidden-key', `${path.join(dir, 'a.yaml')}:13:9`],
      ['forbidden-key', `${path.join(dir, 'a.yaml')}:14:9`],
    ],
  );
  const settings = document!.resources.find((r) => r.type === 'applemdm_app_assignment')!.attributes.settings as Record<string, unknown>;
  assert.deepEqual(Object.keys(settings.configuration as object), ['fine']);
  assert.equal(Object.getPrototypeOf(settings.configuration), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('empty and comment-only files are fine; names must be unique across files', () => {
  const dir = configDir({ 'a.yaml': '', 'b.yaml': '# nothing yet\n', 'c.yml': 'device_groups:\n  g: {}\n', 'd.yaml': 'device_groups:\n  g: {}\n' });
  const { document, diagnostics } = loadYamlConfig(dir);
  assert.ok(document);
  assert.deepEqual(document.resources.map((r) => r.address), ['applemdm_device_group.g']);
  const [d] = diagnostics.toArray();
  assert.equal(d.code, 'duplicate-resource');
  assert.equal(formatSource(d.source), `${path.join(dir, 'd.yaml')}:2:3`);
  assert.match(d.detail, /c\.yml:2:3/);
});

test('a resource file that is a link to a regular file inside the directory is read; any other kind of *.yaml entry is an error, never skipped', () => {
  const dir = configDir({ 'a.yaml': 'device_groups:\n  g: {}\n' });
  fs.mkdirSync(path.join(dir, 'shared'));
  fs.writeFileSync(path.join(dir, 'shared', 'groups.txt'), 'device_groups:\n  linked: {}\n');
  fs.symlinkSync(path.join('shared', 'groups.txt'), path.join(dir, 'groups.yaml'));
  const linked = loadYamlConfig(dir);
  assert.deepEqual(linked.diagnostics.toArray(), []);
  assert.deepEqual(linked.document?.resources.map((r) => r.address), ['applemdm_device_group.g', 'applemdm_device_group.linked']);

  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-shared-'));
  fs.writeFileSync(path.join(outside, 'groups.yaml'), 'device_groups:\n  linked: {}\n');
  const entries: [string, (file: string, dir: string) => void, RegExp][] = [
    ['a link to a file outside the directory', (f) => fs.symlinkSync(path.join(outside, 'groups.yaml'), f), /resolves outside the configuration directory/],
    ['a dangling link', (f) => fs.symlinkSync('gone.yaml', f), /symbolic link to something that does not exist/],
    ['a named pipe', (f) => execFileSync('mkfifo', [f]), /is a named pipe; only regular files are read/],
    ['a directory', (f) => fs.mkdirSync(f), /is a directory; only regular files are read/],
    ['a link to a directory inside', (f, d) => (fs.mkdirSync(path.join(d, 'sub')), fs.symlinkSync('sub', f)), /is a directory; only regular files are read/],
    ['a link to a device', (f) => fs.symlinkSync('/dev/zero', f), /resolves outside the configuration directory/],
  ];
  for (const [what, make, message] of entries) {
    const bad = configDir({ 'a.yaml': 'device_groups:\n  g: {}\n' });
    make(path.join(bad, 'more.yaml'), bad);
    const { document, diagnostics } = loadYamlConfig(bad);
    assert.equal(document, undefined, `${what}: no document, so nothing is planned or pruned without the file`);
    const errors = diagnostics.toArray().filter((d) => d.severity === 'error');
    assert.equal(errors.length, 1, what);
    assert.match(errors[0].detail, message, what);
    assert.equal(formatSource(errors[0].source), `${path.join(bad, 'more.yaml')}:1:1`, what);
  }
});

test('loadConfiguration dispatches on the path', async () => {
  const dir = configDir({});
  assert.ok((await loadConfiguration(dir)).document);
  const missing = await loadConfiguration(path.join(dir, 'nope'));
  assert.equal(missing.diagnostics.toArray()[0].code, 'not-found');
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-empty-'));
  assert.equal((await loadConfiguration(empty)).diagnostics.toArray()[0].code, 'no-config');
  assert.equal((await loadConfiguration(path.join(dir, 'applemdm.yaml'))).diagnostics.toArray()[0].code, 'unsupported-input');
});
