import { openIntuneBackend } from '../../provider/backends/intune/intune-backend';
import { CLIENT_SECRET, startTenant } from '../intune/support/tenant';
import { runIntuneContract } from './intune-contract';

/** The intune contract against the Graph behaviour SIMULATOR (test infrastructure standing in for Intune's service). */
runIntuneContract('Graph behaviour simulator', async () => {
  const t = await startTenant({ consistencyLag: 2, pageSize: 2 });
  return {
    backend: openIntuneBackend({ url: `intune://${t.sim.options.tenantId}`, env: t.env, sleep: async () => undefined }),
    app: { bundleId: 'com.tinyspeck.chatlyio', adamId: '618783545', type: 'iosVppApp' },
    groups: ['Sales iPhones', t.ids.macs],
    secret: CLIENT_SECRET,
    canWrite: true,
    addForeignConfiguration: () => t.sim.addDeviceConfiguration({ '@odata.type': '#microsoft.graph.iosGeneralDeviceConfiguration', displayName: 'hand-made', description: 'made in the portal' }),
    close: () => t.close(),
  };
});
