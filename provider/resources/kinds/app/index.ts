import { compileAppRecord, isAppRecord } from '../../../apple/app-record';
import { appRules } from './rules';
import { addressFromIdentifier } from '../address';
import type { ResourceKind } from '../resource-kind';
import { decodeAppRecord } from './decode-app-record';

/** applemdm_app: compiles to its app record; devices get the app through its assignments. */
export const appKind: ResourceKind = {
  type: 'applemdm_app',
  yamlKey: 'apps',
  fileStem: 'apps',
  rules: appRules,
  compile: (ctx, resource) => [compileAppRecord(ctx, resource)],
  cdktf: { className: 'App', declare: 'declareApps', handle: 'apps' },
  keptFromState: [],
  decoder: {
    shape: 'record',
    unitKey: (id) => `declaration:${id}`,
    fallbackName: 'app',
    claims: isAppRecord,
    decode(u, r, ctx) {
      if (!ctx.owned(u.identifier) || addressFromIdentifier(u.identifier, ctx.stackPrefix) !== `${r.type}.${r.name}`) {
        return { reason: 'it is the app record of another stack (applemdm names an app record <prefix>.<stack>.app.<name>).' };
      }
      const decoded = decodeAppRecord(ctx.inv.declarations.get(u.identifier)!.Payload);
      if (decoded.lost) return { reason: `app record keys without an applemdm_app attribute: ${decoded.lost.join(', ')}.` };
      r.attributes = decoded.value;
      r.objects.push(`declaration:${u.identifier}`);
      return { resources: [r] };
    },
  },
};
