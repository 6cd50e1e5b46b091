import type { Store } from './store/store';

export interface ChangeTargets {
  declarations?: string[];
  sets?: string[];
  ids?: string[];
}

/**
 * KMFDDM sends a DeclarativeManagement command, through the MDM server, to every enrollment a change reaches
 * (declaration → sets → enrollments). The embedded server has no MDM channel, so it records the notification per
 * enrollment instead; the device simulator polls that record and syncs. Call inside the write's transaction, so a
 * change and its notification are committed together. Returns the enrollments notified.
 */
export function recordChange(store: Store, targets: ChangeTargets, now: string): string[] {
  const ids = store.sets.enrollmentsReached(targets.declarations ?? [], targets.sets ?? [], targets.ids ?? []);
  store.enrollments.recordNotifications(ids, now);
  return ids;
}
