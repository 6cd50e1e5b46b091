import * as path from 'node:path';
import type { AppleJsonSchema, AppleKeyAnnotation, AppleSchemaAnnotation, PlatformSupport, Platform } from '../../provider/apple/schema/types';
import {
  COVERED_ITEMS,
  DECLARATION_BASE,
  ENVELOPE_NAMES,
  PROFILE_COMMON_KEYS,
  PROFILE_TOP_LEVEL,
  schemaId,
  type CoveredItem,
} from './covered-items';
import { asRawKeys, dictionaryShape, type RawKey } from './key-schema';
import { readAppleYaml } from './read-apple-yaml';
import { isRecord, resolvePlatforms, type RawSupport } from './supported-os';

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

export interface AppleRelease {
  release: string;
  commit: string;
}

/** One Apple YAML file reduced to what the generator uses. */
interface AppleFile {
  typeName: string;
  support: RawSupport;
  keys: RawKey[];
  apply?: string;
  beta?: boolean;
}

const TYPE_FIELDS = ['payloadtype', 'requesttype', 'declarationtype', 'statusitemtype', 'credentialtype'];

function loadFile(appleDir: string, source: string): AppleFile {
  const file = path.join(appleDir, source);
  const doc = readAppleYaml(file);
  if (!isRecord(doc) || !isRecord(doc.payload)) throw new Error(`${file}: no 'payload' block`);
  const payload = doc.payload;
  const typeField = TYPE_FIELDS.find((f) => typeof payload[f] === 'string');
  return {
    typeName: typeField ? String(payload[typeField]) : '',
    support: isRecord(payload.supportedOS) ? (payload.supportedOS as RawSupport) : {},
    keys: asRawKeys(doc.payloadkeys, source),
    apply: typeof payload.apply === 'string' ? payload.apply : undefined,
    beta: typeof payload.beta === 'boolean' ? payload.beta : undefined,
  };
}

function rootAnnotation(item: CoveredItem, file: AppleFile, release: AppleRelease, keysPath: string[]): AppleSchemaAnnotation {
  return {
    name: item.name,
    kind: item.kind,
    source: item.source,
    release: release.release,
    commit: release.commit,
    platforms: resolvePlatforms(file.support),
    keysPath,
    keys: file.keys.map((k) => k.key),
    apply: file.apply,
    beta: file.beta,
  };
}

function mark(schema: AppleJsonSchema, field: 'common' | 'envelope'): AppleJsonSchema {
  const annotation = schema['x-apple'] as AppleKeyAnnotation;
  return { ...schema, 'x-apple': { ...annotation, [field]: true } };
}

/** A synthetic envelope key (facts from the protocol reference, not from a YAML key). */
function envelopeKey(key: string, schema: AppleJsonSchema, platforms: Partial<Record<Platform, PlatformSupport>>): AppleJsonSchema {
  return { title: key, ...schema, 'x-apple': { key, presence: 'required', plistType: 'string', platforms, envelope: true } };
}

function withConst(schema: AppleJsonSchema, value: string): AppleJsonSchema {
  return { ...schema, enum: [value] };
}

function objectShape(keys: RawKey[], support: RawSupport, where: string): AppleJsonSchema {
  return { type: 'object', ...dictionaryShape(keys, support, where) };
}

export class AppleSchemaBuilder {
  private readonly files = new Map<string, AppleFile>();

  constructor(
    private readonly appleDir: string,
    private readonly release: AppleRelease,
  ) {}

  private file(source: string): AppleFile {
    let file = this.files.get(source);
    if (!file) {
      file = loadFile(this.appleDir, source);
      this.files.set(source, file);
    }
    return file;
  }

  build(item: CoveredItem): AppleJsonSchema {
    const file = this.file(item.source);
    if (!ENVELOPE_NAMES.has(item.name) && file.typeName !== item.name) {
      throw new Error(`${item.source}: expected type ${item.name}, found ${file.typeName || 'none'}`);
    }
    const body = this.body(item, file);
    return { $schema: DRAFT_07, $id: schemaId(item), title: item.name, ...body };
  }

  private body(item: CoveredItem, file: AppleFile): AppleJsonSchema {
    if (item.name === 'TopLevel') return this.topLevel(item, file);
    if (item.name === 'CommonPayloadKeys') {
      const shape = objectShape(file.keys, file.support, item.source);
      return { ...shape, additionalProperties: undefined, 'x-apple': rootAnnotation(item, file, this.release, []) };
    }
    if (item.name === 'DeclarationBase') return this.declaration(item, file, undefined);
    if (item.kind === 'profile') return this.profilePayload(item, file);
    if (item.kind === 'command') return this.command(item, file);
    return this.declaration(item, file, file);
  }

