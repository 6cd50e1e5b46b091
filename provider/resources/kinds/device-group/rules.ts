import type { DeviceGroupAttributes } from '../../generated';
import { attributesOf, type ResourceRules, type RuleContext } from '../../rule-context';

const MEMBER_LISTS = ['serial_numbers', 'udids', 'enrollment_ids'] as const;

/**
 * applemdm_device_group. A device listed in a group declared supervised and in one declared unsupervised makes
 * every supervision check wrong for it, so that contradiction is reported.
 */
export const deviceGroupRules: ResourceRules = {
  type: 'applemdm_device_group',
  checkDocument(ctx: RuleContext): void {
    const firstSeen = new Map<string, { group: string; supervised: string }>();
    for (const group of ctx.valid('applemdm_device_group')) {
      const attrs = attributesOf<DeviceGroupAttributes>(group);
      const supervised = attrs.supervised ?? 'mixed';
      for (const list of MEMBER_LISTS) {
        (attrs.members?.[list] ?? []).forEach((device, i) => {
          const earlier = firstSeen.get(device);
          if (!earlier) {
            firstSeen.set(device, { group: group.name, supervised });
          } else if ((earlier.supervised === 'true' && supervised === 'false') || (earlier.supervised === 'false' && supervised === 'true')) {
            ctx.warning(
              group,
              `/members/${list}/${i}`,
              'Contradictory supervision',
              `Device ${device} is in "${earlier.group}" (supervised: ${earlier.supervised}) and "${group.name}" (supervised: ${supervised}); a device is either supervised or not.`,
              'supervision-contradiction',
            );
          }
        });
      }
    }
  },
};
