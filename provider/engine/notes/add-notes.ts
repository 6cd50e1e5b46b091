import { keyFacts, supportOn } from '../../apple/schema';
import type { EnrollmentRecord } from '../../backends/contract';
import type { DesiredDocument, Platform } from '../../core/document';
import type { PlanNote, ResourceChange } from '../plan';
import { maxRisk } from '../plan';
import type { ActualObjects, DesiredObjects } from '../server-objects';
import { appKind, backupRestoreRisk, backupRestoreText } from './backup-restore';
import { declarationIds, enrollmentsInScope, unsupervised } from './scope-devices';

export interface NotesInput {
  document: DesiredDocument;
  changes: ResourceChange[];
  desired: DesiredObjects;
  actual: ActualObjects;
  /** The server's enrollment registry, when it has one. */
  enrollments?: EnrollmentRecord[];
  stackPrefix: string;
}

const INSTALL_TIME_KEYS = new Set(['IncludeInBackup']);
const RESTRICTIONS = 'com.apple.applicationaccess';

/** Adds the consequences a reviewer must see to each change, and raises its risk accordingly. */
export function addNotes(input: NotesInput): void {
  const byAddress = new Map(input.document.resources.map((r) => [r.address, r]));
  for (const change of input.changes) {
    if (change.action === 'noop') continue;
    const notes: PlanNote[] = [];
    const resource = byAddress.get(change.address);
    const devices = enrollmentsInScope(declarationIds(change.objects), input.desired, input.actual);
    const deviceText = input.enrollments || devices.length ? `${devices.length} device(s)` : 'every device in scope';

    if (change.action === 'delete') {
      notes.push({ code: 'delete', risk: 'high', text: `Deleting removes what it delivers from ${deviceText}.` });
    }
    if (change.action === 'replace') {
      notes.push({ code: 'replace', risk: 'high', text: `Replaced (${change.reason}): ${deviceText} remove the old object and install the new one.` });
    }
    if (change.action === 'update' && change.keyDiffs.some((k) => k.object === 'profile')) {
      notes.push({ code: 'profile-reinstall', risk: 'high', text: `The configuration profile is reinstalled on ${deviceText}.` });
    }
    if (change.action === 'update' && change.keyDiffs.some((k) => INSTALL_TIME_KEYS.has(k.path))) {
      notes.push({
        code: 'install-time',
        risk: 'medium',
        text: `prevent_backup takes effect only when the app is (re)installed: ${deviceText} re-evaluate the app declaration.`,
      });
    }
    if (resource?.type === 'applemdm_app_assignment') {
      const settings = (resource.attributes.settings ?? {}) as Record<string, unknown>;
      const intent = resource.attributes.intent;
      const app = byAddress.get(String(resource.attributes.app));
      if (settings.prevent_backup === true && app && (intent === 'required' || intent === 'available')) {
        const kind = appKind(app);
        notes.push({ code: 'backup-restore', risk: backupRestoreRisk(kind, intent), text: backupRestoreText(kind, intent) });
      }
    }
    if (resource?.type === 'applemdm_restrictions') {
      notes.push(...restrictionNotes(change, devices, input));
    }
    change.notes.push(...notes);
    change.risk = maxRisk([change.risk, ...notes.map((n) => n.risk)]);
  }
}

function restrictionNotes(change: ResourceChange, devices: string[], input: NotesInput): PlanNote[] {
  const notes: PlanNote[] = [];
  const keys = change.keyDiffs.filter((k) => k.object === 'profile' && k.after !== undefined).map((k) => k.path);
  const platforms = Object.keys(input.document.stack.targets) as Platform[];
  const unsup = unsupervised(devices, input.enrollments);
  for (const key of keys) {
    const facts = keyFacts(RESTRICTIONS, key);
    if (!facts) continue;
    const supervisedOn = platforms.filter((p) => supportOn(facts, p).supervisedOnly);
    if (supervisedOn.length && unsup.length) {
      notes.push({
        code: 'supervised-only',
        risk: 'medium',
        text: `${key} needs supervision on ${supervisedOn.join(', ')}; ${unsup.length} unsupervised device(s) in scope ignore it.`,
      });
    }
    if (facts.replacement) {
      notes.push({
        code: 'legacy-software-update',
        risk: 'medium',
        text: `${key} is deprecated in the 26 releases and removed in 27; use ${facts.replacement.declaration} instead.`,
      });
    }
  }
  return notes;
}
