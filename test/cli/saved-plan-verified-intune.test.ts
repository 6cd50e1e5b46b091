import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from './_run-cli';
import { fixtureCopy } from '../intune/support/fixture';
import { startTenant, type Tenant } from '../intune/support/tenant';
import { tamperCorpus, type PlanJson, type Variant } from './support/tamper-corpus';

/**
 * The same tampered-plan corpus against the Graph behaviour SIMULATOR (test infrastructure standing in for Intune):
 * a saved Intune plan is applied only when it equals the plan derived at apply; every variant is refused with no
 * write request and the tenant's objects unchanged.
 */
function intuneAttacks(valid: PlanJson, t: Tenant): Variant[] {
  const assign = valid.operations.findIndex((o) => o.op === 'graph-assign-app');
  const put = valid.operations.findIndex((o) => o.op === 'graph-put-configuration');
  return [
    {
      name: 'a foreign group added to an app assignment',
      mutate: (p) => {
        const write = p.operations[assign].write as { targets: Record<string, unknown>[] };
        write.targets.push({ ...write.targets[0], groupId: t.ids.finance });
      },
    },
    {
      name: 'a setting added to a configuration body',
      mutate: (p) => void ((p.operations[put].write as { body: Record<string, unknown> }).body.cameraBlocked = true),
    },
    {
      name: 'a configuration assigned to another group of the configuration',
      mutate: (p) => {
        const write = p.operations[put].write as { assignments?: { groupId: string }[] };
        write.assignments = [...(write.assignments ?? []), { groupId: t.ids.contractors }];
      },
    },
  ];
}

/** Everything in the tenant a plan could change. */
function tenantState(t: Tenant): string {
  const dump = (m: Map<string, unknown>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({
    deviceConfigurations: dump(t.sim.deviceConfigurations),
    configurationPolicies: dump(t.sim.configurationPolicies),
    assignments: dump(t.sim.assignments),
    policySettings: dump(t.sim.policySettings),
  });
}

const writeRequests = (t: Tenant) => t.sim.graphRequests().filter((l) => l.method !== 'GET' && !l.path.endsWith('$batch')).length;

describe('saved plans are verified at apply: a tampered plan is refused with zero writes (Intune simulator)', () => {
  let t: Tenant;
  let fixture: ReturnType<typeof fixtureCopy>;
  const savedEnv: Record<string, string | undefined> = {};
  let validText: string;
  let corpus: Variant[] = [];

  before(async () => {
    t = await startTenant({ consistencyLag: 0, pageSize: 3 });
    for (const [k, v] of Object.entries({ ...t.env, APPLEMDM_SERVER: '', NO_COLOR: '1' })) {
      savedEnv[k] = process.env[k];
      process.env[k] = v;
    }
    fixture = fixtureCopy();
    const file = path.join(fixture.dir, 'valid.json');
    const planned = await runCli(['plan', fixture.dir, '--server', t.server, '--out', file]);
    assert.equal(planned.code, 0, planned.stderr);
    validText = fs.readFileSync(file, 'utf8');
    const valid = JSON.parse(validText) as PlanJson;
    corpus = tamperCorpus(valid, intuneAttacks(valid, t));
  });
  after(async () => {
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    fixture?.cleanup();
    await t?.close();
  });

  it('the valid plan holds both kinds of Graph writes, and the corpus has at least 50 variants', () => {
    const kinds = new Set((JSON.parse(validText) as PlanJson).operations.map((o) => o.op));
    for (const k of ['graph-assign-app', 'graph-put-configuration']) assert.ok(kinds.has(k), `missing ${k}`);
    assert.ok(corpus.length >= 50, `${corpus.length} variants`);
  });

  it('every variant is refused with a diagnostic, and nothing is written', async () => {
    const before = tenantState(t);
    const rejected: string[] = [];
    for (const v of corpus) {
      const plan = JSON.parse(validText) as PlanJson;
      v.mutate(plan);
      const file = path.join(fixture.dir, 'tampered.json');
      fs.writeFileSync(file, JSON.stringify(plan, null, 2));
      const mark = writeRequests(t);
      const run = await runCli(['apply', file, '--server', t.server]);
      const writes = writeRequests(t) - mark;
      if (run.code !== 1 || writes || !/^Error: /m.test(run.stderr) || /applemdm bug/.test(run.stderr)) {
        rejected.push(`${v.name}: exit ${run.code}, ${writes} write(s)${run.stderr ? `; ${run.stderr.split('\n')[0].slice(0, 200)}` : ''}`);
      }
      // The assertion below reports every accepted variant at once; an accepted one changed the tenant, so stop here.
      if (writes) break;
    }
    assert.deepEqual(rejected, [], `variants not refused cleanly`);
    assert.equal(tenantState(t), before, 'the tenant holds what it held');
  });

  it('control: the untampered plan applies', async () => {
    const file = path.join(fixture.dir, 'valid.json');
    const applied = await runCli(['apply', file, '--server', t.server]);
    assert.equal(applied.code, 0, `${applied.stdout}\n${applied.stderr}`);
    assert.match(applied.stdout, /Apply complete: \d+ created/);
  });
});
