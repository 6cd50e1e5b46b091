import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
import { after, describe, it } from 'node:test';
import { mintSelfSignedCertificate } from '../../provider/terraform/plugin/auto-mtls';
import { NOT_A_PLUGIN_MESSAGE, parseHandshakeLine } from '../../provider/terraform/plugin/handshake';
import { call, connect, cookieEnv, PluginProcess, startPlugin, withTimeout } from './support/plugin-process';

/** The plugin binary as Terraform starts it: cookie, protocol versions, handshake line, AutoMTLS, debug mode. */
const running: PluginProcess[] = [];
const start = (...args: Parameters<typeof startPlugin>): PluginProcess => {
  const p = startPlugin(...args);
  running.push(p);
  return p;
};
after(async () => {
  await Promise.all(running.map((p) => p.kill()));
});

const exitWithin = (p: PluginProcess, ms = 15_000) => withTimeout(p.exited, ms, () => `plugin did not exit; stderr:\n${p.stderr()}`);

describe('terraform-provider-applemdm process contract', () => {
  it('refuses to run without the magic cookie, with go-plugin\'s message and nothing on stdout', async () => {
    const p = start({ bin: true }, {});
    const { code } = await exitWithin(p);
    assert.equal(code, 1);
    assert.equal(p.stdout(), '');
    assert.equal(p.stderr(), NOT_A_PLUGIN_MESSAGE);
  });

  it('refuses a host that offers no protocol version it speaks', async () => {
    const p = start({ bin: true }, { ...cookieEnv, PLUGIN_PROTOCOL_VERSIONS: '4,5' });
    const { code } = await exitWithin(p);
    assert.equal(code, 1);
    assert.equal(p.stdout(), '');
    assert.match(p.stderr(), /Incompatible API version with plugin. Plugin version: 6, Client versions: \[4 5\]/);
  });

  it('with AutoMTLS prints exactly one handshake line carrying a CA:true localhost certificate, serves TLS to the host certificate only, and exits on Shutdown', async () => {
    const host = await mintSelfSignedCertificate();
    const p = start({ bin: true }, { ...cookieEnv, PLUGIN_CLIENT_CERT: host.certPem });
    const line = await p.firstLine;
    assert.match(line, /^1\|6\|unix\|\/[^|]+\|grpc\|[A-Za-z0-9+/]+$/, 'CORE|APP|unix|socket|grpc|base64 DER without padding');
    const handshake = parseHandshakeLine(line);
    assert.ok(handshake.certDer, 'the certificate field is present');
    const cert = new X509Certificate(handshake.certDer);
    assert.equal(cert.ca, true);
    assert.match(cert.subjectAltName ?? '', /DNS:localhost/);
    assert.deepEqual([...(cert.keyUsage ?? [])].sort(), ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
    assert.ok(cert.checkIssued(cert), 'self-signed');
    assert.ok(fs.existsSync(handshake.address));

    const clients = connect(handshake, host);
    try {
      assert.deepEqual(await call(clients.health, 'Check', { service: 'plugin' }), { status: 'SERVING' });
      const schema = await call<{ resource_schemas: Record<string, unknown> }>(clients.provider, 'GetProviderSchema', {});
      assert.deepEqual(Object.keys(schema.resource_schemas).sort(), [
        'applemdm_app',
        'applemdm_app_assignment',
        'applemdm_device_group',
        'applemdm_restrictions',
        'applemdm_software_update',
      ]);

      // A client with any other certificate is turned away at the TLS handshake.
      const stranger = connect(handshake, await mintSelfSignedCertificate());
      await assert.rejects(call(stranger.health, 'Check', { service: 'plugin' }, 5000), (e: { code?: number }) => e.code === 14);
      stranger.close();

      await call(clients.controller, 'Shutdown', {});
    } finally {
      clients.close();
    }
    const { code } = await exitWithin(p);
    assert.equal(code, 0);
    assert.equal(p.stdout(), `${line}\n`, 'nothing but the handshake line on stdout');
    assert.ok(!fs.existsSync(handshake.address), 'the socket is removed on exit');
  });

  it('serves plaintext with an empty certificate field when there is no client certificate, or TF_DISABLE_PLUGIN_TLS is set', async () => {
    const host = await mintSelfSignedCertificate();
    for (const env of [cookieEnv, { ...cookieEnv, PLUGIN_CLIENT_CERT: host.certPem, TF_DISABLE_PLUGIN_TLS: '1' }]) {
      const p = start({ bin: true }, env);
      const line = await p.firstLine;
      assert.match(line, /^1\|6\|unix\|\/[^|]+\|grpc\|$/);
      const clients = connect(line);
      try {
        assert.deepEqual(await call(clients.health, 'Check', { service: 'plugin' }), { status: 'SERVING' });
        await assert.rejects(call(clients.health, 'Check', { service: 'other' }), (e: { code?: number }) => e.code === 5);
      } finally {
        clients.close();
      }
      // SIGINT goes to the whole process group when someone presses Ctrl-C at Terraform: the plugin ignores it and
      // waits for the host to shut it down.
      p.child.kill('SIGINT');
      const stillRunning = await Promise.race([p.exited.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), 500))]);
      assert.ok(stillRunning, 'SIGINT does not stop a plugin started by a host');
      p.child.kill('SIGTERM');
      assert.equal((await exitWithin(p)).code, 0);
    }
  });

  it('--debug serves without the cookie and prints a TF_REATTACH_PROVIDERS value, until Ctrl-C', async () => {
    const p = start({ bin: true }, {}, ['--debug']);
    await p.firstLine;
    const deadline = Date.now() + 10_000;
    while (!/TF_REATTACH_PROVIDERS='.*'/.test(p.stdout()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const m = /TF_REATTACH_PROVIDERS='(.*)'/.exec(p.stdout());
    assert.ok(m, p.stdout());
    const reattach = JSON.parse(m[1] as string) as Record<string, { Protocol: string; ProtocolVersion: number; Pid: number; Test: boolean; Addr: { Network: string; String: string } }>;
    const entry = reattach['registry.terraform.io/applemdm/applemdm'];
    assert.ok(entry, JSON.stringify(reattach));
    assert.equal(entry.Protocol, 'grpc');
    assert.equal(entry.ProtocolVersion, 6);
    assert.equal(entry.Pid, p.child.pid);
    assert.equal(entry.Test, true);
    assert.equal(entry.Addr.Network, 'unix');
    const clients = connect(`1|6|unix|${entry.Addr.String}|grpc|`);
    try {
      assert.deepEqual(await call(clients.health, 'Check', { service: 'plugin' }), { status: 'SERVING' });
    } finally {
      clients.close();
    }
    p.child.kill('SIGINT');
    assert.equal((await exitWithin(p)).code, 0);
  });
});
