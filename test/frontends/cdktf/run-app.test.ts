import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, test } from 'node:test';
import { packageRoot } from '../../../provider/core/paths';
import { loadCdktfApp, readCdktfApp, removeAppOutput, runCdktfApp } from '../../../provider/frontends/cdktf';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-run-app-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const NODE = JSON.stringify(process.execPath);
/** tsx by absolute URL: the temporary projects have no node_modules of their own. */
const TSX = JSON.stringify(pathToFileURL(require.resolve('tsx')).href);
const CDKTF_MODULE = path.join(packageRoot(), 'provider', 'cdktf').replace(/\\/g, '/');

let counter = 0;
function project(cdktfJson: unknown, files: Record<string, string> = {}): string {
  const dir = path.join(tmp, `p${++counter}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'cdktf.json'), typeof cdktfJson === 'string' ? cdktfJson : JSON.stringify(cdktfJson));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

function codes(diags: Iterable<{ code?: string }>): (string | undefined)[] {
  return [...diags].map((d) => d.code);
}

test('a failing app is reported with its exit code and the end of its stderr', async () => {
  const dir = project({ app: `${NODE} -e "console.error('Error: boom in main.ts'); process.exit(3)"` });
  const run = await runCdktfApp(dir);
  removeAppOutput(run);
  const [d] = [...run.diagnostics];
  assert.equal(d.code, 'app-failed');
  assert.match(d.detail, /exited with code 3/);
  assert.match(d.detail, /\| Error: boom in main\.ts/);
  assert.deepEqual(run.stacks, []);
});

test('an app that does not finish in time is stopped and reported', async () => {
  const dir = project({ app: `${NODE} -e "setTimeout(() => {}, 600000)"` });
  const run = await runCdktfApp(dir, { timeoutMs: 200 });
  removeAppOutput(run);
  assert.deepEqual(codes(run.diagnostics), ['app-failed']);
  assert.match([...run.diagnostics][0].detail, /did not finish/);
});

test('projects that cannot be run are reported', async () => {
  const cases: [string, unknown, string][] = [
    ['no app command', { language: 'typescript' }, 'no-app'],
    ['cdktf.json is not JSON', '{ app: ', 'syntax'],
    ['app synthesizes nothing', { app: `${NODE} -e "0"` }, 'no-synth'],
  ];
  for (const [what, json, code] of cases) {
    const run = await runCdktfApp(project(json));
    removeAppOutput(run);
    assert.deepEqual(codes(run.diagnostics), [code], what);
  }
});

const MULTI_STACK_APP = `
import { App, ApplemdmProvider, DeviceGroup, cdk } from '${CDKTF_MODULE}';
const app = new cdk.App();
for (const name of ['alpha', 'beta']) {
  const stack = new cdk.TerraformStack(app, name);
  // The stack name comes from cdktf.json's context, as cdktf synth would pass it.
  new ApplemdmProvider(stack, 'applemdm', { stack: stack.node.tryGetContext('prefix') + name, identifierPrefix: 'com.example.mdm', targets: { ios: '17.0' } });
  new DeviceGroup(stack, 'phones', {});
}
new cdk.TerraformStack(app, 'unrelated');
void App;
app.synth();
`;

test('every stack that uses applemdm is read; other stacks are skipped; cdktf.json context reaches the app', async () => {
  const dir = project({ app: `${NODE} --import ${TSX} main.ts`, context: { prefix: 'team-' } }, { 'main.ts': MULTI_STACK_APP });
  const { documents, diagnostics } = await readCdktfApp(dir);
  assert.equal(diagnostics.hasError(), false, JSON.stringify([...diagnostics]));
  assert.deepEqual(
    documents.map((d) => [d.stack, d.document.stack.name, d.document.resources.map((r) => r.address), d.document.baseDir]),
    [
      ['alpha', 'team-alpha', ['applemdm_device_group.phones'], dir],
      ['beta', 'team-beta', ['applemdm_device_group.phones'], dir],
    ],
  );
  const single = await loadCdktfApp(dir);
  assert.equal(single.document, undefined);
  assert.ok(codes(single.diagnostics).includes('several-stacks'));
});

test('what the app writes is read only inside its output directory, and cdktf.json only inside the project', async () => {
  const canary = path.join(tmp, 'canary.json');
  fs.writeFileSync(canary, 'CANARY not json');
  const app = (body: string): string =>
    `const fs = require('fs'), path = require('path'); const out = process.env.CDKTF_OUTDIR; fs.mkdirSync(path.join(out, 'stacks', 'demo'), { recursive: true }); ${body}`;
  const manifest = `fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ stacks: { demo: { synthesizedStackPath: 'stacks/demo/cdk.tf.json' } } }));`;
  const cases: [string, string][] = [
    ['a stack file linked outside', `fs.symlinkSync(${JSON.stringify(canary)}, path.join(out, 'stacks', 'demo', 'cdk.tf.json')); ${manifest}`],
    ['a stack file linked to /proc/self/mem', `fs.symlinkSync('/proc/self/mem', path.join(out, 'stacks', 'demo', 'cdk.tf.json')); ${manifest}`],
    ['a manifest linked to /proc/self/environ', `fs.symlinkSync('/proc/self/environ', path.join(out, 'manifest.json'));`],
  ];
  for (const [what, body] of cases) {
    const dir = project({ app: `${NODE} app.js` }, { 'app.js': app(body) });
    const { document, diagnostics } = await loadCdktfApp(dir);
    assert.equal(document, undefined, what);
    const errors = [...diagnostics].filter((d) => d.severity === 'error');
    assert.deepEqual(codes(errors), ['path-outside-root'], `${what}: ${JSON.stringify(errors)}`);
    assert.doesNotMatch(JSON.stringify(errors), /CANARY|PATH=/, what);
  }
  const linked = project({ app: `${NODE} -e "0"` });
  fs.rmSync(path.join(linked, 'cdktf.json'));
  fs.symlinkSync(canary, path.join(linked, 'cdktf.json'));
  const run = await runCdktfApp(linked);
  removeAppOutput(run);
  assert.deepEqual(codes(run.diagnostics), ['path-outside-root'], 'cdktf.json linked outside the project');
});
