import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatLogEntry, startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import { testDeviceAuth, writeTestCaFiles } from '../server/device-certs';
import { runCli, type CliRun } from '../cli/_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';
import { startServe, type ServeProcess } from '../server/serve-process';

/**
 * Secret hygiene across the main commands. Two canaries:
 * - API_KEY: the management API key of a keyed embedded server and of an `applemdm serve` child, given through
 *   APPLEMDM_API_KEY / APPLEMDM_API_KEY_FILE (and, wrongly, in a URL and a cdk.tf.json). It must appear NOWHERE:
 *   not in any output (plans in every format, apply and error output), server log line, saved plan, or file written
 *   under the test's temp root — also not base64-encoded as in an Authorization header;
 * - APP_SECRET: a value inside an app assignment's settings.configuration (the every-app-setting example). DDM
 *   cannot deliver configuration, so plan and apply refuse that configuration; the value must appear in none of their
 *   output, nor in validate's or compile's messages. It does appear in compile's InstallApplication command plists:
 *   they are the artifact that delivers it (asserted below, so the check cannot pass by the value being lost), and
 *   compile's output directory is the one place excluded from the APP_SECRET scan.
 * - ENV_SECRET, FILE_SECRET, TF_SECRET: secrets the way a configuration should carry them — an app configuration
 *   value `${env:SECRET_APP_TOKEN}`, a `secrets:` value `${file:sso.key}`, and a sensitive CDKTF variable read from
 *   TF_VAR_tool_token. The two environment variables are set for every command of this file, so each run is checked
 *   for them. They may appear only in compile's InstallApplication plists (asserted, as for APP_SECRET).
 * Inputs that hold a canary because the test wrote it there (the configuration, the key file, a cdk.tf.json with a
 * literal api_key, the secret file) are excluded from the file scan; the configurations referring to the other
 * secrets hold none and are scanned.
 */
const API_KEY = 'canary-apikey-5e1d7c3a9b0f4e26';
const APP_SECRET = 'canary-appsecret-8b2f6a1d4c9e7035';
const WRONG_KEY = 'canary-wrongkey-2c4e6a8b0d1f3759';
const ENV_SECRET = 'canary-envsecret-6d1b9f3a7c5e2048';
const FILE_SECRET = 'canary-filesecret-0a2c4e6f8b1d3957';
const TF_SECRET = 'canary-tfsecret-4f6a8c0e2b9d1735';
const ROOT_DIR = path.join(__dirname, '..', '..');

/** Every spelling of a canary that could leak: raw, and base64 as in an HTTP Basic header. */
function spellings(secret: string): string[] {
  const b64 = (s: string) => Buffer.from(s).toString('base64');
  return [secret, b64(secret), b64(`kmfddm:${secret}`), b64(`kmfddm:${secret}`).replace(/=+$/, '')];
}
const KEY_SPELLINGS = [...spellings(API_KEY), ...spellings(WRONG_KEY)];
const APP_SECRETS = [APP_SECRET, ENV_SECRET, FILE_SECRET, TF_SECRET];
const ALL_SPELLINGS = [...KEY_SPELLINGS, ...APP_SECRETS.flatMap(spellings)];

function assertClean(label: string, text: string, secrets = ALL_SPELLINGS): void {
  for (const s of secrets) assert.ok(!text.includes(s), `${label} contains a canary (${s.slice(0, 24)}…)`);
}

