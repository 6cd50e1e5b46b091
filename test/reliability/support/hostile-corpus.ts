import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse, stringify } from 'yaml';
import { MAX_FILE_BYTES } from '../../../provider/frontends/yaml/limits';
import { MAX_SYNTH_FILE_BYTES } from '../../../provider/frontends/cdktf/read-synth';
import { baseConfig, STACK } from '../../engine/support/harness';

/**
 * The hostile input corpus: configurations a pull request could carry, each of which plan and apply must refuse
 * with a diagnostic before anything reaches a server. Hand-written cases per attack class, a generated matrix of
 * wrong values for typed attributes, and the invalid fixtures of test/fixtures/invalid/ (written for validate).
 */
export interface HostileCase {
  name: string;
  /** Writes the input into `dir` (empty, the case's own) and returns the path to give the CLI. */
  write(dir: string): string;
  /** What the diagnostic must say, when one message is certain. */
  expect?: RegExp;
  /** Run in a child process killed at the hang guard: the input may make the CLI spin far longer. */
  spawn?: boolean;
}

const ROOT = path.join(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'invalid');
const BASE: Record<string, unknown> = parse(baseConfig()) as Record<string, unknown>;

type Content = string | Buffer;

/** A YAML configuration directory: applemdm.yaml (STACK unless given) plus resource files. */
function yamlCase(name: string, files: Record<string, Content>, expect?: RegExp): HostileCase {
  return {
    name,
    expect,
    write(dir) {
      const all = { 'applemdm.yaml': STACK, ...files };
      for (const [file, content] of Object.entries(all)) fs.writeFileSync(path.join(dir, file), content);
      return dir;
    },
  };
}

/** The valid base resources with one edit. */
function edited(edit: (r: Record<string, any>) => void): string {
  const copy = structuredClone(BASE) as Record<string, any>;
  edit(copy);
  return stringify(copy, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/** The valid base resources as text with one textual replacement (for bytes YAML cannot express). */
function replaced(from: string, to: Content): Buffer {
  const text = baseConfig();
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`corpus: "${from}" is not in the base configuration`);
  return Buffer.concat([Buffer.from(text.slice(0, at)), typeof to === 'string' ? Buffer.from(to) : to, Buffer.from(text.slice(at + from.length))]);
}

/** A synthesized CDKTF stack (cdk.tf.json) with the given resource section and extras. */
function tfCase(name: string, content: unknown, expect?: RegExp): HostileCase {
  return {
    name,
    expect,
    write(dir) {
      const file = path.join(dir, 'cdk.tf.json');
      fs.writeFileSync(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 1));
      return file;
    },
  };
}

const PROVIDER = { stack: 'demo', identifier_prefix: 'com.example.mdm', targets: { ios: '18.0' } };
const meta = (p: string) => ({ metadata: { path: p, uniqueId: p.split('/').pop() } });
const GROUP = { sales: { '//': meta('demo/sales'), supervised: 'true' } };
const APP = { slack: { '//': meta('demo/slack'), bundle_id: 'com.tinyspeck.chatlyio', adam_id: '618783545', license: 'device', platforms: ['iOS'] } };
function synth(resource: Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '//': { metadata: { backend: 'local', stackName: 'demo', version: '0.21.0' }, outputs: {} },
    provider: { applemdm: [PROVIDER] },
    resource,
    terraform: { required_providers: { applemdm: { source: 'registry.terraform.io/applemdm/applemdm', version: '0.1.0' } } },
    ...extra,
  };
}
const assignment = (fields: Record<string, unknown>) => ({
  applemdm_device_group: GROUP,
  applemdm_app: APP,
  applemdm_app_assignment: { slack_sales: { '//': meta('demo/slack_sales'), app: '${applemdm_app.slack.id}', intent: 'required', scope: { groups: ['${applemdm_device_group.sales.id}'] }, ...fields } },
});

