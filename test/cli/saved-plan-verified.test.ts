import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from './_run-cli';
import { baseConfig, STACK } from '../engine/support/harness';
import { startEmbeddedServer, type EmbeddedServer } from '../../provider/server/index';
import * as http from 'node:http';
import { tamperCorpus, type PlanJson, type Variant } from './support/tamper-corpus';

/**
 * A saved plan is a review artifact, not an authority: `apply plan.json` re-derives the operations from the
 * configuration and the server as they are now and applies only when they equal the saved ones. The corpus is made by
 * mutating a real saved plan (made on an empty stack, so it holds every kind of operation); each variant must be
 * refused (exit 1, a diagnostic saying what differs) with zero plan writes and the server's contents unchanged.
 */
const OWN = 'com.example.mdm.demo';
const VICTIM_ENROLLMENT = 'ENR-VICTIM';

function kmfddmAttacks(valid: PlanJson): Variant[] {
  const index = (kind: string) => valid.operations.findIndex((o) => o.op === kind);
  const asset = index('put-asset');
  const decl = index('put-declaration');
  return [
    {
      name: 'asset bytes replaced, sha256 recomputed to match',
      mutate: (p) => {
        const bytes = Buffer.from('<?xml version="1.0"?><plist version="1.0"><dict><key>PayloadContent</key><array/></dict></plist>');
        Object.assign(p.operations[asset], { bytesBase64: bytes.toString('base64'), sha256: createHash('sha256').update(bytes).digest('hex') });
      },
    },
    {
      name: 'a payload key added to a declaration',
      mutate: (p) => void ((p.operations[decl].declaration as { Payload: Record<string, unknown> }).Payload.Injected = true),
    },
    {
      name: 'a victim enrollment assigned to an own set',
      mutate: (p) => void p.operations.push({ op: 'add-enrollment-set', phase: 50, address: 'applemdm_device_group.sales', enrollmentId: VICTIM_ENROLLMENT, set: `${OWN}.device-group.sales` }),
    },
    {
      name: 'an own declaration added to another own set',
      mutate: (p) => void p.operations.push({ op: 'add-set-declaration', phase: 40, address: 'applemdm_device_group.field', set: `${OWN}.device-group.field`, identifier: `${OWN}.restrictions.baseline` }),
    },
  ];
}

function request(method: string, url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Everything the server holds that a plan could change, read without keep-alive (the server is restarted on its port). */
async function serverContents(url: string): Promise<string> {
  const get = async (p: string) => {
    const res = await request('GET', `${url}${p}`);
    if (res.status !== 200) throw new Error(`GET ${p}: ${res.status}`);
    return res.body;
  };
  return [await get('/v1/bulk/declarations?limit=5000'), await get('/v1/bulk/sets'), await get('/v1/assets'), ...(await Promise.all(['ENR-1', 'ENR-2', VICTIM_ENROLLMENT].map((e) => get(`/v1/enrollment-sets/${e}`))))].join('\n');
}

/** A real embedded server whose request log counts the writes it received (locks and notify aside). */
interface CountingServer {
  server: EmbeddedServer;
  url: string;
  writes: number;
}

async function startCounting(root: string, port = 0): Promise<CountingServer> {
  const dataDir = fs.mkdtempSync(path.join(root, 'data-'));
  const counting: Partial<CountingServer> = { writes: 0 };
  const server = await startEmbeddedServer({
    dataDir,
    port,
    logger: (e) => {
      const p = String(e.path ?? '');
      if (e.msg === 'request' && e.method !== 'GET' && e.method !== 'HEAD' && p.startsWith('/v1/') && !p.startsWith('/v1/locks/') && !p.startsWith('/v1/notify')) counting.writes!++;
    },
  });
  // A device of another team, known to the server: the target of the enrollment-set attack.
  const res = await request('PUT', `${server.url}/v1/enrollment-sets/${VICTIM_ENROLLMENT}?set=com.victim.corp.set`);
  assert.ok(res.status < 300, `victim enrollment: ${res.status}`);
  return Object.assign(counting, { server, url: server.url }) as CountingServer;
}

describe('saved plans are verified at apply: a tampered plan is refused with zero writes (KMFDDM)', () => {
  let root: string;
  let logged: CountingServer;
  let config: string;
  let validText: string;
  let corpus: Variant[] = [];

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-verified-'));
    logged = await startCounting(root);
    config = path.join(root, 'config');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    const file = path.join(root, 'valid.json');
    const planned = await runCli(['plan', config, '--server', logged.url, '--out', file]);
    assert.equal(planned.code, 0, planned.stderr);
    validText = fs.readFileSync(file, 'utf8');
    const valid = JSON.parse(validText) as PlanJson;
    corpus = tamperCorpus(valid, kmfddmAttacks(valid));
  });
  after(async () => {
    await logged?.server.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the valid plan holds every kind of DDM operation, and the corpus has at least 50 variants', () => {
    const kinds = new Set((JSON.parse(validText) as PlanJson).operations.map((o) => o.op));
    for (const k of ['put-asset', 'put-declaration', 'add-set-declaration', 'add-enrollment-set']) assert.ok(kinds.has(k), `missing ${k}`);
    assert.ok(corpus.length >= 50, `${corpus.length} variants`);
  });

  it('every variant is refused with a diagnostic, and nothing is written', async () => {
    const before = await serverContents(logged.url);
    const accepted: string[] = [];
    for (const v of corpus) {
      const plan = JSON.parse(validText) as PlanJson;
      v.mutate(plan);
      const file = path.join(root, 'tampered.json');
      fs.writeFileSync(file, JSON.stringify(plan, null, 2));
      const mark = logged.writes;
      const run = await runCli(['apply', file, '--server', logged.url]);
      const writes = logged.writes - mark;
      if (run.code !== 1 || writes || !/^Error: /m.test(run.stderr) || /applemdm bug/.test(run.stderr)) {
        accepted.push(`${v.name}: exit ${run.code}, ${writes} write(s)${run.stderr ? `; ${run.stderr.split('\n')[0].slice(0, 200)}` : ''}`);
      }
      // An accepted variant changed the server: start the next one from the same empty server again (same URL).
      if (writes) {
        const port = Number(new URL(logged.url).port);
        await logged.server.close();
        logged = await startCounting(root, port);
      }
    }
    assert.deepEqual(accepted, [], `${accepted.length} of ${corpus.length} variants were not refused cleanly`);
    assert.equal(await serverContents(logged.url), before, 'the server holds what it held');
  });

  it('the refusal says what differs: the operation, its resource and the field', async () => {
    const plan = JSON.parse(validText) as PlanJson;
    const i = plan.operations.findIndex((o) => o.op === 'put-declaration');
    (plan.operations[i].declaration as { Payload: Record<string, unknown> }).Payload.Injected = true;
    const file = path.join(root, 'payload.json');
    fs.writeFileSync(file, JSON.stringify(plan));
    const run = await runCli(['apply', file, '--server', logged.url]);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /Plan differs from the configuration and server/);
    assert.ok(run.stderr.includes(`operation ${i + 1} (put-declaration, ${String(plan.operations[i].address)})`), run.stderr);
    assert.match(run.stderr, /declaration\.Payload\.Injected/);
  });

  it('control: the untampered plan applies, and then is refused as stale', async () => {
    const file = path.join(root, 'valid.json');
    const applied = await runCli(['apply', file, '--server', logged.url]);
    assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
    const again = await runCli(['apply', file, '--server', logged.url]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /Server changed since the plan/);
  });
});

