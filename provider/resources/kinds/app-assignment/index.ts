import { compileAppAssignment } from '../../../apple/app-assignment';
import { APP_MANAGED } from '../../../apple/app-managed';
import { appAssignmentRules } from './rules';
import type { ResourceKind } from '../resource-kind';
import { decodeAppManaged } from './decode-app-managed';

/** applemdm_app_assignment: an app.managed declaration (and the InstallApplication command) per assignment. */
export const appAssignmentKind: ResourceKind = {
  type: 'applemdm_app_assignment',
  yamlKey: 'app_assignments',
  fileStem: 'app-assignments',
  rules: appAssignmentRules,
  compile: compileAppAssignment,
  cdktf: { className: 'AppAssignment', declare: 'declareAppAssignments' },
  keptFromState: ['identifier', 'adopt'],
  decoder: {
    shape: 'configuration',
    unitKey: (id) => `declaration:${id}`,
    fallbackName: 'assignment',
    claims: (d) => d.Type === APP_MANAGED,
    decode(u, r, ctx) {
      const id = u.declarations[0];
      const decoded = decodeAppManaged(ctx.inv.declarations.get(id)!.Payload);
      if (decoded.lost) return { reason: `app.managed keys without an applemdm attribute: ${decoded.lost.join(', ')}.` };
      let app: string;
      if (u.app) app = ctx.addressOfUnit(u.app)!;
      else {
        const madeUp = ctx.appFor(decoded.value, r.name);
        if ('reason' in madeUp) return { reason: madeUp.reason };
        app = `${madeUp.resource.type}.${madeUp.resource.name}`;
      }
      r.objects.push(`declaration:${id}`);
      r.attributes.app = app;
      r.attributes.intent = decoded.value.intent;
      if (Object.keys(decoded.value.settings).length) r.attributes.settings = decoded.value.settings;
      return { resources: [r] };
    },
  },
};