describe('secret hygiene: canary API key and app-config secret leak nowhere', () => {
  let root: string;
  let keyed: EmbeddedServer;
  let serve: ServeProcess;
  const serverLog: string[] = [];
  const inputs = new Set<string>();
  const commands: string[] = [];
  let stackDir: string;
  let appDir: string;
  let secretDir: string;
  let tfSecretFile: string;
  /** compile --out directories: the one place the app secrets may be (in the InstallApplication plists). */
  const compiledDirs: string[] = [];

  /** Runs the CLI in process and checks all of its output for every canary. */
  async function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
    const saved: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(env)) {
      saved[k] = process.env[k];
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    try {
      const run = await runCli(args);
      commands.push(`${args[0]} → ${run.code}`);
      assertClean(`applemdm ${args.join(' ')} (stdout)`, run.stdout);
      assertClean(`applemdm ${args.join(' ')} (stderr)`, run.stderr);
      assert.doesNotMatch(run.stderr, /applemdm bug/, `applemdm ${args.join(' ')}: ${run.stderr}`);
      return run;
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-secrets-'));
    process.env.APPLEMDM_API_KEY = API_KEY;
    process.env.NO_COLOR = '1';
    keyed = await startEmbeddedServer({
      dataDir: path.join(root, 'keyed-data'),
      port: 0,
      apiKey: API_KEY,
      deviceAuth: await testDeviceAuth(),
      logger: (entry) => serverLog.push(formatLogEntry(entry, new Date())),
    });
    serve = await startServe(['--data', path.join(root, 'serve-data'), '--listen', '127.0.0.1:0', '--log-level', 'debug'], { APPLEMDM_API_KEY: API_KEY });

    stackDir = path.join(root, 'stack');
    fs.mkdirSync(stackDir);
    fs.writeFileSync(path.join(stackDir, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(stackDir, 'resources.yaml'), baseConfig());
    // The every-app-setting example with the canary as a managed app configuration value; its catalog beside it.
    const examples = path.join(root, 'examples');
    fs.cpSync(path.join(ROOT_DIR, 'examples', 'every-app-setting'), path.join(examples, 'every-app-setting'), { recursive: true });
    fs.mkdirSync(path.join(examples, 'quickstart'));
    fs.copyFileSync(path.join(ROOT_DIR, 'examples', 'quickstart', 'gdmf-catalog.json'), path.join(examples, 'quickstart', 'gdmf-catalog.json'));
    appDir = path.join(examples, 'every-app-setting');
    const apps = path.join(appDir, 'apps.yaml');
    const text = fs.readFileSync(apps, 'utf8');
    assert.ok(text.includes('DefaultWorkspace: example-sales'));
    fs.writeFileSync(apps, text.replace('DefaultWorkspace: example-sales', `DefaultWorkspace: ${APP_SECRET}`));
    inputs.add(apps);

    // The same example with secrets referred to, not written: the configuration holds no secret.
    process.env.SECRET_APP_TOKEN = ENV_SECRET;
    process.env.TF_VAR_tool_token = TF_SECRET;
    secretDir = path.join(examples, 'secret-app-setting');
    fs.cpSync(path.join(ROOT_DIR, 'examples', 'every-app-setting'), secretDir, { recursive: true });
    const secretApps = path.join(secretDir, 'apps.yaml');
    const original = 'DefaultWorkspace: example-sales\n        AllowPersonalAccounts: false\n';
    assert.ok(text.includes(original));
    fs.writeFileSync(
      secretApps,
      text.replace(original, 'DefaultWorkspace: ${env:SECRET_APP_TOKEN}\n        AllowPersonalAccounts: false\n      secrets:\n        SsoKey: ${file:sso.key}\n'),
    );
    fs.writeFileSync(path.join(secretDir, 'sso.key'), `${FILE_SECRET}\n`);
    inputs.add(path.join(secretDir, 'sso.key'));
    // A synthesized CDKTF stack whose app configuration comes from a sensitive TerraformVariable.
    tfSecretFile = path.join(root, 'cdktf-secret', 'cdk.tf.json');
    fs.mkdirSync(path.dirname(tfSecretFile));
    fs.writeFileSync(
      tfSecretFile,
      JSON.stringify({
        variable: { tool_token: { type: 'string', sensitive: true } },
        provider: { applemdm: [{ stack: 'tfsecret', identifier_prefix: 'com.example.mdm', targets: { ios: '18.0' } }] },
        resource: {
          applemdm_device_group: { sales: { supervised: 'true' } },
          applemdm_app: { tool: { bundle_id: 'com.example.tool', adam_id: '618783545', license: 'device', platforms: ['iOS'] } },
          applemdm_app_assignment: {
            tool_sales: {
              app: '${applemdm_app.tool.id}',
              intent: 'required',
              scope: { groups: ['${applemdm_device_group.sales.id}'] },
              settings: { configuration: JSON.stringify({ Token: '${var.tool_token}', Workspace: 'sales' }) },
            },
          },
        },
      }),
    );
  });

  after(async () => {
    delete process.env.SECRET_APP_TOKEN;
    delete process.env.TF_VAR_tool_token;
    serve?.child.kill('SIGTERM');
    await serve?.exited;
    await keyed?.close();
    fs.rmSync(root, { recursive: true, force: true });
    process.stderr.write(`# secret hygiene: ${commands.length} command runs checked (${commands.join(', ')})\n`);
  });

  it('validate and compile of the app-config canary: messages clean, the value only in the command plists', async () => {
    for (const format of ['text', 'json']) {
      const run = await cli(['validate', appDir, '--format', format]);
      assert.equal(run.code, 0, run.stderr);
    }
    const out = path.join(root, 'compiled');
    compiledDirs.push(out);
    const compiled = await cli(['compile', appDir, '--out', out, '--date', '2026-11-23']);
    assert.equal(compiled.code, 0, compiled.stderr);
    const holding = walk(out).filter((f) => fs.readFileSync(f).includes(APP_SECRET));
    assert.deepEqual(
      holding.map((f) => path.relative(out, f)),
      ['commands/com.example.mdm.every-app-setting.app-assignment.slack-sales.plist'],
      'the configuration value is in the InstallApplication command that delivers it, and only there',
    );
    for (const f of walk(out)) assertClean(f, fs.readFileSync(f, 'latin1'), KEY_SPELLINGS);
  });

  it('validate quoting an error next to the app-config canary does not print it', async () => {
    const dir = path.join(root, 'broken-app');
    fs.cpSync(appDir, dir, { recursive: true });
    const apps = path.join(dir, 'apps.yaml');
    inputs.add(apps);
    const text = fs.readFileSync(apps, 'utf8');
    // A null value beside the secret, then a YAML syntax error on the secret's own line.
    fs.writeFileSync(apps, text.replace('AllowPersonalAccounts: false', 'AllowPersonalAccounts: null'));
    assert.equal((await cli(['validate', dir])).code, 1);
    fs.writeFileSync(apps, text.replace(`DefaultWorkspace: ${APP_SECRET}`, `DefaultWorkspace: "${APP_SECRET}`));
    assert.equal((await cli(['validate', dir])).code, 1);
    assert.equal((await cli(['validate', dir, '--format', 'json'])).code, 1);
  });

  it('plan and apply refuse the app-config canary (DDM cannot deliver it) without printing it', async () => {
    for (const format of ['text', 'markdown', 'json']) {
      const run = await cli(['plan', appDir, '--server', keyed.url, '--format', format, '--out', path.join(root, `app-plan-${format}.json`)]);
      assert.equal(run.code, 1);
      assert.match(run.stderr, /settings\.configuration/);
    }
    assert.equal((await cli(['apply', appDir, '--server', keyed.url, '--auto-approve'])).code, 1);
  });

  it('secrets from ${env:}, ${file:} and a CDKTF variable: validate, compile, plan in every format, apply, status and drift print none', async () => {
    for (const format of ['text', 'json']) {
      assert.equal((await cli(['validate', secretDir, '--format', format])).code, 0);
      assert.equal((await cli(['validate', tfSecretFile, '--format', format])).code, 0);
    }
    const outYaml = path.join(root, 'compiled-secrets');
    const outTf = path.join(root, 'compiled-tf-secret');
    compiledDirs.push(outYaml, outTf);
    assert.equal((await cli(['compile', secretDir, '--out', outYaml, '--date', '2026-11-23'])).code, 0);
    assert.equal((await cli(['compile', tfSecretFile, '--out', outTf, '--date', '2026-11-23'])).code, 0);
    // The values were read (the check below cannot pass by their being lost), into the command that delivers them only.
    const holding = (dir: string, secret: string) => walk(dir).filter((f) => fs.readFileSync(f).includes(secret)).map((f) => path.relative(dir, f));
    assert.deepEqual(holding(outYaml, ENV_SECRET), ['commands/com.example.mdm.every-app-setting.app-assignment.slack-sales.plist']);
    assert.deepEqual(holding(outYaml, FILE_SECRET), ['commands/com.example.mdm.every-app-setting.app-assignment.slack-sales.plist']);
    assert.deepEqual(holding(outTf, TF_SECRET), ['commands/com.example.mdm.tfsecret.app-assignment.tool-sales.plist']);
    for (const target of [secretDir, tfSecretFile]) {
      for (const format of ['text', 'markdown', 'json']) {
        const saved = path.join(root, `secret-plan-${format}-${path.basename(target)}.json`);
        const run = await cli(['plan', target, '--server', keyed.url, '--format', format, '--out', saved]);
        assert.equal(run.code, 1, 'DDM cannot deliver app configuration: refused by name');
        assert.match(run.stderr, /settings\.configuration/);
        assert.ok(!fs.existsSync(saved), 'a refused plan writes nothing');
      }
      assert.equal((await cli(['apply', target, '--server', keyed.url, '--auto-approve'])).code, 1);
      assert.equal((await cli(['status', target, '--server', keyed.url, '--format', 'json'])).code, 1);
      assert.equal((await cli(['drift', target, '--server', keyed.url, '--format', 'markdown'])).code, 1);
    }
    const run = await cli(['plan', secretDir, '--server', keyed.url]);
    assert.match(run.stderr, /settings\.secrets/);
  });

  it('a missing secret, a secret in the wrong place and a syntax error on its line: diagnostics that name the source, not the value', async () => {
    const dir = path.join(root, 'broken-secret');
    fs.cpSync(secretDir, dir, { recursive: true });
    inputs.add(path.join(dir, 'sso.key'));
    const apps = path.join(dir, 'apps.yaml');
    const text = fs.readFileSync(apps, 'utf8');
    const unset = await cli(['validate', dir], { SECRET_APP_TOKEN: undefined });
    assert.equal(unset.code, 1);
    assert.match(unset.stderr, /SECRET_APP_TOKEN, which is not set/);
    fs.writeFileSync(apps, text.replace('bundle_id: com.tinyspeck.chatlyio', 'bundle_id: ${env:SECRET_APP_TOKEN}'));
    const misplaced = await cli(['validate', dir, '--format', 'json']);
    assert.equal(misplaced.code, 1);
    assert.match(misplaced.stdout + misplaced.stderr, /secret-reference-placement/);
    fs.writeFileSync(apps, text.replace('${env:SECRET_APP_TOKEN}', '"${env:SECRET_APP_TOKEN}'));
    assert.equal((await cli(['validate', dir])).code, 1);
    // A pull request naming a file outside the configuration (here one holding the API key) reads nothing.
    const outsideFile = path.join(root, 'outside.key');
    fs.writeFileSync(outsideFile, API_KEY);
    inputs.add(outsideFile);
    fs.writeFileSync(apps, text.replace('${file:sso.key}', '${file:../outside.key}'));
    const outside = await cli(['validate', dir]);
    assert.equal(outside.code, 1);
    assert.match(outside.stderr, /secret file of settings\.secrets\.SsoKey/);
    const tfUnset = await cli(['validate', tfSecretFile], { TF_VAR_tool_token: undefined });
    assert.equal(tfUnset.code, 1);
    assert.match(tfUnset.stderr, /TF_VAR_tool_token/);
  });

  it('plan in every format, saved plans, apply, apply of a saved plan, status, destroy and import on a keyed server', async () => {
    for (const format of ['text', 'markdown', 'json']) {
      const run = await cli(['plan', stackDir, '--server', keyed.url, '--format', format, '--out', path.join(root, `plan-${format}.json`)]);
      assert.equal(run.code, 0, run.stderr);
    }
    const applied = await cli(['apply', path.join(root, 'plan-json.json'), '--server', keyed.url]);
    assert.equal(applied.code, 0, applied.stderr);
    fs.writeFileSync(path.join(stackDir, 'resources.yaml'), baseConfig({ cloudBackup: true }));
    assert.equal((await cli(['apply', stackDir, '--server', keyed.url, '--auto-approve'])).code, 0);
    // Not converged (its static members never report): exit 2, a report, not an error.
    for (const format of ['text', 'json']) assert.equal((await cli(['status', stackDir, '--server', keyed.url, '--format', format])).code, 2);
    const imported = await cli(['import', '--server', keyed.url, '--out', path.join(root, 'imported-yaml')]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal((await cli(['import', '--server', keyed.url, '--out', path.join(root, 'imported-ts'), '--format', 'ts'])).code, 0);
    assert.equal((await cli(['simulate', '--server', keyed.url, '--devices', '2', '--group', 'com.example.mdm.demo.device-group.sales', '--supervised', '--once', ...(await writeTestCaFiles(root)).simulateFlags])).code, 0);
    assert.equal((await cli(['destroy', stackDir, '--server', keyed.url, '--auto-approve'])).code, 0);
  });

  it('the API key from APPLEMDM_API_KEY_FILE against `applemdm serve`, whose log lines stay clean', async () => {
    const keyFile = path.join(root, 'api.key');
    fs.writeFileSync(keyFile, `${API_KEY}\n`);
    inputs.add(keyFile);
    const env = { APPLEMDM_API_KEY: undefined, APPLEMDM_API_KEY_FILE: keyFile };
    fs.writeFileSync(path.join(stackDir, 'resources.yaml'), baseConfig());
    assert.equal((await cli(['plan', stackDir, '--server', serve.url, '--format', 'markdown'], env)).code, 0);
    assert.equal((await cli(['apply', stackDir, '--server', serve.url, '--auto-approve'], env)).code, 0);
    assert.equal((await cli(['destroy', stackDir, '--server', serve.url, '--auto-approve'], env)).code, 0);
    assert.ok(serve.stderr().includes('path=/v1/declarations'), 'serve logged the requests');
  });

  it('wrong, misplaced and unreadable keys fail with diagnostics that do not quote the key', async () => {
    const wrong = await cli(['plan', stackDir, '--server', keyed.url], { APPLEMDM_API_KEY: WRONG_KEY });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /^Error: /m);
    // The key in the URL is refused without being quoted.
    const inUrl = await cli(['plan', stackDir, '--server', keyed.url.replace('http://', `http://kmfddm:${API_KEY}@`)]);
    assert.equal(inUrl.code, 1);
    assert.match(inUrl.stderr, /must not contain credentials/);
    const keyFile = path.join(root, 'bad.key');
    fs.writeFileSync(keyFile, `${API_KEY}\u0007\n`);
    inputs.add(keyFile);
    const bad = await cli(['plan', stackDir, '--server', keyed.url], { APPLEMDM_API_KEY: undefined, APPLEMDM_API_KEY_FILE: keyFile });
    assert.equal(bad.code, 1);
    const both = await cli(['plan', stackDir, '--server', keyed.url], { APPLEMDM_API_KEY_FILE: keyFile });
    assert.equal(both.code, 1);
    assert.match(both.stderr, /Both APPLEMDM_API_KEY and APPLEMDM_API_KEY_FILE/);
  });

  it('credentials in --server are a user error (exit 1, a diagnostic), not an applemdm bug', async () => {
    for (const args of [['plan', stackDir], ['apply', stackDir, '--auto-approve'], ['status', stackDir], ['destroy', stackDir, '--auto-approve']]) {
      const run = await cli([...args, '--server', keyed.url.replace('http://', `http://kmfddm:${API_KEY}@`)]);
      assert.equal(run.code, 1, `${args[0]}: ${run.stderr}`);
      assert.match(run.stderr, /^Error: /m);
      assert.match(run.stderr, /must not contain credentials/);
    }
  });

  it('both APPLEMDM_API_KEY and APPLEMDM_API_KEY_FILE set: a user error for plan and apply, as for status and simulate', async () => {
    const keyFile = path.join(root, 'both.key');
    fs.writeFileSync(keyFile, `${API_KEY}\n`);
    inputs.add(keyFile);
    for (const args of [['plan', stackDir, '--server', keyed.url], ['apply', stackDir, '--server', keyed.url, '--auto-approve'], ['destroy', stackDir, '--server', keyed.url, '--auto-approve']]) {
      const run = await cli(args, { APPLEMDM_API_KEY_FILE: keyFile });
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /^Error: Cannot use the API key\n/m);
      assert.match(run.stderr, /Both APPLEMDM_API_KEY and APPLEMDM_API_KEY_FILE are set/);
    }
  });

  it('a server that reflects the Authorization header and the key into its error bodies: the CLI prints neither', async () => {
    const mirror = http.createServer((req, res) => {
      const auth = req.headers.authorization ?? '';
      const decoded = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString();
      if (req.url === '/version') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ version: 'mirror', server: 'mirror', note: `${auth} ${decoded}` }));
        return;
      }
      res.writeHead(req.url?.startsWith('/v1/locks') ? 500 : 403, { 'content-type': 'text/plain', 'x-echo': auth });
      res.end(`denied for ${auth} (${decoded})`);
    });
    await new Promise<void>((resolve) => mirror.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(mirror.address() as AddressInfo).port}`;
      for (const args of [['plan', stackDir, '--server', url], ['apply', stackDir, '--server', url, '--auto-approve'], ['status', stackDir, '--server', url]]) {
        const run = await cli(args);
        assert.equal(run.code, 1, `${args[0]}: ${run.stdout}${run.stderr}`);
        assert.match(run.stderr, /^Error: /m);
        // The body is quoted, with the key and the header value redacted: the leak path exists and is closed.
        if (args[0] === 'plan') assert.match(run.stderr, /denied for Basic \[redacted\] \(kmfddm:\[redacted\]\)/);
      }
    } finally {
      await new Promise<void>((resolve) => mirror.close(() => resolve()));
    }
  });

  it('a cdk.tf.json with the API key written into the provider block: ignored (validate, plan and apply warn), copied nowhere', async () => {
    const dir = path.join(root, 'cdktf');
    fs.mkdirSync(dir);
    const file = path.join(dir, 'cdk.tf.json');
    inputs.add(file);
    fs.writeFileSync(
      file,
      JSON.stringify({
        provider: { applemdm: [{ stack: 'tfdemo', identifier_prefix: 'com.example.mdm', targets: { ios: '18.0' }, api_key: API_KEY }] },
        resource: {
          applemdm_device_group: { sales: { supervised: 'true', members: { enrollment_ids: ['ENR-1'] } } },
          applemdm_restrictions: { baseline: { scope: { groups: ['${applemdm_device_group.sales.id}'] }, allow_camera: false } },
        },
      }),
    );
    const warning = /api_key holds a literal key/g;
    for (const format of ['text', 'markdown', 'json']) {
      const out = path.join(root, `tf-plan-${format}.json`);
      const run = await cli(['plan', file, '--server', keyed.url, '--format', format, '--out', out]);
      assert.equal(run.code, 0, run.stderr);
      // The front end's warning comes with the plan, once, and in the saved plan too.
      assert.equal(run.stdout.match(warning)?.length, 1, `plan --format ${format}: ${run.stdout}`);
      assert.equal(fs.readFileSync(out, 'utf8').match(warning)?.length, 1, 'the saved plan carries the warning');
    }
    const validated = await cli(['validate', file]);
    assert.equal(validated.code, 0, validated.stderr);
    assert.match(validated.stderr, /api_key holds a literal key/);
    assert.equal((await cli(['validate', file, '--format', 'json'])).code, 0);
    const applied = await cli(['apply', file, '--server', keyed.url, '--auto-approve']);
    assert.equal(applied.code, 0, applied.stderr);
    assert.equal(applied.stdout.match(warning)?.length, 1, `apply shows the plan with the warning: ${applied.stdout}`);
  });

  it('finally: no canary in any server log line or any file written under the temp root', () => {
    assert.ok(serverLog.length > 50, `${serverLog.length} log lines`);
    serverLog.forEach((line, i) => assertClean(`keyed server log line ${i + 1}`, line));
    assertClean('applemdm serve stdout', serve.stdout());
    assertClean('applemdm serve stderr', serve.stderr());
    const files = walk(root).filter((f) => !inputs.has(f));
    assert.ok(files.length > 20, `${files.length} files written`);
    // The excluded inputs do hold a canary: the scan below would see one anywhere else.
    for (const f of inputs) assert.throws(() => assertClean(f, fs.readFileSync(f, 'latin1')), /contains a canary/);
    for (const f of files) {
      const bytes = fs.readFileSync(f, 'latin1');
      assertClean(f, bytes, compiledDirs.some((d) => f.startsWith(d + path.sep)) ? KEY_SPELLINGS : ALL_SPELLINGS);
    }
  });
});

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : e.isFile() ? [p] : [];
  });
}
