import { ODATA, type PolicySetting, type SettingInstance } from './graph-types';

/**
 * Software update on Intune's current route (intune-graph.md §5.3): Apple's DDM software-update declarations through
 * the settings catalog (`configurationPolicies`, platforms iOS or macOS, technologies mdm + appleRemoteManagement).
 * Setting definition ids are as Intune stores them in exported policies; option ids follow `<settingId>_<value>`.
 *
 * Not confirmed against a live tenant (docs/intune.md lists them): the option numbers of the three-way choices
 * (Allowed 0, AlwaysOn 1, AlwaysOff 2; All 0, Oldest 1, Newest 2: Apple's enum order, matching exported policies where
 * 1 is "always on") and the deadline format, which exported policies write as "MM/DD/YYYY HH:MM:SS".
 */
export type AutomaticAction = 'Allowed' | 'AlwaysOn' | 'AlwaysOff';
export type Cadence = 'All' | 'Oldest' | 'Newest';

export interface SoftwareUpdateSpec {
  deferrals?: { combinedDays?: number; majorDays?: number; minorDays?: number; systemDays?: number };
  /** A specific version by a deadline (Apple local time yyyy-mm-ddThh:mm:ss), or the latest one N days after release. */
  enforcement?:
    | { kind: 'specific'; targetOsVersion: string; targetLocalDateTime: string; targetBuildVersion?: string; detailsUrl?: string }
    | { kind: 'latest'; delayInDays: number; installTime: string };
  automaticActions?: { download?: AutomaticAction; installOsUpdates?: AutomaticAction; installSecurityUpdate?: AutomaticAction };
  rapidSecurityResponse?: { enable?: boolean; enableRollback?: boolean };
  notifications?: boolean;
  recommendedCadence?: Cadence;
  allowStandardUserOsUpdates?: boolean;
}

export const TECHNOLOGIES = 'mdm,appleRemoteManagement';

const ACTION_OPTION: Record<AutomaticAction, string> = { Allowed: '0', AlwaysOn: '1', AlwaysOff: '2' };
const CADENCE_OPTION: Record<Cadence, string> = { All: '0', Oldest: '1', Newest: '2' };

/** The policy's settings, in a fixed order (so a rebuilt policy is byte-identical). */
export function softwareUpdateSettings(spec: SoftwareUpdateSpec): PolicySetting[] {
  const roots: SettingInstance[] = [];
  const e = spec.enforcement;
  if (e?.kind === 'specific') {
    roots.push(
      group('enforcement_enforcement', [
        ...(e.detailsUrl ? [text('enforcement_detailsurl', e.detailsUrl)] : []),
        ...(e.targetBuildVersion ? [text('enforcement_targetbuildversion', e.targetBuildVersion)] : []),
        text('enforcement_targetlocaldatetime', intuneDateTime(e.targetLocalDateTime)),
        text('enforcement_targetosversion', e.targetOsVersion),
      ]),
    );
  } else if (e?.kind === 'latest') {
    roots.push(
      group('ddm-latestsoftwareupdate_ddm-latestsoftwareupdate', [
        choice('ddm-latestsoftwareupdate_enforcelatestsoftwareupdateversion', '0', [
          integer('ddm-latestsoftwareupdate_delayindays', e.delayInDays),
          text('ddm-latestsoftwareupdate_installtime', e.installTime),
        ]),
      ]),
    );
  }
  const children: SettingInstance[] = [];
  if (spec.allowStandardUserOsUpdates !== undefined) children.push(choice('softwareupdate_allowstandarduserosupdates', String(spec.allowStandardUserOsUpdates)));
  const a = spec.automaticActions;
  if (a && (a.download || a.installOsUpdates || a.installSecurityUpdate)) {
    children.push(
      group('softwareupdate_automaticactions', [
        ...(a.download ? [choice('softwareupdate_automaticactions_download', ACTION_OPTION[a.download])] : []),
        ...(a.installOsUpdates ? [choice('softwareupdate_automaticactions_installosupdates', ACTION_OPTION[a.installOsUpdates])] : []),
        ...(a.installSecurityUpdate ? [choice('softwareupdate_automaticactions_installsecurityupdate', ACTION_OPTION[a.installSecurityUpdate])] : []),
      ]),
    );
  }
  const d = spec.deferrals;
  if (d && [d.combinedDays, d.majorDays, d.minorDays, d.systemDays].some((x) => x !== undefined)) {
    children.push(
      group('softwareupdate_deferrals', [
        ...(d.combinedDays !== undefined ? [integer('softwareupdate_deferrals_combinedperiodindays', d.combinedDays)] : []),
        ...(d.majorDays !== undefined ? [integer('softwareupdate_deferrals_majorperiodindays', d.majorDays)] : []),
        ...(d.minorDays !== undefined ? [integer('softwareupdate_deferrals_minorperiodindays', d.minorDays)] : []),
        ...(d.systemDays !== undefined ? [integer('softwareupdate_deferrals_systemperiodindays', d.systemDays)] : []),
      ]),
    );
  }
  if (spec.notifications !== undefined) children.push(choice('softwareupdate_notifications', String(spec.notifications)));
  const r = spec.rapidSecurityResponse;
  if (r && (r.enable !== undefined || r.enableRollback !== undefined)) {
    children.push(
      group('softwareupdate_rapidsecurityresponse', [
        ...(r.enable !== undefined ? [choice('softwareupdate_rapidsecurityresponse_enable', String(r.enable))] : []),
        ...(r.enableRollback !== undefined ? [choice('softwareupdate_rapidsecurityresponse_enablerollback', String(r.enableRollback))] : []),
      ]),
    );
  }
  if (spec.recommendedCadence) children.push(choice('softwareupdate_recommendedcadence', CADENCE_OPTION[spec.recommendedCadence]));
  if (children.length) roots.push(group('softwareupdate_softwareupdate', children));
  return roots.map((settingInstance) => ({ '@odata.type': ODATA.setting, settingInstance }));
}

