import { groupActivationIdentifier } from '../../../apple/activation';
import { deviceGroupRules } from './rules';
import type { ResourceKind } from '../resource-kind';
import { activationPayloadMatches } from './activation-match';

/** applemdm_device_group: a KMFDDM set and its one activation, compiled once every configuration is known. */
export const deviceGroupKind: ResourceKind = {
  type: 'applemdm_device_group',
  yamlKey: 'device_groups',
  fileStem: 'device-groups',
  rules: deviceGroupRules,
  compile: () => [],
  cdktf: { className: 'DeviceGroup', declare: 'declareDeviceGroups', handle: 'groups' },
  keptFromState: [],
  decoder: {
    shape: 'set',
    unitKey: (set) => `set:${set}`,
    fallbackName: 'group',
    decode(u, r, ctx) {
      const members = ctx.inv.sets.get(u.identifier) ?? [];
      const configurations = members.filter((id) => id !== u.activation);
      const strangers = configurations.filter((id) => !ctx.importable.has(id));
      if (strangers.length) return { reason: `its set also delivers ${strangers.join(', ')}, which applemdm cannot import; the group's activation would lose ${strangers.length === 1 ? 'it' : 'them'}.` };
      const mismatch = activationPayloadMatches(ctx.inv, u, configurations);
      if (mismatch) return { reason: mismatch };
      r.objects.push(`set:${u.identifier}`);
      if (u.activation) {
        r.objects.push(`declaration:${u.activation}`);
        if (groupActivationIdentifier({ attributes: {} }, u.identifier) !== u.activation) {
          r.attributes.activation_identifier = u.activation;
          if (!ctx.owned(u.activation)) {
            r.attributes.adopt = true;
            r.adopted = true;
          }
        }
      }
      const enrolled = ctx.inv.setEnrollments.get(u.identifier) ?? [];
      if (enrolled.length) r.attributes.members = { enrollment_ids: [...enrolled].sort() };
      return { resources: [r] };
    },
  },
};