function nested(depth: number, leaf: unknown): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = { k: v };
  return v;
}

const INVALID_UTF8: Record<string, Buffer> = {
  'a lone continuation byte': Buffer.from([0x80]),
  'a truncated 3-byte sequence': Buffer.from([0xe2, 0x82]),
  'an overlong encoding of "/"': Buffer.from([0xc0, 0xaf]),
  'an encoded UTF-16 surrogate': Buffer.from([0xed, 0xa0, 0x80]),
  'bytes 0xFF 0xFE': Buffer.from([0xff, 0xfe]),
};

function handWritten(): HostileCase[] {
  const cases: HostileCase[] = [
    // Malformed YAML and JSON.
    yamlCase('YAML: unclosed flow sequence', { 'resources.yaml': replaced('platforms: [iOS]', 'platforms: [iOS') }, /YAML syntax error/),
    yamlCase('YAML: unclosed flow mapping', { 'resources.yaml': replaced('scope: { groups: [sales] }', 'scope: { groups: [sales]') }, /YAML syntax error/),
    yamlCase('YAML: tab indentation', { 'resources.yaml': replaced('  slack:\n    bundle_id', '  slack:\n\tbundle_id') }),
    yamlCase('YAML: a mapping key with no key', { 'resources.yaml': 'apps: {: x}\n' }),
    yamlCase('YAML: three documents', { 'resources.yaml': `${baseConfig()}\n---\napps: {}\n---\n` }),
    yamlCase('YAML: duplicate resource key', { 'resources.yaml': `${baseConfig()}apps:\n  other: {}\n` }, /Duplicate key/),
    yamlCase('YAML: the file is a sequence of sequences', { 'resources.yaml': '- - - x\n' }),
    yamlCase('YAML: a JS function tag', { 'resources.yaml': replaced('"618783545"', '!!js/function "function () { return process.exit(3) }"') }),
    yamlCase('YAML: an include-style custom tag', { 'resources.yaml': replaced('"618783545"', '!include /etc/passwd') }),
    yamlCase('YAML: a merge key pulling another mapping in', { 'resources.yaml': `defaults: &d { supervised: "true" }\n${baseConfig().replace('  field: {}', '  field:\n    <<: *d')}` }),
    yamlCase('JSON in a YAML file: a resource without a value', { 'resources.yaml': '{"apps": {"slack": }}' }, /Missing required attribute/),
    yamlCase('JSON in a YAML file: trailing garbage', { 'resources.yaml': '{"apps": {}}}}}' }),
    yamlCase('JSON in a YAML file: kinds as a list', { 'resources.yaml': '{"apps": []}' }),
    // Huge and deeply nested documents.
    yamlCase('50 MiB resource file', {}),
    yamlCase('10,000 nested flow sequences', { 'resources.yaml': `apps:\n  x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }, /Nesting too deep/),
    yamlCase('100 nested block mappings in an app setting', { 'resources.yaml': edited((r) => (r.app_assignments.slack_sales.settings.configuration = nested(100, 'x'))) }),
    yamlCase('5,000 device groups, the last one invalid', {}),
    yamlCase('one mapping with 100,000 keys', {}),
    yamlCase('4,000 resource files', {}),
    // Enormous strings.
    yamlCase('a 1 MiB resource name', { 'resources.yaml': edited((r) => (r.apps[`a${'x'.repeat(1 << 20)}`] = r.apps.slack)) }),
    yamlCase('a 1 MiB bundle ID', { 'resources.yaml': edited((r) => (r.apps.slack.bundle_id = `com.${'x'.repeat(1 << 20)}`)) }),
    yamlCase('a 2 MiB group description', { 'resources.yaml': edited((r) => (r.device_groups.sales.description = 'x'.repeat(2 << 20))) }),
    yamlCase('a 4 MiB value in restrictions extra', { 'resources.yaml': edited((r) => (r.restrictions.baseline.extra = { someFutureKey: 'x'.repeat(4 << 20) })) }, /too large/),
    yamlCase('a 1 MiB enrollment ID', { 'resources.yaml': edited((r) => (r.device_groups.sales.members.enrollment_ids = ['E'.repeat(1 << 20)])) }),
    yamlCase('25,000 enrollment IDs in one group, the last one invalid', { 'resources.yaml': edited((r) => (r.device_groups.sales.members.enrollment_ids = Array.from({ length: 25_000 }, (_, i) => (i === 24_999 ? 'BAD\u0007' : `ENR-${i}`)))) }),
    // Prototype pollution keys.
    yamlCase('__proto__ as a resource kind', { 'resources.yaml': `${baseConfig()}__proto__:\n  polluted: true\n` }),
    yamlCase('__proto__ as a resource name', { 'resources.yaml': edited((r) => (r.apps.__proto__x = 1)).replace('__proto__x', '__proto__') }),
    yamlCase('constructor as a resource name', { 'resources.yaml': edited((r) => (r.device_groups.constructor = { supervised: 'true' })) }),
    yamlCase('prototype as a resource name', { 'resources.yaml': edited((r) => (r.restrictions.prototype = { scope: { groups: ['sales'] }, allowCamera: true })) }),
    yamlCase('__proto__ inside app settings', { 'resources.yaml': edited((r) => (r.app_assignments.slack_sales.settings.configuration = { a: 1 })).replace('configuration:\n', 'configuration:\n        __proto__: { polluted: true }\n') }),
    yamlCase('constructor.prototype inside restrictions extra', { 'resources.yaml': edited((r) => (r.restrictions.baseline.extra = { constructor: { prototype: { polluted: true } } })) }),
    yamlCase('__proto__ in applemdm.yaml', { 'applemdm.yaml': `${STACK}__proto__:\n  polluted: true\n`, 'resources.yaml': baseConfig() }),
    // Control characters and invisible text.
    yamlCase('NUL in a group description', { 'resources.yaml': edited((r) => (r.device_groups.sales.description = 'a\u0000b')) }, /control character|U\+0000/i),
    yamlCase('ESC (terminal escape) in a resource name', { 'resources.yaml': edited((r) => (r.apps['evil\u001b[2J'] = r.apps.slack)) }),
    yamlCase('bidi override in an app name', { 'resources.yaml': edited((r) => (r.apps.slack.name = 'Slack\u202Eexe.ppa')) }),
    yamlCase('DEL in an enrollment ID', { 'resources.yaml': edited((r) => (r.device_groups.sales.members.enrollment_ids = ['ENR-1\u007f'])) }),
    yamlCase('CR inside a key', { 'resources.yaml': edited((r) => (r.restrictions.baseline['allow\rCamera'] = true)) }),
    yamlCase('backspace in the stack name', { 'applemdm.yaml': STACK.replace('stack: demo', 'stack: "demo\\b"'), 'resources.yaml': baseConfig() }),
    // Path traversal in names.
    yamlCase('traversal in a resource name', { 'resources.yaml': edited((r) => (r.device_groups['../../etc/passwd'] = { supervised: 'true' })) }),
    yamlCase('a resource named ..', { 'resources.yaml': edited((r) => (r.apps['..'] = r.apps.slack)) }),
    yamlCase('a slash in a resource name', { 'resources.yaml': edited((r) => (r.restrictions['a/b'] = r.restrictions.baseline)) }),
    yamlCase('traversal in an identifier', { 'resources.yaml': edited((r) => (r.restrictions.baseline.identifier = '../../com.victim.x')) }),
    yamlCase('traversal in the stack name', { 'applemdm.yaml': STACK.replace('stack: demo', 'stack: ../../evil'), 'resources.yaml': baseConfig() }),
    yamlCase('traversal in the identifier prefix', { 'applemdm.yaml': STACK.replace('identifier_prefix: com.example.mdm', 'identifier_prefix: ../..'), 'resources.yaml': baseConfig() }),
    yamlCase('catalog pointing at /etc/passwd', { 'applemdm.yaml': `${STACK}catalog: ../../../../../../../../etc/passwd\n`, 'resources.yaml': baseConfig() }, /resolves outside the configuration directory/),
    yamlCase('catalog pointing at /dev/zero', { 'applemdm.yaml': `${STACK}catalog: /dev/zero\n`, 'resources.yaml': baseConfig() }, /resolves outside the configuration directory/),
    yamlCase('catalog pointing at a directory', { 'applemdm.yaml': `${STACK}catalog: /\n`, 'resources.yaml': baseConfig() }, /resolves outside the configuration directory/),
    yamlCase('a resource file that is a symlink to /dev/zero', {}),
    yamlCase('a resource file that is a symlink to /etc/passwd', {}),
    yamlCase('a resource file that is a named pipe', {}),
    // Bad applemdm.yaml.
    yamlCase('applemdm.yaml: empty', { 'applemdm.yaml': '', 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: a list', { 'applemdm.yaml': '- stack: demo\n', 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: a scalar', { 'applemdm.yaml': 'demo\n', 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: unknown key', { 'applemdm.yaml': `${STACK}delete_everything: true\n`, 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: stack name with spaces', { 'applemdm.yaml': STACK.replace('stack: demo', 'stack: my demo'), 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: stack name 1,000 characters', { 'applemdm.yaml': STACK.replace('stack: demo', `stack: d${'e'.repeat(999)}`), 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: OS floor "latest"', { 'applemdm.yaml': STACK.replace('iOS: "18.0"', 'iOS: latest'), 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: targets as a list', { 'applemdm.yaml': STACK.replace('targets:\n  iOS: "18.0"', 'targets: [iOS]'), 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: external UUID not a UUID', { 'applemdm.yaml': STACK.replace('9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB', 'not-a-uuid'), 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: prune as a string', { 'applemdm.yaml': `${STACK}prune: "yes"\n`, 'resources.yaml': baseConfig() }),
    yamlCase('applemdm.yaml: server URL with credentials', { 'applemdm.yaml': `${STACK}server: "http://kmfddm:secret@127.0.0.1:1"\n`, 'resources.yaml': baseConfig() }, /Credentials in the server URL/),
    yamlCase('applemdm.yaml: a directory', { 'resources.yaml': baseConfig() }),
    yamlCase('no applemdm.yaml at all', {}, /No configuration/),
    // Invalid UTF-8 (one per byte pattern in a value, plus a key and the stack file).
    ...Object.entries(INVALID_UTF8).map(([what, bytes]) =>
      yamlCase(`invalid UTF-8 (${what}) in a group description`, { 'resources.yaml': replaced('  field: {}', Buffer.concat([Buffer.from('  field:\n    description: "a'), bytes, Buffer.from('b"')])) }, /UTF-8/),
    ),
    yamlCase('invalid UTF-8 in a resource name', { 'resources.yaml': replaced('  field: {}', Buffer.concat([Buffer.from('  fi'), INVALID_UTF8['bytes 0xFF 0xFE'], Buffer.from('eld: {}')])) }),
    yamlCase('invalid UTF-8 in applemdm.yaml', { 'applemdm.yaml': Buffer.concat([Buffer.from(STACK), Buffer.from('# '), INVALID_UTF8['a lone continuation byte'], Buffer.from('\n')]), 'resources.yaml': baseConfig() }, /UTF-8/),
    // Synthesized CDKTF stacks (cdk.tf.json).
    tfCase('cdk.tf.json: truncated', JSON.stringify(synth({ applemdm_app: APP })).slice(0, 150), /Invalid JSON/),
    tfCase('cdk.tf.json: a JSON array', '[]'),
    tfCase('cdk.tf.json: a string', '"applemdm"'),
    tfCase('cdk.tf.json: only foreign resource types', { provider: { aws: [{ region: 'eu-west-1' }] }, resource: { aws_instance: { web: { ami: 'ami-1' } }, null_resource: { x: {} } } }, /No applemdm configuration/),
    tfCase('cdk.tf.json: foreign types beside an unknown applemdm type', synth({ aws_iam_user: { admin: { name: 'root' } }, applemdm_everything: { x: {} } }), /Unknown resource type/),
    tfCase('cdk.tf.json: foreign interpolation in a bundle ID', synth({ applemdm_app: { slack: { ...APP.slack, bundle_id: '${aws_s3_bucket.b.id}' } } })),
    tfCase('cdk.tf.json: file() interpolation in a description', synth({ applemdm_device_group: { sales: { ...GROUP.sales, description: '${file("/etc/passwd")}' } } })),
    tfCase('cdk.tf.json: a template directive in an intent', synth(assignment({ intent: '%{ if true }required%{ endif }' }))),
    tfCase('cdk.tf.json: a variable as a scope group', synth(assignment({ scope: { groups: ['${var.everyone}'] } }))),
    tfCase('cdk.tf.json: a foreign resource attribute as the app', synth(assignment({ app: '${aws_appstream_app.x.id}' }))),
    tfCase('cdk.tf.json: count', synth({ applemdm_device_group: { sales: { ...GROUP.sales, count: 3 } } }), /Unsupported meta-argument/),
    tfCase('cdk.tf.json: for_each', synth({ applemdm_device_group: { sales: { ...GROUP.sales, for_each: '${toset(["a","b"])}' } } }), /Unsupported meta-argument/),
    tfCase('cdk.tf.json: resources without a provider block', { resource: { applemdm_app: APP } }, /Missing applemdm provider/),
    tfCase('cdk.tf.json: two provider blocks', { ...synth({ applemdm_app: APP }), provider: { applemdm: [PROVIDER, PROVIDER] } }, /Several applemdm provider/),
    tfCase('cdk.tf.json: provider targets as a list', { ...synth({ applemdm_app: APP }), provider: { applemdm: [{ ...PROVIDER, targets: ['ios'] }] } }),
    tfCase('cdk.tf.json: __proto__ in a resource body', JSON.stringify(synth({ applemdm_app: APP })).replace('"bundle_id"', '"__proto__":{"polluted":true},"bundle_id"')),
    tfCase('cdk.tf.json: __proto__ as a resource name', JSON.stringify(synth({ applemdm_app: APP })).replace('"slack":', '"__proto__":{"bundle_id":"com.x.y","platforms":["iOS"]},"slack":')),
    tfCase('cdk.tf.json: constructor in the provider block', { ...synth({ applemdm_app: APP }), provider: { applemdm: [{ ...PROVIDER, constructor: { prototype: { polluted: true } } }] } }),
    tfCase('cdk.tf.json: 10,000 nested objects in an attribute', JSON.stringify(synth(assignment({ settings: 'NESTED' }))).replace('"NESTED"', `${'{"k":'.repeat(10_000)}1${'}'.repeat(10_000)}`)),
    tfCase('cdk.tf.json: traversal in a resource name', synth({ applemdm_device_group: { '../../etc/passwd': GROUP.sales } })),
    tfCase('cdk.tf.json: ESC in a construct path of an invalid resource', synth({ applemdm_app: { slack: { ...APP.slack, '//': meta('demo/\u001b]0;pwned\u0007slack'), license: 'stolen' } } })),
    tfCase('cdk.tf.json: invalid UTF-8 in a description', Buffer.concat([Buffer.from(JSON.stringify(synth({ applemdm_device_group: { sales: { ...GROUP.sales, description: 'aXb' } } })).split('aXb')[0] + 'a'), INVALID_UTF8['bytes 0xFF 0xFE'], Buffer.from('b' + JSON.stringify(synth({ applemdm_device_group: { sales: { ...GROUP.sales, description: 'aXb' } } })).split('aXb')[1])]), /UTF-8/),
    tfCase('cdk.tf.json: a 4 MiB string in a bundle ID', synth({ applemdm_app: { slack: { ...APP.slack, bundle_id: `com.${'x'.repeat(4 << 20)}` } } })),
    tfCase('cdk.tf.json: over the size limit', ''),
  ];
  return cases.map((c) => SPECIAL[c.name] ?? c);
}

/** Cases whose input is built by code rather than a file map (sizes, symlinks, pipes, directories). */
const SPECIAL: Record<string, HostileCase> = {
  '50 MiB resource file': {
    name: '50 MiB resource file',
    expect: /File too large/,
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      const fd = fs.openSync(path.join(dir, 'huge.yaml'), 'w');
      const chunk = Buffer.from(`# ${'x'.repeat(1 << 20)}\n`);
      for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      return dir;
    },
  },
  '5,000 device groups, the last one invalid': {
    name: '5,000 device groups, the last one invalid',
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      const lines = ['device_groups:'];
      for (let i = 0; i < 5_000; i++) lines.push(`  g${i}: { supervised: "true" }`);
      lines.push('  last: { supervised: "sometimes" }');
      fs.writeFileSync(path.join(dir, 'groups.yaml'), `${lines.join('\n')}\n`);
      return dir;
    },
  },
  'one mapping with 100,000 keys': {
    name: 'one mapping with 100,000 keys',
    spawn: true,
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      const lines = ['device_groups:', '  g:', '    supervised: "true"', '    extra_keys:'];
      for (let i = 0; i < 100_000; i++) lines.push(`      k${i}: 1`);
      const text = `${lines.join('\n')}\n`;
      if (text.length > MAX_FILE_BYTES) throw new Error('corpus: the 100,000-key file must stay under the size limit');
      fs.writeFileSync(path.join(dir, 'groups.yaml'), text);
      return dir;
    },
  },
  'no applemdm.yaml at all': {
    name: 'no applemdm.yaml at all',
    expect: /No configuration/,
    write(dir) {
      fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
      return dir;
    },
  },
  '4,000 resource files': {
    name: '4,000 resource files',
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      for (let i = 0; i < 4000; i++) fs.writeFileSync(path.join(dir, `g${i}.yaml`), `device_groups:\n  g${i}: { supervised: "true" }\n`);
      return dir;
    },
  },
  'a resource file that is a symlink to /dev/zero': symlinkCase('a resource file that is a symlink to /dev/zero', '/dev/zero', /"linked\.yaml" resolves outside the configuration directory/),
  // A link out of the configuration directory is refused before anything is read (test/cli/hostile-paths.test.ts has more).
  'a resource file that is a symlink to /etc/passwd': symlinkCase('a resource file that is a symlink to /etc/passwd', '/etc/passwd', /"linked\.yaml" resolves outside the configuration directory/),
  'a resource file that is a named pipe': {
    name: 'a resource file that is a named pipe',
    expect: /"pipe\.yaml" is a named pipe; only regular files are read/,
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
      // mkfifo through the shell: node has no API for it. A reader that opened the pipe would block for ever.
      require('node:child_process').execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
      return dir;
    },
  },
  'applemdm.yaml: a directory': {
    name: 'applemdm.yaml: a directory',
    write(dir) {
      fs.mkdirSync(path.join(dir, 'applemdm.yaml'));
      fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
      return dir;
    },
  },
  'cdk.tf.json: over the size limit': {
    name: 'cdk.tf.json: over the size limit',
    expect: /File too large/,
    write(dir) {
      const file = path.join(dir, 'cdk.tf.json');
      fs.writeFileSync(file, `${JSON.stringify(synth({ applemdm_app: APP }))}${' '.repeat(MAX_SYNTH_FILE_BYTES)}`);
      return file;
    },
  },
};

