// The quickstart configuration (examples/quickstart/*.yaml) as a CDKTF app. `applemdm validate examples/cdktf` runs
// this file and reads what it synthesizes; a test proves both give the same desired-state document.
// Outside this repository, import from 'applemdm/provider/cdktf' instead of the relative path.
import type { Construct } from 'constructs';
import {
  App,
  AppAssignment,
  ApplemdmProvider,
  AutomaticAction,
  DeviceGroup,
  Intent,
  License,
  Platform,
  Restrictions,
  SoftwareUpdate,
  Supervision,
  cdk,
} from '../../provider/cdktf';

class QuickstartStack extends cdk.TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);

    // Stack settings: the same keys as applemdm.yaml (the platform names under targets are lower-case here).
    new ApplemdmProvider(this, 'applemdm', {
      stack: 'quickstart',
      identifierPrefix: 'com.example.mdm',
      targets: { ios: '18.0', macos: '15.0' },
      // Relative to this directory, and inside it: files a configuration names may not lie outside its directory.
      catalog: 'gdmf-catalog.json',
      // Per-app VPN, content filter, DNS proxy and relay profiles another team installs.
      externalUuids: [
        '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
        '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9',
        '1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9',
        '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A',
      ],
    });

    const salesIphones = new DeviceGroup(this, 'sales_iphones', {
      description: 'Company-owned iPhones used by the sales team',
      supervised: Supervision.SUPERVISED,
      members: { serialNumbers: ['F2LXK0AAHG7J', 'F2LXK0ABHG7J'] },
    });
    const engineeringMacs = new DeviceGroup(this, 'engineering_macs', {
      description: 'Engineering MacBooks, some enrolled by the user',
      supervised: Supervision.MIXED,
    });
    const sales = { groups: [salesIphones.id] };

    const slack = new App(this, 'slack', {
      bundleId: 'com.tinyspeck.chatlyio',
      adamId: '618783545',
      license: License.DEVICE,
      platforms: [Platform.IOS],
    });
    const outlook = new App(this, 'outlook', {
      bundleId: 'com.microsoft.Office.Outlook',
      adamId: '951937596',
      license: License.USER,
      platforms: [Platform.IOS],
    });
    const zoom = new App(this, 'zoom', {
      bundleId: 'us.zoom.videomeetings',
      adamId: '546505307',
      license: License.USER,
      platforms: [Platform.IOS],
    });
    const fieldTool = new App(this, 'field_tool', {
      bundleId: 'com.example.fieldtool',
      manifestUrl: 'https://apps.example.com/fieldtool/manifest.plist',
      platforms: [Platform.IOS],
    });

    new AppAssignment(this, 'slack_sales', {
      app: slack.id,
      intent: Intent.REQUIRED,
      scope: sales,
      settings: {
        preventBackup: true,
        removable: false,
        associatedDomains: ['applinks:slack.com'],
        enableDirectDownloads: true,
      },
    });
    new AppAssignment(this, 'outlook_sales', {
      app: outlook.id,
      intent: Intent.AVAILABLE,
      scope: sales,
      settings: {
        preventBackup: true,
        vpnUuid: '9C1D2E3F-4A5B-4C6D-8E7F-0123456789AB',
      },
    });
    new AppAssignment(this, 'zoom_everyone', {
      app: zoom.id,
      intent: Intent.AVAILABLE,
      scope: { groups: [salesIphones.id, engineeringMacs.id] },
      settings: { tapToPayScreenLock: false },
    });
    new AppAssignment(this, 'field_tool_sales', {
      app: fieldTool.id,
      intent: Intent.REQUIRED,
      scope: sales,
      settings: {
        preventBackup: true,
        contentFilterUuid: '0F1E2D3C-4B5A-4978-8695-A4B3C2D1E0F9',
        dnsProxyUuid: '1A2B3C4D-5E6F-4071-8293-A4B5C6D7E8F9',
        relayUuid: '2B3C4D5E-6F70-4182-93A4-B5C6D7E8F90A',
      },
    });

    new Restrictions(this, 'baseline', {
      scope: sales,
      icloud: { backup: false, documentSync: false, managedAppsSync: false, keychainSync: false, photoLibrary: false },
      openIn: {
        managedToUnmanaged: false,
        unmanagedToManaged: true,
        managedPasteboard: true,
        unmanagedReadManagedContacts: false,
        managedWriteUnmanagedContacts: false,
      },
      allowScreenShot: true,
      allowAssistantWhileLocked: false,
    });

    new SoftwareUpdate(this, 'ios_sales', {
      platform: Platform.IOS,
      scope: sales,
      deferrals: { combinedDays: 14 },
      enforcement: { targetOsVersion: '18.1', targetLocalDatetime: '2027-01-15T18:00:00' },
      automaticActions: {
        download: AutomaticAction.ALWAYS_ON,
        installOsUpdates: AutomaticAction.ALLOWED,
      },
      rapidSecurityResponse: { enable: true, enableRollback: false },
      notifications: true,
    });
  }
}

const app = new cdk.App();
new QuickstartStack(app, 'quickstart');
app.synth();
