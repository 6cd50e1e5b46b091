import { appAssignmentKind } from './app-assignment';
import { appKind } from './app';
import { deviceGroupKind } from './device-group';
import type { ResourceKind } from './resource-kind';
import { restrictionsKind } from './restrictions';
import { softwareUpdateKind } from './software-update';

/**
 * THE list of resource kinds applemdm ships. Everything that enumerates kinds reads it through ./registry.ts. The order
 * is the order of schemas, documentation, YAML schema keys and imported files.
 */
export const BUILT_IN_KINDS: readonly ResourceKind[] = [deviceGroupKind, appKind, appAssignmentKind, restrictionsKind, softwareUpdateKind];
