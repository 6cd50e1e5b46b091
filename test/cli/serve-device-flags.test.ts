import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './_run-cli';
import { testDeviceCa } from '../server/device-certs';

/** `applemdm serve`'s TLS and device authentication flags: every inconsistent or unusable combination is refused at start. */
describe('applemdm serve device authentication flags', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-serve-flags-'));
  after(() => fs.rmSync(root, { recursive: true, force: true }));
  const write = (name: string, content: string): string => {
    const p = path.join(root, name);
    fs.writeFileSync(p, content);
    return p;
  };

  it('refuses each bad combination with exit 1, one diagnostic, and nothing created', async () => {
    const ca = write('ca.pem', (await testDeviceCa()).certPem);
    const notPem = write('not.pem', 'root:x:0:0:secret-looking-content\n');
    const cases: { args: string[]; stderr: RegExp }[] = [
      { args: ['--device-cert-header', 'X-Client-Cert'], stderr: /Missing --device-ca/ },
      { args: ['--tls-cert', ca], stderr: /Incomplete TLS options/ },
      { args: ['--device-ca', ca], stderr: /No way for devices to present a certificate/ },
      { args: ['--device-ca', ca, '--trusted-proxy', '10.0.0.1'], stderr: /Missing --device-cert-header/ },
      { args: ['--device-ca', notPem, '--device-cert-header', 'X-Client-Cert'], stderr: /holds no PEM certificate/ },
      { args: ['--device-ca', root, '--device-cert-header', 'X-Client-Cert'], stderr: /not a regular file/ },
      { args: ['--device-ca', path.join(root, 'missing.pem'), '--device-cert-header', 'X-Client-Cert'], stderr: /ENOENT/ },
      { args: ['--device-ca', ca, '--device-cert-header', 'X-Client-Cert', '--trusted-proxy', 'proxy.example'], stderr: /is not an IP address/ },
      { args: ['--device-ca', ca, '--device-cert-header', 'X-Enrollment-ID'], stderr: /cannot carry the device certificate/ },
      { args: ['--device-ca', ca, '--device-cert-header', 'Bad Header'], stderr: /is not an HTTP header name/ },
      { args: ['--tls-cert', notPem, '--tls-key', notPem], stderr: /TLS certificate or key cannot be used/ },
    ];
    for (const c of cases) {
      const dataDir = path.join(root, 'data');
      const run = await runCli(['serve', '--data', dataDir, '--listen', '127.0.0.1:0', ...c.args]);
      assert.equal(run.code, 1, `${c.args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, c.stderr, c.args.join(' '));
      assert.equal(run.stderr.match(/^Error: /gm)?.length, 1, run.stderr);
      assert.doesNotMatch(run.stderr, /secret-looking-content/, 'a file is named, never echoed');
      assert.doesNotMatch(run.stderr, /\n\s+at /);
      assert.equal(run.stdout, '');
      assert.ok(!fs.existsSync(path.join(dataDir, 'applemdm.sqlite')), `${c.args.join(' ')}: nothing created`);
    }
  });
});
