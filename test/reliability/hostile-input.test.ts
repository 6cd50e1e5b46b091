import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { hostileCorpus, type HostileCase } from './support/hostile-corpus';
import { assertRefused, assertRefusedSpawned, type HostileRun } from './support/hostile-run';
import { isWrite, startLoggedServer, type LoggedServer } from './support/logged-server';

/**
 * The hostile input corpus through the real CLI (in process): `plan` and `apply --auto-approve` against a real
 * embedded server started here. Each case must exit 1 with a diagnostic (no bug report, no stack trace), within the
 * hang guard and RSS bound, and the server's own request log must show ZERO writes — in fact no request at all, since
 * a configuration is validated before any server is contacted. Saved plans are in saved-plan-tampering.test.ts.
 */
const corpus = hostileCorpus();
const ALL: HostileCase[] = [...corpus.handWritten, ...corpus.generated, ...corpus.fixtures];

describe(`hostile input corpus: ${corpus.handWritten.length} hand-written, ${corpus.generated.length} generated, ${corpus.fixtures.length} fixtures`, () => {
  let root: string;
  let logged: LoggedServer;
  const runs: HostileRun[] = [];
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-hostile-'));
    logged = await startLoggedServer(root);
  });
  after(async () => {
    await logged?.close();
    fs.rmSync(root, { recursive: true, force: true });
    if (runs.length) {
      const slowest = [...runs].sort((a, b) => b.ms - a.ms).slice(0, 3).map((r) => `${r.name} ${r.ms} ms`);
      process.stderr.write(
        `# hostile input: ${runs.length} runs, total ${runs.reduce((n, r) => n + r.ms, 0)} ms; slowest: ${slowest.join('; ')}; ` +
          `max RSS growth ${Math.max(...runs.map((r) => r.rssGrowthMb))} MB, RSS now ${Math.round(process.memoryUsage().rss / (1 << 20))} MB\n`,
      );
    }
  });

  it('has at least 100 cases, and unique names', () => {
    assert.ok(ALL.length >= 100, `${ALL.length} cases`);
    assert.equal(new Set(ALL.map((c) => c.name)).size, ALL.length);
  });

  ALL.forEach((c, i) => {
    it(c.name, async () => {
      const dir = path.join(root, `case-${i}`);
      fs.mkdirSync(dir);
      try {
        const target = c.write(dir);
        const mark = logged.log.length;
        if (c.spawn) {
          // One command only: each spawned run may cost the whole hang guard.
          runs.push(await assertRefusedSpawned(`${c.name} (plan, spawned)`, ['plan', target, '--server', logged.url], dir));
        } else {
          for (const args of [['plan', target], ['apply', target, '--auto-approve']]) {
            runs.push(await assertRefused(`${c.name} (${args[0]})`, [...args, '--server', logged.url], c.expect));
          }
        }
        const requests = logged.log.slice(mark);
        assert.deepEqual(requests.filter(isWrite), [], 'zero writes in the server log');
        assert.deepEqual(requests, [], 'refused before the server was contacted');
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'no prototype was polluted');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
