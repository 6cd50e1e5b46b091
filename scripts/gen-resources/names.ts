import type { ResourceType } from '../../provider/core/document';
import { resourceKind } from '../../provider/core/naming';

/** applemdm_app_assignment → app-assignment (file) and AppAssignmentAttributes (interface). */
export function typeFileName(type: ResourceType): string {
  return resourceKind(type);
}

export function typeInterfaceName(type: ResourceType): string {
  return (
    resourceKind(type)
      .split('-')
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join('') + 'Attributes'
  );
}
