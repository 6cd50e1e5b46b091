import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openKmfddmBackend } from '../../provider/backends/kmfddm/kmfddm-backend';
import { NanomdmDevice } from '../peers/nanomdm-device';
import { requirePeer, startKmfddmWithNanomdm } from '../peers/peers';
import { startStaticServer } from '../peers/static-server';
import { runBackendContract } from './backend-contract';

/**
 * The contract against real KMFDDM (pinned, from the Go module proxy) with real NanoMDM behind it for notifications.
 * Profile assets go to a directory published by a plain web server, as a user would run it next to KMFDDM.
 */
const skip = requirePeer('kmfddm').skip ?? requirePeer('nanomdm').skip;

runBackendContract(
  'real KMFDDM + NanoMDM',
  async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'applemdm-contract-kmfddm-'));
    const assetDir = path.join(dataDir, 'published');
    const peers = await startKmfddmWithNanomdm(dataDir);
    const web = await startStaticServer(assetDir);
    const apiKey = peers.kmfddm.apiKey;
    const assets = { dir: assetDir, base_url: web.url };
    const backend = await openKmfddmBackend({ url: peers.kmfddm.url, apiKey, assets, env: {} });
    return {
      backend,
      serverUrl: peers.kmfddm.url,
      apiKey,
      expectBulk: false,
      openWithKey: (key) => openKmfddmBackend({ url: peers.kmfddm.url, apiKey: key, assets, env: {} }),
      observeNotifications: async (enrollmentId) => {
        const device = new NanomdmDevice(peers.nanomdm.url, enrollmentId);
        await device.enroll();
        let received = 0;
        return async () => {
          // Drain NanoMDM's queue the way a device does: Idle, then acknowledge each command.
          for (let cmd = await device.idle(); cmd; cmd = await device.acknowledge(cmd.CommandUUID)) {
            if (cmd.Command.RequestType === 'DeclarativeManagement') received++;
          }
          return received;
        };
      },
      close: async () => {
        backend.close();
        await web.close();
        await peers.stop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
  { skip },
);
