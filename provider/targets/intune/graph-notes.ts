import type { IntuneSnapshot } from '../../backends/intune/read-state';
import type { DesiredDocument } from '../../core/document';
import type { GraphDesired } from './graph-desired';
import { appKind, backupRestoreRisk, backupRestoreText } from '../../engine/notes/backup-restore';
import { maxRisk, type PlanNote, type ResourceChange } from '../../engine/plan';

/**
 * What a reviewer must know about an Intune change: install-time settings (Intune reconfigures required apps already
 * installed, but available ones only when reinstalled), the restore behaviour under "Prevent iCloud app backup", and
 * the other assignments of an app that a rewrite sends back unchanged.
 */
const INSTALL_TIME = /\.settings\.(preventManagedAppBackup|uninstallOnDeviceRemoval)$/;

export function addGraphNotes(input: { document: DesiredDocument; changes: ResourceChange[]; desired: GraphDesired; snapshot: IntuneSnapshot }): void {
  const byAddress = new Map(input.document.resources.map((r) => [r.address, r]));
  for (const change of input.changes) {
    if (change.action === 'noop') continue;
    const notes: PlanNote[] = [];
    const resource = byAddress.get(change.address);
    if (change.action === 'delete') notes.push({ code: 'delete', risk: 'high', text: 'Deleting removes it from every device in scope.' });
    if (resource?.type === 'applemdm_app_assignment') {
      const intent = resource.attributes.intent;
      const settings = (resource.attributes.settings ?? {}) as Record<string, unknown>;
      const changedInstallTime = change.keyDiffs.filter((k) => INSTALL_TIME.test(k.path) && k.before !== undefined);
      if (change.action === 'update' && changedInstallTime.length) {
        notes.push({
          code: 'install-time',
          risk: 'medium',
          text: `${[...new Set(changedInstallTime.map((k) => INSTALL_TIME.exec(k.path)![1]))].join(' and ')} apply at install time: Intune reconfigures required apps already installed when this is saved; users with the app from an available assignment get the change only when they reinstall it.`,
        });
      }
      const app = byAddress.get(String(resource.attributes.app));
      if (settings.prevent_backup === true && app && (intent === 'required' || intent === 'available')) {
        const kind = appKind(app);
        notes.push({ code: 'backup-restore', risk: backupRestoreRisk(kind, intent), text: backupRestoreText(kind, intent) });
      }
      const ours = new Set(input.desired.assignments.filter((d) => d.address === change.address).map((d) => `${d.app.id}/${d.target.groupId.toLowerCase()}`));
      const appIds = new Set(input.desired.assignments.filter((d) => d.address === change.address).map((d) => d.app.id));
      let foreign = 0;
      for (const id of appIds) foreign += (input.snapshot.assignments.get(id) ?? []).filter((a) => !ours.has(`${id}/${(a.groupId ?? '').toLowerCase()}`)).length;
      if (foreign) {
        notes.push({ code: 'foreign-assignments', risk: 'low', text: `${foreign} other assignment(s) of the same app, not this resource's, are sent back unchanged (Intune's assign replaces the whole list).` });
      }
    }
    change.notes.push(...notes);
    change.risk = maxRisk([change.risk, ...notes.map((n) => n.risk)]);
  }
}
