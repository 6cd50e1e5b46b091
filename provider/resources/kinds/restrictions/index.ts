import { compileRestrictions } from '../../../apple/restrictions';
import { restrictionsRules } from './rules';
import type { ResourceKind } from '../resource-kind';
import { decodeRestrictionsProfile } from './decode-restrictions';

/** applemdm_restrictions: a com.apple.applicationaccess profile delivered by a legacy declaration. */
export const restrictionsKind: ResourceKind = {
  type: 'applemdm_restrictions',
  yamlKey: 'restrictions',
  fileStem: 'restrictions',
  appleKeyNames: true,
  rules: restrictionsRules,
  compile: compileRestrictions,
  cdktf: { className: 'Restrictions', declare: 'declareRestrictions' },
  keptFromState: ['identifier', 'adopt'],
  decoder: {
    shape: 'configuration',
    unitKey: (id) => `declaration:${id}`,
    fallbackName: 'restrictions',
    async decode(u, r, ctx) {
      const id = u.declarations[0];
      const profile = await ctx.profileOf(id);
      if ('reason' in profile) return profile;
      const decoded = decodeRestrictionsProfile(profile.bytes);
      if (decoded.lost) return { reason: `its profile (${profile.asset}) has what applemdm_restrictions cannot carry: ${decoded.lost.join(', ')}.` };
      Object.assign(r.attributes, decoded.value.attributes);
      r.extraKeys = decoded.value.extraKeys;
      r.objects.push(`declaration:${id}`, `asset:${profile.asset}`);
      return { resources: [r] };
    },
  },
};
