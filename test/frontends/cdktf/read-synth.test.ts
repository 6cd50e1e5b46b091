import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, test } from 'node:test';
import type { Diagnostic } from '../../../provider/core/diagnostics';
import { loadSynthesizedStack, readSynthesizedStack } from '../../../provider/frontends/cdktf';
import { validateDocument } from '../../../provider/resources/validate';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-read-synth-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
let counter = 0;

const PROVIDER = { stack: 'demo', identifier_prefix: 'com.example.mdm', targets: { ios: '17.0' } };

function meta(name: string): unknown {
  return { metadata: { path: `demo/${name}`, uniqueId: name } };
}

/** A synthesized stack as CDKTF writes it, with the given resources merged in. */
function stack(resource: Record<string, Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '//': { metadata: { backend: 'local', stackName: 'demo', version: '0.21.0' }, outputs: {} },
    provider: { applemdm: [PROVIDER] },
    resource,
    terraform: { required_providers: { applemdm: { source: 'registry.terraform.io/applemdm/applemdm', version: '0.1.0' } } },
    ...extra,
  };
}

function write(content: unknown, dir = tmp): string {
  const file = path.join(dir, `stack-${++counter}.tf.json`);
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function read(content: unknown) {
  const result = readSynthesizedStack(write(content));
  return { ...result, list: [...result.diagnostics] };
}

function errors(list: Diagnostic[]): Diagnostic[] {
  return list.filter((d) => d.severity === 'error');
}

const GROUP = { phones: { '//': meta('phones'), supervised: 'true' } };
const APP = { slack: { '//': meta('slack'), bundle_id: 'com.tinyspeck.chatlyio', platforms: ['iOS'] } };

test('applemdm resources become resource instances named by Terraform name, with the construct path as source', () => {
  const { document, list } = read(stack({ applemdm_device_group: GROUP, applemdm_app: APP }));
  assert.deepEqual(errors(list), []);
  assert.deepEqual(
    document!.resources.map((r) => [r.address, r.name, r.source]),
    [
      ['applemdm_app.slack', 'slack', { kind: 'construct', path: 'demo/slack' }],
      ['applemdm_device_group.phones', 'phones', { kind: 'construct', path: 'demo/phones' }],
    ],
  );
  assert.deepEqual(document!.resources[1].attributes, { supervised: 'true' }, 'the // metadata is not an attribute');
});

test('id references resolve to addresses wherever the schema declares a reference', () => {
  const { document, list } = read(
    stack({
      applemdm_device_group: GROUP,
      applemdm_app: APP,
      applemdm_app_assignment: {
        slack_phones: {
          '//': meta('slack_phones'),
          app: '${applemdm_app.slack.id}',
          intent: 'required',
          scope: { groups: ['${applemdm_device_group.phones.id}'], exclude_groups: ['${applemdm_device_group.other.id}'] },
        },
      },
    }),
  );
  assert.deepEqual(errors(list), []);
  const assignment = document!.resources.find((r) => r.type === 'applemdm_app_assignment')!;
  assert.deepEqual(assignment.attributes, {
    app: 'applemdm_app.slack',
    intent: 'required',
    scope: { groups: ['applemdm_device_group.phones'], exclude_groups: ['applemdm_device_group.other'] },
  });
});

test('Terraform forms map back: list blocks unwrap, the JSON configuration parses, null means unset, $${ is a literal', () => {
  const { document, list } = read(
    stack({
      applemdm_app_assignment: {
        a: {
          app: '${applemdm_app.slack.id}',
          intent: 'available',
          scope: [{ groups: ['${applemdm_device_group.phones.id}'] }],
          settings: [{ prevent_backup: true, vpn_uuid: null, configuration: '{"Server":"$${HOME}","Nested":{"n":1}}' }],
        },
      },
    }),
  );
  assert.deepEqual(errors(list), []);
  assert.deepEqual(document!.resources[0].attributes, {
    app: 'applemdm_app.slack',
    intent: 'available',
    scope: { groups: ['applemdm_device_group.phones'] },
    settings: { prevent_backup: true, configuration: { Server: '${HOME}', Nested: { n: 1 } } },
  });
});

test('interpolations applemdm cannot evaluate are errors naming the attribute and the construct', () => {
  const cases: [string, Record<string, unknown>, string, (string | number)[]][] = [
    ['a variable', { bundle_id: '${var.bundle}' }, 'unsupported-expression', ['applemdm_app.slack', 'bundle_id']],
    ['another attribute of a resource', { bundle_id: '${applemdm_app.other.bundle_id}' }, 'unsupported-expression', ['applemdm_app.slack', 'bundle_id']],
    ['a foreign resource id', { bundle_id: '${aws_s3_bucket.b.id}' }, 'unsupported-expression', ['applemdm_app.slack', 'bundle_id']],
    ['a Terraform function', { platforms: ['${upper("ios")}'] }, 'unsupported-expression', ['applemdm_app.slack', 'platforms', 0]],
    ['a template directive', { display_name: '%{if true}x%{endif}' }, 'unsupported-expression', ['applemdm_app.slack', 'display_name']],
    ['interpolation inside text', { display_name: 'Slack ${var.suffix}' }, 'unsupported-expression', ['applemdm_app.slack', 'display_name']],
    ['an id where no reference belongs', { display_name: '${applemdm_app.other.id}' }, 'unsupported-reference', ['applemdm_app.slack', 'display_name']],
  ];
  for (const [what, attrs, code, where] of cases) {
    const { list } = read(stack({ applemdm_app: { slack: { '//': meta('slack'), bundle_id: 'com.example.a', platforms: ['iOS'], ...attrs } } }));
    const found = errors(list);
    assert.equal(found.length, 1, `${what}: ${JSON.stringify(found)}`);
    assert.equal(found[0].code, code, what);
    assert.deepEqual(found[0].path, where, what);
    assert.deepEqual(found[0].source, { kind: 'construct', path: 'demo/slack' }, what);
  }
});

test('a JSON configuration that is an expression or does not parse is reported', () => {
  for (const [configuration, code] of [
    ['${jsonencode({a = 1})}', 'unsupported-expression'],
    ['{not json', 'invalid-json'],
  ]) {
    const { list } = read(stack({ applemdm_app_assignment: { a: { app: 'x', intent: 'required', scope: { groups: ['g'] }, settings: { configuration } } } }));
    assert.deepEqual(errors(list).map((d) => [d.code, d.path]), [[code, ['applemdm_app_assignment.a', 'settings', 'configuration']]]);
  }
});

test('other providers, resources, data sources and outputs are skipped with one info note', () => {
  const { document, list } = read(
    stack(
      { applemdm_app: APP, aws_s3_bucket: { logs: { bucket: 'x' } } },
      { provider: { applemdm: [PROVIDER], aws: [{ region: 'eu-west-1' }] }, output: { x: { value: '${aws_s3_bucket.logs.arn}' } }, data: { aws_caller_identity: { me: {} } } },
    ),
  );
  assert.deepEqual(errors(list), []);
  assert.deepEqual(document!.resources.map((r) => r.address), ['applemdm_app.slack']);
  const notes = list.filter((d) => d.severity === 'info');
  assert.equal(notes.length, 1);
  for (const word of ['provider.aws', 'resource aws_s3_bucket (1)', 'output', 'data']) assert.match(notes[0].detail, new RegExp(word.replace(/[()]/g, '\\$&')));
});

test('stack settings come from the provider block, mapped to applemdm.yaml names and validated with its schema', () => {
  const catalogDir = fs.mkdtempSync(path.join(tmp, 'project-'));
  fs.writeFileSync(path.join(catalogDir, 'cdktf.json'), '{"app": "true"}');
  fs.writeFileSync(path.join(catalogDir, 'catalog.json'), '{}');
  const synthDir = path.join(catalogDir, 'cdktf.out', 'stacks', 'demo');
  fs.mkdirSync(synthDir, { recursive: true });
  const provider = { ...PROVIDER, targets: [{ ios: '17.0', macos: '14.0' }], catalog: 'catalog.json', external_uuids: ['9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab'], server: 'https://mdm.example.com', prune: true, assets: { base_url: 'https://assets.example.com', dir: 'out' } };
  const result = readSynthesizedStack(write(stack({}, { provider: { applemdm: [provider] } }), synthDir));
  assert.deepEqual([...result.diagnostics], []);
  assert.equal(result.document!.baseDir, catalogDir, 'relative paths resolve against the directory holding cdktf.json');
  assert.deepEqual(result.document!.stack, {
    name: 'demo',
    identifierPrefix: 'com.example.mdm',
    targets: { iOS: '17.0', macOS: '14.0' },
    server: 'https://mdm.example.com',
    catalog: 'catalog.json',
    externalUuids: ['9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB'],
    assets: { baseUrl: 'https://assets.example.com', dir: 'out' },
    prune: true,
  });
});

test('bad stack settings are reported and give no document', () => {
  const cases: [string, Record<string, unknown> | undefined, string][] = [
    ['missing stack', { identifier_prefix: 'com.example.mdm', targets: { ios: '17.0' } }, 'required'],
    ['bad stack name', { ...PROVIDER, stack: 'Bad Name' }, 'pattern'],
    ['unknown setting', { ...PROVIDER, colour: 'blue' }, 'unknown-key'],
    ['missing catalog', { ...PROVIDER, catalog: 'nope.json' }, 'catalog-missing'],
    ['variable as setting', { ...PROVIDER, stack: '${var.stack}' }, 'unsupported-expression'],
    ['no provider block', undefined, 'provider-config'],
  ];
  for (const [what, provider, code] of cases) {
    const { document, list } = read(stack({ applemdm_app: APP }, { provider: provider ? { applemdm: [provider] } : {} }));
    assert.equal(document, undefined, what);
    assert.ok(errors(list).some((d) => d.code === code), `${what}: ${JSON.stringify(list)}`);
  }
});

test('two unaliased provider configurations are an error; aliased ones are ignored', () => {
  assert.equal(errors(read(stack({ applemdm_app: APP }, { provider: { applemdm: [PROVIDER, PROVIDER] } })).list)[0].code, 'provider-config');
  const aliased = read(stack({ applemdm_app: APP }, { provider: { applemdm: [PROVIDER, { ...PROVIDER, alias: 'other' }] } }));
  assert.deepEqual(errors(aliased.list), []);
  assert.ok(aliased.document);
});

test('a literal api_key is never copied into the document and is warned about', () => {
  const { document, list } = read(stack({ applemdm_app: APP }, { provider: { applemdm: [{ ...PROVIDER, api_key: 'super-secret-value' }] } }));
  assert.ok(document);
  assert.deepEqual(list.filter((d) => d.severity === 'warning').map((d) => d.code), ['secret-in-config']);
  assert.doesNotMatch(JSON.stringify({ document, list }), /super-secret-value/);
});

test('unsupported resource shapes are errors', () => {
  const cases: [string, Record<string, Record<string, unknown>>, string][] = [
    ['unknown applemdm type', { applemdm_widget: { w: {} } }, 'unknown-type'],
    ['count', { applemdm_app: { slack: { ...APP.slack, count: 2 } } }, 'unsupported-meta'],
    ['for_each', { applemdm_app: { slack: { ...APP.slack, for_each: '${var.apps}' } } }, 'unsupported-meta'],
    ['two settings blocks', { applemdm_app_assignment: { a: { app: 'x', intent: 'required', scope: { groups: ['g'] }, settings: [{}, {}] } } }, 'block-count'],
    ['resource that is not an object', { applemdm_app: { slack: 'x' } }, 'resource-shape'],
  ];
  for (const [what, resources, code] of cases) {
    assert.deepEqual(errors(read(stack(resources)).list).map((d) => d.code), [code], what);
  }
  const ignoredMeta = read(stack({ applemdm_app: { slack: { ...APP.slack, depends_on: ['applemdm_device_group.phones'], lifecycle: { prevent_destroy: true } } } }));
  assert.deepEqual(errors(ignoredMeta.list), []);
  assert.deepEqual(Object.keys(ignoredMeta.document!.resources[0].attributes), ['bundle_id', 'platforms']);
});

test('invalid JSON is reported with the line and column of the mistake', () => {
  const cases: [string, number, number][] = [
    ['{\n  "resource": {\n    "applemdm_app": ,\n  }\n}', 3, 21],
    ['{\n "a": 1,\n "b": tru\n}', 3, 7],
    ['{"a": [1, 2}', 1, 12],
    ['{\n"a": 1\n', 3, 1],
    ['{"a": "line\nbreak"}', 1, 12],
    ['{"a": 1} x', 1, 10],
    ['[' .repeat(5000), 1, 1002],
  ];
  for (const [text, line, col] of cases) {
    const { document, list } = read(text);
    assert.equal(document, undefined);
    assert.equal(list[0].code, 'syntax', text);
    assert.deepEqual([(list[0].source as { line: number }).line, (list[0].source as { col: number }).col], [line, col], text.slice(0, 40));
  }
});

test('a resource without construct metadata is located by its position in the file', () => {
  const { document } = read(stack({ applemdm_app: { slack: { bundle_id: 'com.example.a', platforms: ['iOS'] } } }));
  const source = document!.resources[0].source;
  assert.equal(source.kind, 'file');
  assert.ok((source as { line: number }).line > 1);
});

test('a __proto__ key stays data and is rejected by validation', () => {
  const text = JSON.stringify(stack({ applemdm_app_assignment: { a: { app: '${applemdm_app.slack.id}', intent: 'required', scope: { groups: ['g'] }, settings: { configuration: '{"__proto__":{"polluted":true}}' } } } }));
  const { document } = read(text.replace('"intent"', '"__proto__":{"polluted":true},"intent"'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  const attrs = document!.resources[0].attributes;
  assert.ok(Object.hasOwn(attrs, '__proto__'));
  assert.ok(Object.hasOwn((attrs.settings as { configuration: object }).configuration, '__proto__'));
  const codes = [...validateDocument(document!)].map((d) => d.code);
  assert.ok(codes.includes('forbidden-key'), JSON.stringify(codes));
});

test('loadSynthesizedStack rejects a file that does not use applemdm at all', () => {
  const file = write({ resource: { aws_s3_bucket: { b: {} } } });
  const result = loadSynthesizedStack(file);
  assert.equal(result.document, undefined);
  assert.ok([...result.diagnostics].some((d) => d.code === 'no-stack'));
});
