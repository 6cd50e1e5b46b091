import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server';
import { runBackendContract } from './backend-contract';

/** The contract against the embedded server, through the kmfddm backend over HTTP (the default path). */
runBackendContract('embedded server', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-contract-embedded-'));
  const apiKey = 'embedded-contract-key-7f3a';
  const server = await startEmbeddedServer({ dataDir, apiKey });
  const backend = await openKmfddmBackend({ url: server.url, apiKey, env: {} });
  return {
    backend,
    serverUrl: server.url,
    apiKey,
    expectBulk: true,
    openWithKey: (key) => openKmfddmBackend({ url: server.url, apiKey: key, env: {} }),
    observeNotifications: async (enrollmentId) => async () => {
      const res = await fetch(new URL('notifications', `${server.url}/`), { headers: { 'X-Enrollment-ID': enrollmentId } });
      return ((await res.json()) as { count: number }).count;
    },
    close: async () => {
      backend.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
