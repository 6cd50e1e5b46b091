import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client, decl } from './helpers';
import { startServe, type ServeProcess } from './serve-process';

/**
 * "Killing the server (kill -9) between writes and restarting loses nothing that was acknowledged": the real
 * `applemdm serve` process is SIGKILLed while writes are in flight, restarted on the same data directory, and every
 * write that was answered 204 before the kill must be there, with the same ServerToken.
 */
describe('durability across kill -9', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-durability-'));
  const keyFile = path.join(dataDir, '..', `${path.basename(dataDir)}.key`);
  fs.writeFileSync(keyFile, 'durable-key\n');
  const live: ServeProcess[] = [];
  after(() => {
    for (const p of live) p.child.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(keyFile, { force: true });
  });

  const start = async (): Promise<{ proc: ServeProcess; client: Client }> => {
    const proc = await startServe(['--data', dataDir, '--listen', '127.0.0.1:0', '--api-key-file', keyFile, '--log-level', 'warn']);
    live.push(proc);
    return { proc, client: new Client(proc.url, 'durable-key') };
  };
  const kill9 = async (proc: ServeProcess): Promise<void> => {
    proc.child.kill('SIGKILL');
    assert.equal(await proc.exited, null); // ended by the signal, not by a clean exit
  };

  /** Acknowledged writes: identifier → the payload echo it was acknowledged with. */
  const acknowledged = new Map<string, string>();
  const tokens = new Map<string, string>();

  /** Fires `count` declaration PUTs at once and SIGKILLs the server as soon as the first is acknowledged. */
  async function burstThenKill(proc: ServeProcess, client: Client, round: number, count: number): Promise<void> {
    let killed = false;
    const writes = Array.from({ length: count }, async (_, i) => {
      const id = `burst.r${round}.${String(i).padStart(3, '0')}`;
      const echo = `round ${round} write ${i}`;
      try {
        const r = await client.put('/v1/declarations', { json: decl(id, { Echo: echo, Blob: 'x'.repeat(2000) }) });
        if (r.status === 204) acknowledged.set(id, echo);
        if (!killed) {
          killed = true;
          proc.child.kill('SIGKILL');
        }
      } catch {
        // the connection died with the server: not acknowledged, so no promise to keep
      }
    });
    await Promise.all(writes);
    assert.equal(await proc.exited, null);
  }

  it('keeps every acknowledged write through kill -9 between writes and during a burst of writes', async () => {
    // Round 0: sequential writes of every kind, then kill between writes.
    let { proc, client } = await start();
    for (let i = 0; i < 10; i++) {
      const id = `seq.${i}`;
      assert.equal((await client.put('/v1/declarations', { json: decl(id, { Echo: `seq ${i}` }) })).status, 204);
      acknowledged.set(id, `seq ${i}`);
    }
    assert.equal((await client.put('/v1/set-declarations/durable.set?declaration=seq.3')).status, 204);
    assert.equal((await client.put('/v1/enrollment-sets/DEV-D?set=durable.set')).status, 204);
    assert.equal((await client.put('/v1/assets/durable.bin', { body: 'asset bytes' })).status, 204);
    assert.equal((await client.post('/v1/declarations/seq.5/touch')).status, 204);
    for (const id of acknowledged.keys()) tokens.set(id, (await client.getJson<{ ServerToken: string }>(`/v1/declarations/${id}`)).ServerToken);
    await kill9(proc);

    // Restart, check, then kill in the middle of a burst of concurrent writes.
    ({ proc, client } = await start());
    await verify(client);
    await burstThenKill(proc, client, 1, 40);

    ({ proc, client } = await start());
    await verify(client);
    assert.ok(acknowledged.size >= 11, `acknowledged ${acknowledged.size} writes`);
    // A write cut off by the kill is either wholly there or wholly absent.
    const bulk = await client.getJson<{ declarations: { Identifier: string; Payload: { Echo: string; Blob: string } }[] }>('/v1/bulk/declarations?prefix=burst.&limit=1000');
    for (const d of bulk.declarations) {
      assert.equal(d.Payload.Blob.length, 2000);
      assert.match(d.Payload.Echo, /^round \d write \d+$/);
    }
    proc.child.kill('SIGTERM');
    assert.equal(await proc.exited, 0);
  });

  async function verify(client: Client): Promise<void> {
    for (const [id, echo] of acknowledged) {
      const r = await client.get(`/v1/declarations/${id}`);
      assert.equal(r.status, 200, `${id} lost after kill -9`);
      const d = r.json<{ Payload: { Echo: string }; ServerToken: string }>();
      assert.equal(d.Payload.Echo, echo);
      if (tokens.has(id)) assert.equal(d.ServerToken, tokens.get(id), `${id} token changed`);
    }
    assert.deepEqual(await client.getJson('/v1/set-declarations/durable.set'), ['seq.3']);
    assert.deepEqual(await client.getJson('/v1/enrollment-sets/DEV-D'), ['durable.set']);
    const asset = await client.get('/v1/assets/durable.bin');
    assert.equal(asset.text, 'asset bytes');
  }
});
