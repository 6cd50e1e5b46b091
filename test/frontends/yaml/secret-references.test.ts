import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compileDocument } from '../../../provider/apple/compile-document';
import { loadYamlConfig } from '../../../provider/frontends/yaml';
import { validateDocument } from '../../../provider/resources/validate';

/** `${env:NAME}` / `${file:path}`: where they are read, what they resolve to, and that no diagnostic quotes a value. */
const CANARY = 'canary-yamlsecret-71c0e4d2b9a84f3e';
const CONFIG = 'stack: t\nidentifier_prefix: com.example.t\ntargets:\n  iOS: "18.0"\n';
const dirs: string[] = [];
after(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function assignment(settings: string, bundleId = 'com.example.app'): string {
  return [
    'device_groups:',
    '  all:',
    '    supervised: true',
    'apps:',
    '  app:',
    `    bundle_id: ${bundleId}`,
    '    adam_id: "618783545"',
    '    license: device',
    '    platforms: [iOS]',
    'app_assignments:',
    '  app_all:',
    '    app: app',
    '    intent: required',
    '    scope: { groups: [all] }',
    '    settings:',
    ...settings.split('\n').map((l) => `      ${l}`),
    '',
  ].join('\n');
}

function load(resources: string, files: Record<string, string> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-secrets-yaml-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'applemdm.yaml'), CONFIG);
  fs.writeFileSync(path.join(dir, 'resources.yaml'), resources);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const { document, diagnostics } = loadYamlConfig(dir);
  const all = [...diagnostics.toArray(), ...(document ? validateDocument(document).toArray() : [])];
  for (const d of all) assert.ok(!JSON.stringify(d).includes(CANARY), `a diagnostic quotes the secret: ${d.summary}`);
  return { document, diagnostics: all, dir };
}

process.env.SECRET_TEST_TOKEN = CANARY;
process.env.SECRET_TEST_EMPTY = '';

test('a configuration value from ${env:} and a secrets value from ${file:} are read, merged and marked sensitive', () => {
  const { document, diagnostics } = load(assignment('configuration:\n  Workspace: sales\n  Token: ${env:SECRET_TEST_TOKEN}\nsecrets:\n  Password: ${file:password.txt}'), {
    'password.txt': `${CANARY}-file\n`,
  });
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  const r = document!.resources.find((x) => x.address === 'applemdm_app_assignment.app_all')!;
  const settings = r.attributes.settings as { configuration: Record<string, unknown>; secrets: Record<string, string> };
  assert.equal(settings.configuration.Token, CANARY);
  assert.equal(settings.configuration.Workspace, 'sales');
  assert.equal(settings.secrets.Password, `${CANARY}-file`, 'one trailing newline is not part of the secret');
  assert.deepEqual(r.sensitive, ['/settings/configuration/Token', '/settings/secrets/Password']);
  const command = compileDocument(document!).artifacts.find((a) => a.kind === 'command')!;
  const conf = (command.content as { Command: { Configuration: Record<string, unknown> } }).Command.Configuration;
  assert.deepEqual(conf, { Password: `${CANARY}-file`, Token: CANARY, Workspace: 'sales' });
  assert.deepEqual(command.sensitivePaths, ['/Command/Configuration/Password', '/Command/Configuration/Token']);
});

test('$${ writes a literal ${ in a configuration value, which is then not sensitive', () => {
  const { document, diagnostics } = load(assignment('configuration:\n  Template: $${env:HOME}'));
  assert.deepEqual(diagnostics.filter((d) => d.severity === 'error'), []);
  const r = document!.resources.find((x) => x.type === 'applemdm_app_assignment')!;
  assert.equal((r.attributes.settings as { configuration: Record<string, unknown> }).configuration.Template, '${env:HOME}');
  assert.equal(r.sensitive, undefined);
  const outside = load(assignment('removable: false', 'com.example.$${env:HOME}'));
  assert.equal(outside.diagnostics.filter((d) => d.code?.startsWith('secret')).length, 0, 'an escaped reference elsewhere is text, as before');
});

