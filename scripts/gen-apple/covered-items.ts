import type { SchemaKind } from '../../provider/apple/schema/types';

export interface CoveredItem {
  /** The payload type, command request type or declaration type (TopLevel / CommonPayloadKeys / DeclarationBase for envelopes). */
  name: string;
  kind: SchemaKind;
  /** Path of Apple's YAML, relative to the Apple schema directory. */
  source: string;
}

export const PROFILE_TOP_LEVEL = 'mdm/profiles/TopLevel.yaml';
export const PROFILE_COMMON_KEYS = 'mdm/profiles/CommonPayloadKeys.yaml';
export const DECLARATION_BASE = 'declarative/declarations/declarationbase.yaml';

/** Everything schemas/apple/ covers. Profile payloads listed here are also accepted inside a whole .mobileconfig. */
export const COVERED_ITEMS: CoveredItem[] = [
  { name: 'TopLevel', kind: 'profile', source: PROFILE_TOP_LEVEL },
  { name: 'CommonPayloadKeys', kind: 'profile', source: PROFILE_COMMON_KEYS },
  { name: 'com.apple.applicationaccess', kind: 'profile', source: 'mdm/profiles/com.apple.applicationaccess.yaml' },
  { name: 'com.apple.SoftwareUpdate', kind: 'profile', source: 'mdm/profiles/com.apple.SoftwareUpdate.yaml' },
  { name: 'InstallApplication', kind: 'command', source: 'mdm/commands/application.install.yaml' },
  { name: 'DeclarationBase', kind: 'declaration', source: DECLARATION_BASE },
  { name: 'com.apple.activation.simple', kind: 'declaration', source: 'declarative/declarations/activations/simple.yaml' },
  {
    name: 'com.apple.configuration.app.managed',
    kind: 'declaration',
    source: 'declarative/declarations/configurations/app.managed.yaml',
  },
  {
    name: 'com.apple.configuration.legacy',
    kind: 'declaration',
    source: 'declarative/declarations/configurations/legacy.yaml',
  },
  {
    name: 'com.apple.configuration.softwareupdate.enforcement.specific',
    kind: 'declaration',
    source: 'declarative/declarations/configurations/softwareupdate.enforcement.specific.yaml',
  },
  // Carries the app records (provider/apple/app-record.ts) and the apply lock on servers without a lock API.
  { name: 'com.apple.management.properties', kind: 'declaration', source: 'declarative/declarations/management/properties.yaml' },
  {
    name: 'com.apple.configuration.softwareupdate.settings',
    kind: 'declaration',
    source: 'declarative/declarations/configurations/softwareupdate.settings.yaml',
  },
];

export const ENVELOPE_NAMES = new Set(['TopLevel', 'CommonPayloadKeys', 'DeclarationBase']);

export function schemaFileName(item: Pick<CoveredItem, 'kind' | 'name'>): string {
  return `${item.kind}.${item.name}.schema.json`;
}

export function schemaId(item: Pick<CoveredItem, 'kind' | 'name'>): string {
  return `urn:applemdm:apple:${item.kind}.${item.name}`;
}
