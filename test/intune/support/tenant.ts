import * as path from 'node:path';
import { GraphSimulator, type SimulatorOptions } from '../simulator/graph-simulator';

/**
 * A tenant in the Graph SIMULATOR (test infrastructure) holding what the quickstart-style fixture
 * (examples/intune) needs: its apps (synced VPP apps and an uploaded LOB app, never created by
 * applemdm), Entra groups, the per-app VPN configuration, and things the stack does not own that must survive: a
 * foreign group assignment and a policy-set assignment on Slack, unrelated apps (which also make the app list page).
 */
export const TENANT_ID = '8f9a4c1e-3b2d-4e5f-a6b7-c8d9e0f1a2b3';
export const CLIENT_ID = '1d2c3b4a-5f6e-4d7c-8b9a-0a1b2c3d4e5f';
export const CLIENT_SECRET = 'sim~Secret.Value_7Qx9-NEVER-PRINT-ME';
export const VPN_ID = '9c1d2e3f-4a5b-4c6d-8e7f-0123456789ab';
export const FIXTURE = path.join(__dirname, '..', '..', '..', 'examples', 'intune');

export interface Tenant {
  sim: GraphSimulator;
  /** The --server value: tenant plus the group map for the device group whose Entra name differs. */
  server: string;
  env: NodeJS.ProcessEnv;
  ids: { slack: string; outlook: string; zoomIos: string; zoomMac: string; fieldTool: string; sales: string; macs: string; contractors: string; finance: string };
  close(): Promise<void>;
}

export async function startTenant(options: Partial<SimulatorOptions> = {}): Promise<Tenant> {
  const sim = await new GraphSimulator({ tenantId: TENANT_ID, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...options }).start();
  const sales = sim.addGroup('Sales iPhones');
  const macs = sim.addGroup('engineering_macs');
  const contractors = sim.addGroup('contractors');
  const finance = sim.addGroup('Finance');
  const vpp = (type: string, name: string, bundleId: string, adamId: string, device = true) => ({
    '@odata.type': `#microsoft.graph.${type}`,
    displayName: name,
    publisher: 'App Store',
    bundleId,
    appStoreUrl: `https://apps.apple.com/us/app/x/id${adamId}`,
    licensingType: { supportsUserLicensing: true, supportsDeviceLicensing: device },
    vppTokenId: 'token-1',
  });
  sim.addApp({ '@odata.type': '#microsoft.graph.iosStoreApp', displayName: 'Unrelated store app', bundleId: 'com.example.unrelated', appStoreUrl: 'https://apps.apple.com/us/app/x/id1' });
  sim.addApp({ '@odata.type': '#microsoft.graph.androidStoreApp', displayName: 'Not Apple' });
  const slack = sim.addApp(vpp('iosVppApp', 'Slack', 'com.tinyspeck.chatlyio', '618783545'), [
    {
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'available',
      target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: finance, deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: 'none' },
      settings: { '@odata.type': '#microsoft.graph.iosVppAppAssignmentSettings', useDeviceLicensing: false, vpnConfigurationId: null, uninstallOnDeviceRemoval: null, isRemovable: null, preventManagedAppBackup: null, preventAutoAppUpdate: true },
    },
    {
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'required',
      source: 'policySets',
      sourceId: 'policy-set-1',
      target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget', deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: 'none' },
      settings: null,
    },
  ]);
  const outlook = sim.addApp(vpp('iosVppApp', 'Microsoft Outlook', 'com.microsoft.Office.Outlook', '951937596'));
  const zoomIos = sim.addApp(vpp('iosVppApp', 'Zoom', 'us.zoom.videomeetings', '546505307', false));
  const zoomMac = sim.addApp(vpp('macOsVppApp', 'Zoom for Mac', 'us.zoom.videomeetings', '546505307', false));
  const fieldTool = sim.addApp({ '@odata.type': '#microsoft.graph.iosLobApp', displayName: 'Field Tool', publisher: 'Example', bundleId: 'com.example.fieldtool', fileName: 'FieldTool.ipa' });
  sim.addDeviceConfiguration({ id: VPN_ID, '@odata.type': '#microsoft.graph.iosVpnConfiguration', displayName: 'Per-app VPN (managed by the network team)', description: 'not applemdm' });
  return {
    sim,
    server: `intune://${TENANT_ID}?group.sales_iphones=${encodeURIComponent('Sales iPhones')}`,
    env: sim.env(),
    ids: { slack, outlook, zoomIos, zoomMac, fieldTool, sales, macs, contractors, finance },
    close: () => sim.close(),
  };
}
