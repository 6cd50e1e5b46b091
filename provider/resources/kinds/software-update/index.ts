import { compileSoftwareUpdate } from '../../../apple/software-update';
import { softwareUpdateRules } from './rules';
import type { ResourceKind } from '../resource-kind';
import { decodeSoftwareUpdate } from './decode-software-update';

/** applemdm_software_update: settings and enforcement declarations, plus a legacy deferrals profile when asked. */
export const softwareUpdateKind: ResourceKind = {
  type: 'applemdm_software_update',
  yamlKey: 'software_updates',
  fileStem: 'software-updates',
  rules: softwareUpdateRules,
  compile: compileSoftwareUpdate,
  cdktf: { className: 'SoftwareUpdate', declare: 'declareSoftwareUpdates' },
  keptFromState: ['identifier', 'adopt', 'platform'],
  decoder: {
    shape: 'configuration',
    unitKey: (base) => `software-update:${base}`,
    fallbackName: 'software_update',
    relatedDeclarations: (base) => [`${base}.settings`, `${base}.enforcement`, `${base}.legacy-deferrals`],
    async decode(u, r, ctx) {
      const { inv } = ctx;
      const decoded = decodeSoftwareUpdate(u.settings ? inv.declarations.get(u.settings)!.Payload : undefined, u.enforcement ? inv.declarations.get(u.enforcement)!.Payload : undefined);
      if (decoded.lost) return { reason: `software update keys without an applemdm attribute: ${decoded.lost.join(', ')}.` };
      r.attributes.platform = decoded.value.platform;
      Object.assign(r.attributes, decoded.value.attributes);
      r.review['/platform'] = `not stored on the server: ${decoded.value.platform} inferred from the keys used`;
      for (const id of [u.settings, u.enforcement]) if (id) r.objects.push(`declaration:${id}`);
      if (u.legacyDeferrals) {
        const profile = await ctx.profileOf(u.legacyDeferrals);
        if ('reason' in profile) return profile;
        r.attributes.legacy_profile = true;
        r.objects.push(`declaration:${u.legacyDeferrals}`, `asset:${profile.asset}`);
      }
      return { resources: [r] };
    },
  },
};
