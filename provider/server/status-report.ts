import type { EnrollmentFacts } from './store/enrollments';
import { describeType } from './validation';
import { isRecord } from '../core/records';

/**
 * Parsing of a DDM status report (Apple: StatusReport) into what the management API serves, following KMFDDM's
 * reading of it:
 * - `.StatusItems.management.declarations.<category>[]` → one declaration status per item; an item neither active
 *   nor valid is also recorded as a status error at path `.StatusItems.management.declarations.<category>`;
 * - every other leaf under `.StatusItems.management.` and `.StatusItems.device.` → flattened status values (path of
 *   object keys; array elements share their array's path);
 * - each element of `.Errors` → a status error at path `.Errors`.
 * Other status items (softwareupdate.*, app.managed.list, ...) stay only in the raw report, as in KMFDDM.
 */
export interface DeclarationStatusItem {
  itemType: string;
  identifier: string;
  active: boolean;
  valid: string;
  serverToken: string;
  reasons?: unknown;
}

export interface StatusValueItem {
  path: string;
  containerType: 'object' | 'array';
  valueType: 'string' | 'number' | 'boolean';
  value: string;
}

export interface StatusErrorItem {
  path: string;
  error: unknown;
}

export interface ParsedStatusReport {
  /** Undefined when the report carries no `management.declarations` item (incremental reports often don't). */
  declarations?: DeclarationStatusItem[];
  values: StatusValueItem[];
  errors: StatusErrorItem[];
  fullReport: boolean;
  /** Registry facts found under `device.*`. */
  facts: Partial<EnrollmentFacts>;
}

const DECLARATIONS_PATH = '.StatusItems.management.declarations';

export function parseStatusReport(body: unknown): { value?: ParsedStatusReport; error?: string } {
  if (!isRecord(body)) return { error: `A status report must be a JSON object, got ${describeType(body)}.` };
  const { StatusItems: items, Errors: errors, FullReport: full } = body;
  if (items !== undefined && !isRecord(items)) return { error: `StatusItems must be an object, got ${describeType(items)}.` };
  if (errors !== undefined && !Array.isArray(errors)) return { error: `Errors must be an array, got ${describeType(errors)}.` };
  if (full !== undefined && typeof full !== 'boolean') return { error: `FullReport must be a boolean, got ${describeType(full)}.` };

  const report: ParsedStatusReport = { values: [], errors: [], fullReport: full === true, facts: {} };
  const management = items?.management;
  const device = items?.device;
  if (management !== undefined && !isRecord(management)) {
    return { error: `StatusItems.management must be an object, got ${describeType(management)}.` };
  }
  if (device !== undefined && !isRecord(device)) {
    return { error: `StatusItems.device must be an object, got ${describeType(device)}.` };
  }
  if (management) {
    for (const [key, value] of Object.entries(management)) {
      if (key === 'declarations') {
        const parsed = parseDeclarations(value);
        if (parsed.error) return { error: parsed.error };
        report.declarations = parsed.items;
        report.errors.push(...(parsed.errors ?? []));
      } else {
        flatten(value, `.StatusItems.management.${key}`, 'object', report.values);
      }
    }
  }
  if (device) {
    for (const [key, value] of Object.entries(device)) flatten(value, `.StatusItems.device.${key}`, 'object', report.values);
    report.facts = deviceFacts(device);
  }
  for (const e of errors ?? []) report.errors.push({ path: '.Errors', error: e });
  return { value: report };
}

function parseDeclarations(value: unknown): { items?: DeclarationStatusItem[]; errors?: StatusErrorItem[]; error?: string } {
  if (!isRecord(value)) return { error: `StatusItems.management.declarations must be an object, got ${describeType(value)}.` };
  const items: DeclarationStatusItem[] = [];
  const errors: StatusErrorItem[] = [];
  for (const [category, list] of Object.entries(value)) {
    const where = `StatusItems.management.declarations.${category}`;
    if (!Array.isArray(list)) return { error: `${where} must be an array, got ${describeType(list)}.` };
    for (const [i, item] of list.entries()) {
      if (!isRecord(item)) return { error: `${where}[${i}] must be an object, got ${describeType(item)}.` };
      const { identifier, active, valid, reasons } = item;
      const token = item['server-token'];
      if (typeof identifier !== 'string' || identifier === '') return { error: `${where}[${i}].identifier must be a non-empty string.` };
      if (active !== undefined && typeof active !== 'boolean') return { error: `${where}[${i}].active must be a boolean.` };
      if (valid !== undefined && typeof valid !== 'string') return { error: `${where}[${i}].valid must be a string.` };
      if (token !== undefined && typeof token !== 'string') return { error: `${where}[${i}].server-token must be a string.` };
      if (reasons !== undefined && !Array.isArray(reasons)) return { error: `${where}[${i}].reasons must be an array.` };
      const status: DeclarationStatusItem = {
        itemType: category,
        identifier,
        active: active === true,
        valid: valid ?? '',
        serverToken: token ?? '',
        ...(reasons !== undefined ? { reasons } : {}),
      };
      items.push(status);
      if (!status.active && status.valid !== 'valid') errors.push({ path: `${DECLARATIONS_PATH}.${category}`, error: item });
    }
  }
  return { items, errors };
}

function flatten(value: unknown, path: string, container: 'object' | 'array', out: StatusValueItem[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, path, 'array', out);
  } else if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, `${path}.${k}`, 'object', out);
  } else if (typeof value === 'string') {
    out.push({ path, containerType: container, valueType: 'string', value });
  } else if (typeof value === 'number') {
    out.push({ path, containerType: container, valueType: 'number', value: JSON.stringify(value) });
  } else if (typeof value === 'boolean') {
    out.push({ path, containerType: container, valueType: 'boolean', value: String(value) });
  }
}

function deviceFacts(device: Record<string, unknown>): Partial<EnrollmentFacts> {
  const facts: Partial<EnrollmentFacts> = {};
  const str = (...keys: string[]): string | undefined => {
    let v: unknown = device;
    for (const k of keys) v = isRecord(v) ? v[k] : undefined;
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const platform = str('operating-system', 'family');
  const version = str('operating-system', 'version');
  const build = str('operating-system', 'build-version');
  const model = str('model', 'identifier') ?? str('model', 'marketing-name') ?? str('model', 'family');
  const serial = str('identifier', 'serial-number');
  if (platform) facts.platform = platform;
  if (version) facts.os_version = version;
  if (build) facts.os_build = build;
  if (model) facts.model = model;
  if (serial) facts.serial_number = serial;
  return facts;
}
