import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { startEmbeddedServer } from '../../provider/server';
import { runBackendContract } from './backend-contract';
import { basic } from '../server/helpers';
import { testDeviceAuth, testFleetAuthentication } from '../server/device-certs';

/** The contract against the embedded server, through the kmfddm backend over HTTP (the default path). */
runBackendContract('embedded server', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-contract-embedded-'));
  const apiKey = 'embedded-contract-key-7f3a';
  const server = await startEmbeddedServer({ dataDir, apiKey, deviceAuth: await testDeviceAuth() });
  const backend = await openKmfddmBackend({ url: server.url, apiKey, env: {} });
  return {
    backend,
    serverUrl: server.url,
    apiKey,
    expectBulk: true,
    openWithKey: (key) => openKmfddmBackend({ url: server.url, apiKey: key, env: {} }),
    deviceAuthentication: await testFleetAuthentication(),
    // The management side of the notification log: the enrollment need not have checked in as a device.
    observeNotifications: async (enrollmentId) => async () => {
      const res = await fetch(new URL('v1/notifications', `${server.url}/`), { headers: { Authorization: basic('kmfddm', apiKey) } });
      return ((await res.json()) as Record<string, { count: number }>)[enrollmentId]?.count ?? 0;
    },
    close: async () => {
      backend.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
});
