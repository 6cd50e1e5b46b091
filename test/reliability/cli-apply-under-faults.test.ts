import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startEmbeddedServer } from '../../provider/server/index';
import { startFaultProxy } from '../support/fault-proxy';
import { spawnCli } from './support/cli-process';
import { RELIABILITY_SHAPE, writeSyntheticConfig } from './support/synthetic-config';

/**
 * The reproduction, through the real CLI: with 500s and resets injected on a 225-resource stack, four applies
 * in a row used to fail ("Server answered HTTP 500"), the fourth on a lock the previous run left. Now the first apply
 * converges (exit 0, nothing failed, every set notified) and the next one, through the same faults, has nothing to do.
 */
test('applemdm apply converges in one run under 30 % injected 500s and resets (225 resources)', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-cli-faults-'));
  const server = await startEmbeddedServer({ dataDir: path.join(root, 'data'), port: 0 });
  const proxy = await startFaultProxy({ target: server.url, seed: 'cli-apply', rates: { status500: 0.15, resetBefore: 0.075, resetAfter: 0.075 } });
  try {
    const dir = path.join(root, 'config');
    writeSyntheticConfig(dir, { ...RELIABILITY_SHAPE, groups: 30, apps: 60, assignments: 75, restrictions: 30, softwareUpdates: 30 });
    const first = spawnCli(['apply', '.', '--server', proxy.url, '--auto-approve'], dir, {}, { compiled: true });
    const ran = await first.exited;
    assert.equal(ran.code, 0, `${first.stdout().slice(-3000)}\n${first.stderr()}`);
    assert.match(first.stdout(), /Plan: 225 to create/);
    assert.match(first.stdout(), /Apply complete: 225 created, 0 updated, 0 replaced, 0 deleted, 0 failed\./);
    assert.doesNotMatch(first.stdout(), /not told to sync/);
    assert.ok(proxy.totalFaults() > 150, `${proxy.totalFaults()} faults`);

    const second = spawnCli(['apply', '.', '--server', proxy.url, '--auto-approve'], dir, {}, { compiled: true });
    assert.equal((await second.exited).code, 0, second.stderr());
    assert.match(second.stdout(), /No changes\. The server matches the configuration\./);
  } finally {
    await proxy.close();
    await server.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});