  /** A payload dictionary as it sits in PayloadContent: the common payload keys plus the payload's own keys. */
  private profilePayload(item: CoveredItem, file: AppleFile): AppleJsonSchema {
    const common = this.file(PROFILE_COMMON_KEYS);
    const commonShape = objectShape(common.keys, common.support, PROFILE_COMMON_KEYS);
    const own = objectShape(file.keys, file.support, item.source);
    const properties: Record<string, AppleJsonSchema> = {};
    for (const [key, schema] of Object.entries(commonShape.properties ?? {})) properties[key] = mark(schema, 'common');
    for (const [key, schema] of Object.entries(own.properties ?? {})) {
      if (properties[key]) throw new Error(`${item.source}: key ${key} clashes with a common payload key`);
      properties[key] = schema;
    }
    properties.PayloadType = withConst(properties.PayloadType, item.name);
    return {
      type: 'object',
      properties,
      required: [...new Set([...(commonShape.required ?? []), ...(own.required ?? [])])].sort(),
      additionalProperties: false,
      'x-apple': { ...rootAnnotation(item, file, this.release, []), envelopeSource: PROFILE_COMMON_KEYS },
    };
  }

  /** The whole .mobileconfig: PayloadContent items are checked against the covered payload schemas by PayloadType. */
  private topLevel(item: CoveredItem, file: AppleFile): AppleJsonSchema {
    const shape = objectShape(file.keys, file.support, item.source);
    const content = shape.properties?.PayloadContent;
    if (!content?.items) throw new Error(`${PROFILE_TOP_LEVEL}: PayloadContent must be an array of dictionaries`);
    const payloads = COVERED_ITEMS.filter((i) => i.kind === 'profile' && !ENVELOPE_NAMES.has(i.name));
    const itemAnnotation = content.items['x-apple'];
    content.items = {
      type: 'object',
      allOf: [
        { $ref: schemaId({ kind: 'profile', name: 'CommonPayloadKeys' }) },
        ...payloads.map((p) => ({
          if: { type: 'object', properties: { PayloadType: { const: p.name } }, required: ['PayloadType'] },
          then: { $ref: schemaId(p) },
        })),
      ],
      'x-apple': itemAnnotation,
    };
    return { ...shape, 'x-apple': rootAnnotation(item, file, this.release, []) };
  }

  /** The command plist: {CommandUUID, Command: {RequestType, …request keys}} (envelope per the MDM protocol). */
  private command(item: CoveredItem, file: AppleFile): AppleJsonSchema {
    const platforms = resolvePlatforms(file.support);
    const command = objectShape(file.keys, file.support, item.source);
    command.properties = {
      RequestType: withConst(envelopeKey('RequestType', { type: 'string' }, platforms), item.name),
      ...command.properties,
    };
    command.required = ['RequestType', ...(command.required ?? [])].sort();
    return {
      type: 'object',
      properties: {
        Command: envelopeKey('Command', command, platforms),
        CommandUUID: envelopeKey('CommandUUID', { type: 'string' }, platforms),
      },
      required: ['Command', 'CommandUUID'],
      additionalProperties: false,
      'x-apple': rootAnnotation(item, file, this.release, ['Command']),
    };
  }

  /** A whole declaration: the DeclarationBase envelope with Type fixed and Payload from the type's own keys. */
  private declaration(item: CoveredItem, file: AppleFile, own: AppleFile | undefined): AppleJsonSchema {
    const base = this.file(DECLARATION_BASE);
    const envelope = objectShape(base.keys, base.support, DECLARATION_BASE);
    const properties: Record<string, AppleJsonSchema> = {};
    for (const [key, schema] of Object.entries(envelope.properties ?? {})) properties[key] = mark(schema, 'envelope');
    if (own) {
      properties.Type = withConst(properties.Type, item.name);
      const payload = objectShape(own.keys, own.support, item.source);
      properties.Payload = { ...properties.Payload, ...payload, title: 'Payload' };
    }
    const annotation = rootAnnotation(item, file, this.release, own ? ['Payload'] : []);
    if (own) annotation.envelopeSource = DECLARATION_BASE;
    return { ...envelope, properties, 'x-apple': annotation };
  }
}
