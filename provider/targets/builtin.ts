import { intuneTargetType } from './intune/intune-target';
import { kmfddmTargetType } from './kmfddm/kmfddm-target';
import type { TargetType } from './target';

/**
 * The servers applemdm ships with, one line each. A later entry takes precedence for the URLs it matches, so KMFDDM
 * (the catch-all) comes first. A new server adds its folder under provider/targets/ and one line here.
 */
export const BUILTIN_TARGETS: readonly TargetType[] = [
  kmfddmTargetType,
  intuneTargetType,
];
