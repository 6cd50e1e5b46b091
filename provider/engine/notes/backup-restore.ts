import type { ResourceInstance } from '../../core/document';

/**
 * What happens to an app after a device is restored from backup when "prevent backup" is on, by app type and intent
 * (apple-mdm.md §10, from Intune's documented behaviour): some apps come back on their own, others need a sync or the
 * user. Reviewers need this before turning the setting on for a population.
 */
export type AppKind = 'store' | 'vpp-user' | 'vpp-device' | 'in-house';

export function appKind(app: ResourceInstance): AppKind {
  if (typeof app.attributes.manifest_url === 'string') return 'in-house';
  if (app.attributes.license === 'device') return 'vpp-device';
  if (app.attributes.license === 'user') return 'vpp-user';
  return 'store';
}

const AUTOMATIC = 'reinstalls automatically after a restore (the icon shows "Waiting…"); no action needed';
const NEEDS_SYNC = 'shows a cloud icon after a restore and reinstalls only after a device sync (manual, or the automatic one within about 8 hours)';
const USER_INSTALL = 'shows a cloud icon after a restore; the user must install it again from the self-service catalog';

const TABLE: Record<AppKind, Record<'required' | 'available', string>> = {
  store: { required: AUTOMATIC, available: AUTOMATIC },
  'vpp-user': { required: AUTOMATIC, available: AUTOMATIC },
  'vpp-device': { required: NEEDS_SYNC, available: USER_INSTALL },
  'in-house': { required: NEEDS_SYNC, available: USER_INSTALL },
};

const LABEL: Record<AppKind, string> = {
  store: 'App Store app without a licence',
  'vpp-user': 'user-licensed Apps and Books app',
  'vpp-device': 'device-licensed Apps and Books app',
  'in-house': 'in-house app',
};

export function backupRestoreText(kind: AppKind, intent: 'required' | 'available'): string {
  return `Prevent backup: app data is not backed up; this ${LABEL[kind]} (${intent}) ${TABLE[kind][intent]}.`;
}

export function backupRestoreRisk(kind: AppKind, intent: 'required' | 'available'): 'low' | 'medium' {
  return TABLE[kind][intent] === AUTOMATIC ? 'low' : 'medium';
}