const REFUSED: [string, string, string, string | RegExp][] = [
  ['a reference outside a secret attribute', assignment('removable: false', '${env:SECRET_TEST_TOKEN}'), 'secret-reference-placement', /bundle_id is not an attribute that holds secrets/],
  ['a literal secret in secrets', assignment(`secrets:\n  Password: ${CANARY}`), 'literal-secret', /settings\.secrets\.Password holds a secret/],
  ['text around a reference', assignment('configuration:\n  Header: Bearer ${env:SECRET_TEST_TOKEN}'), 'secret-reference-syntax', /exactly one/],
  ['an unknown source', assignment('configuration:\n  Token: ${vault:x}'), 'secret-reference-syntax', /exactly one/],
  ['no variable name', assignment('configuration:\n  Token: ${env:}'), 'secret-reference-syntax', /needs an environment variable name/],
  ['no file path', assignment('configuration:\n  Token: ${file:}'), 'secret-reference-syntax', /needs a path/],
  ['an unset variable', assignment('configuration:\n  Token: ${env:SECRET_TEST_UNSET}'), 'secret-env-missing', /SECRET_TEST_UNSET, which is not set/],
  ['an empty variable', assignment('configuration:\n  Token: ${env:SECRET_TEST_EMPTY}'), 'secret-env-missing', /SECRET_TEST_EMPTY, which is empty/],
  ["applemdm's own API key", assignment('secrets:\n  Key: ${env:APPLEMDM_API_KEY}'), 'secret-env-reserved', /APPLEMDM_\*/],
  ['a file outside the configuration', assignment('secrets:\n  Key: ${file:../../etc/passwd}'), '', /secret file of settings\.secrets\.Key/],
  ['a missing file', assignment('secrets:\n  Key: ${file:nope.txt}'), '', /nope\.txt/],
  ["Git's files (a CI checkout's token)", assignment('secrets:\n  Key: ${file:.git/config}'), 'secret-file-private', /inside \.git or \.applemdm/],
  ["the embedded server's data", assignment('secrets:\n  Key: ${file:./sub/../.applemdm/key}'), 'secret-file-private', /inside \.git or \.applemdm/],
  ['a reference in the stack settings', `apps:\n  app:\n    bundle_id: com.example.app\n    platforms: [iOS]\n`, 'secret-reference-placement', /server is not an attribute/],
];

for (const [name, resources, code, detail] of REFUSED) {
  test(`refused with a diagnostic at its line, quoting no value: ${name}`, () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-secrets-yaml-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'applemdm.yaml'), name.includes('stack settings') ? `${CONFIG}server: \${env:SECRET_TEST_TOKEN}\n` : CONFIG);
    fs.writeFileSync(path.join(dir, 'resources.yaml'), resources);
    for (const [sub, file] of [['.git', 'config'], ['.applemdm', 'key'], ['sub', 'x']]) {
      fs.mkdirSync(path.join(dir, sub));
      fs.writeFileSync(path.join(dir, sub, file), `[http]\n  extraheader = AUTHORIZATION: basic ${CANARY}\n`);
    }
    const { document, diagnostics } = loadYamlConfig(dir);
    const errors = [...diagnostics.toArray(), ...(document ? validateDocument(document).toArray() : [])].filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0, 'refused');
    for (const d of errors) assert.ok(!JSON.stringify(d).includes(CANARY), `${d.summary} quotes the secret`);
    const hit = errors.find((d) => (code === '' || d.code === code) && (typeof detail === 'string' ? d.detail.includes(detail) : detail.test(d.detail)));
    assert.ok(hit, `expected ${code} ${detail}; got ${JSON.stringify(errors.map((d) => [d.code, d.detail]))}`);
    assert.equal(hit.source.kind, 'file');
    assert.ok(hit.source.kind === 'file' && hit.source.line > 1, 'the diagnostic points at the line');
  });
}