describe('saved plans are verified at apply on the embedded server (embedded:DIR)', () => {
  let root: string;
  let config: string;
  let data: string;
  let validText: string;

  /** What the embedded server holds for the stack, as the plan sees it: unchanged server ⇔ the same plan. */
  async function planNow(): Promise<string> {
    const run = await runCli(['plan', config, '--server', `embedded:${data}`, '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const { operations, fingerprints, changes } = JSON.parse(run.stdout) as PlanJson;
    return JSON.stringify({ operations, fingerprints, changes });
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-verified-embedded-'));
    config = path.join(root, 'config');
    data = path.join(root, 'data');
    fs.mkdirSync(config);
    fs.writeFileSync(path.join(config, 'applemdm.yaml'), STACK);
    fs.writeFileSync(path.join(config, 'resources.yaml'), baseConfig());
    const file = path.join(root, 'valid.json');
    const planned = await runCli(['plan', config, '--server', `embedded:${data}`, '--out', file]);
    assert.equal(planned.code, 0, planned.stderr);
    validText = fs.readFileSync(file, 'utf8');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('payload, asset bytes, a victim enrollment, emptied fingerprints and another prefix are refused, and the server is unchanged', async () => {
    const valid = JSON.parse(validText) as PlanJson;
    const variants = kmfddmAttacks(valid).concat(
      { name: 'no fingerprints', mutate: (p) => void (p.fingerprints = {}) },
      { name: 'another identifier prefix', mutate: (p) => void (p.identifierPrefix = 'com.victim') },
    );
    const before = await planNow();
    for (const v of variants) {
      const plan = JSON.parse(validText) as PlanJson;
      v.mutate(plan);
      const file = path.join(root, 'tampered.json');
      fs.writeFileSync(file, JSON.stringify(plan));
      const run = await runCli(['apply', file, '--server', `embedded:${data}`]);
      assert.equal(run.code, 1, `${v.name}: ${run.stdout}\n${run.stderr}`);
      assert.match(run.stderr, /^Error: /m, v.name);
      assert.equal(await planNow(), before, `${v.name}: the server is unchanged`);
    }
    const ok = await runCli(['apply', path.join(root, 'valid.json'), '--server', `embedded:${data}`]);
    assert.equal(ok.code, 0, `${ok.stdout}\n${ok.stderr}`);
  });
});