/**
 * A settings tree as setting id → value, for per-key diffs: choices give their option id, simple settings their value;
 * groups contribute their children (ids are globally unique, so the flat view loses nothing we write).
 */
export function flattenSettings(settings: readonly { settingInstance?: unknown }[]): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    const id = typeof n.settingDefinitionId === 'string' ? n.settingDefinitionId : undefined;
    const choiceValue = n.choiceSettingValue as { value?: unknown; children?: unknown[] } | undefined;
    const simpleValue = n.simpleSettingValue as { value?: unknown } | undefined;
    const groups = (n.groupSettingCollectionValue as { children?: unknown[] }[] | undefined) ?? [];
    if (id && choiceValue) {
      if (typeof choiceValue.value === 'string') out[id] = choiceValue.value;
      for (const c of choiceValue.children ?? []) visit(c);
    } else if (id && simpleValue && (typeof simpleValue.value === 'string' || typeof simpleValue.value === 'number')) {
      out[id] = simpleValue.value;
    }
    for (const g of groups) for (const c of g.children ?? []) visit(c);
  };
  for (const s of settings) visit(s.settingInstance);
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => x.localeCompare(y)));
}

/** Apple's "yyyy-mm-ddThh:mm:ss" as exported Intune policies write a deadline. */
export function intuneDateTime(apple: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(apple);
  return m ? `${m[2]}/${m[3]}/${m[1]} ${m[4]}:${m[5]}:${m[6]}` : apple;
}

function group(id: string, children: SettingInstance[]): SettingInstance {
  return { '@odata.type': ODATA.groupCollectionInstance, settingDefinitionId: id, groupSettingCollectionValue: [{ children }] };
}

function choice(id: string, option: string, children: SettingInstance[] = []): SettingInstance {
  return { '@odata.type': ODATA.choiceInstance, settingDefinitionId: id, choiceSettingValue: { '@odata.type': ODATA.choiceValue, value: `${id}_${option}`, children } };
}

function text(id: string, value: string): SettingInstance {
  return { '@odata.type': ODATA.simpleInstance, settingDefinitionId: id, simpleSettingValue: { '@odata.type': ODATA.stringValue, value } };
}

function integer(id: string, value: number): SettingInstance {
  return { '@odata.type': ODATA.simpleInstance, settingDefinitionId: id, simpleSettingValue: { '@odata.type': ODATA.integerValue, value } };
}
