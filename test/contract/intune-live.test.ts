import { openIntuneBackend } from '../../provider/backends/intune/intune-backend';
import type { AppleAppType } from '../../provider/backends/intune/apps';
import { runIntuneContract } from './intune-contract';

/**
 * The intune contract against a real tenant: runs only when the tenant's environment is set (docs/intune.md, "Live
 * acceptance tests"), read-only unless APPLEMDM_INTUNE_LIVE_WRITE=1. Nothing here ever creates or deletes an app or a
 * group; write cases assign the given app to the given groups and remove those assignments again, and create and
 * delete one marked device configuration.
 */
const env = process.env;
const required = ['APPLEMDM_INTUNE_TENANT_ID', 'APPLEMDM_INTUNE_CLIENT_ID', 'APPLEMDM_INTUNE_LIVE_APP', 'APPLEMDM_INTUNE_LIVE_GROUPS'];
const missing = required.filter((k) => !env[k]);
const credential = env.APPLEMDM_INTUNE_CLIENT_SECRET || env.APPLEMDM_INTUNE_CLIENT_SECRET_FILE || env.APPLEMDM_INTUNE_CERTIFICATE_FILE;
const skip = missing.length || !credential ? `live Intune tenant not configured (${[...missing, ...(credential ? [] : ['a credential'])].join(', ')} unset)` : undefined;

runIntuneContract(
  'live tenant',
  async () => {
    // APPLEMDM_INTUNE_LIVE_APP: "<type>:<bundle id>", e.g. "iosStoreApp:com.example.app"; GROUPS: two names or ids, comma-separated.
    const [type, bundleId] = env.APPLEMDM_INTUNE_LIVE_APP!.split(':') as [AppleAppType, string];
    const groups = env.APPLEMDM_INTUNE_LIVE_GROUPS!.split(',').map((g) => g.trim()) as [string, string];
    return {
      backend: openIntuneBackend({ url: 'intune://', env }),
      app: { bundleId, type },
      groups,
      secret: env.APPLEMDM_INTUNE_CLIENT_SECRET ?? '',
      canWrite: env.APPLEMDM_INTUNE_LIVE_WRITE === '1',
      close: async () => undefined,
    };
  },
  skip ? { skip } : {},
);