function symlinkCase(name: string, target: string, expect: RegExp): HostileCase {
  return {
    name,
    expect,
    write(dir) {
      fs.writeFileSync(path.join(dir, 'applemdm.yaml'), STACK);
      fs.writeFileSync(path.join(dir, 'resources.yaml'), baseConfig());
      fs.symlinkSync(target, path.join(dir, 'linked.yaml'));
      return dir;
    },
  };
}

/**
 * Generated: every typed attribute of the base configuration given each wrong value: an object, a list of lists, a
 * fraction, a string with a control character, and a 256 KiB string.
 */
const TYPED_PATHS = [
  'device_groups.sales.supervised',
  'device_groups.sales.members',
  'device_groups.sales.members.enrollment_ids',
  'apps.slack.bundle_id',
  'apps.slack.adam_id',
  'apps.slack.license',
  'apps.slack.platforms',
  'app_assignments.slack_sales.app',
  'app_assignments.slack_sales.intent',
  'app_assignments.slack_sales.scope',
  'app_assignments.slack_sales.scope.groups',
  'app_assignments.slack_sales.settings.prevent_backup',
  'app_assignments.slack_sales.settings.vpn_uuid',
  'restrictions.baseline.allowCamera',
  'restrictions.baseline.icloud',
  'restrictions.baseline.icloud.backup',
  'software_updates.ios.platform',
  'software_updates.ios.deferrals.combined_days',
  'software_updates.ios.scope.groups',
];
const WRONG_VALUES: [string, unknown][] = [
  ['an object', { nested: { deep: 1 } }],
  ['a list of lists', [[1], [2]]],
  ['a negative fraction', -3.25],
  ['a control character', 'x\u0007y'],
  ['a 256 KiB string', 'z'.repeat(256 << 10)],
];

function generated(): HostileCase[] {
  const out: HostileCase[] = [];
  for (const p of TYPED_PATHS) {
    for (const [what, value] of WRONG_VALUES) {
      const keys = p.split('.');
      out.push(
        yamlCase(
          `generated: ${p} as ${what}`,
          {
            'resources.yaml': edited((r) => {
              let node = r;
              for (const k of keys.slice(0, -1)) node = node[k];
              node[keys[keys.length - 1]] = structuredClone(value);
            }),
          },
        ),
      );
    }
  }
  return out;
}

/** The validate fixtures (test/fixtures/invalid/), with the files they generate at test time. */
function fixtures(): HostileCase[] {
  return fs
    .readdirSync(FIXTURES)
    .sort()
    .map((name) => ({
      name: `fixture ${name}`,
      write(dir: string) {
        for (const f of fs.readdirSync(path.join(FIXTURES, name))) {
          if (f !== 'expected.json') fs.copyFileSync(path.join(FIXTURES, name, f), path.join(dir, f));
        }
        const expected = JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as { generate?: { kind: string; file: string } };
        const g = expected.generate;
        if (g?.kind === 'huge') {
          const line = `# ${'x'.repeat(1000)}\n`;
          fs.writeFileSync(path.join(dir, g.file), 'device_groups:\n' + line.repeat(Math.ceil((MAX_FILE_BYTES + 1024) / line.length)));
        } else if (g?.kind === 'deep-block') {
          let text = 'device_groups:\n  g:\n';
          for (let i = 0; i < 200; i++) text += `${'  '.repeat(i + 2)}k${i}:\n`;
          fs.writeFileSync(path.join(dir, g.file), text + `${'  '.repeat(202)}leaf: 1\n`);
        }
        return dir;
      },
    }));
}

export function hostileCorpus(): { handWritten: HostileCase[]; generated: HostileCase[]; fixtures: HostileCase[] } {
  return { handWritten: handWritten(), generated: generated(), fixtures: fixtures() };
}
