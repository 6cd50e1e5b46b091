import { artifactFileName, makeArtifact } from '../../../provider/apple/artifact';
import { identifierOf, resolveScope } from '../../../provider/apple/compile-context';
import { buildDeclaration } from '../../../provider/apple/declaration';
import { toDeclarationJson } from '../../../provider/apple/declaration-json';
import type { ResourceKind } from '../../../provider/resources/kinds/resource-kind';
import type { ResourceSchema } from '../../../provider/resources/schema-types';

/**
 * A throwaway resource kind that lives only in the test folder: a note delivered to a device group as a
 * com.apple.configuration.management.test declaration (Apple's test declaration, whose payload is Echo). It has every
 * part a kind has, written against the kind module interface alone, so registering it proves adding a kind needs no
 * edit anywhere else.
 */
export const NOTE_DECLARATION = 'com.apple.configuration.management.test';

export const noteSchema: ResourceSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'applemdm_test_note',
  description: 'A note echoed back by devices (test kind).',
  type: 'object',
  additionalProperties: false,
  required: ['message', 'scope'],
  properties: {
    id: { type: 'string', description: 'Set by applemdm.', 'x-computed': true },
    message: { type: 'string', description: 'What devices echo.', minLength: 1, maxLength: 200 },
    scope: {
      type: 'object',
      description: 'Which device groups receive the note.',
      additionalProperties: false,
      required: ['groups'],
      'x-terraform': { nesting: 'block' },
      properties: { groups: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, 'x-reference': 'applemdm_device_group' } } },
    },
  },
};

export const noteKind: ResourceKind = {
  type: 'applemdm_test_note',
  yamlKey: 'test_notes',
  fileStem: 'test-notes',
  schema: noteSchema,
  rules: {
    checkResource(r, ctx) {
      if (String(r.attributes.message).toLowerCase().includes('password')) ctx.error(r, '/message', 'Secret in a note', 'Notes are shown on devices; never put a password in one.', 'note-secret');
    },
  },
  compile(ctx, resource) {
    resolveScope(ctx, resource);
    const identifier = identifierOf(ctx, resource);
    const declaration = buildDeclaration(NOTE_DECLARATION, identifier, { Echo: String(resource.attributes.message) });
    return [makeArtifact({ address: resource.address, kind: 'declaration', type: NOTE_DECLARATION, identifier, fileName: artifactFileName('declaration', identifier), content: declaration, bytes: toDeclarationJson(declaration) })];
  },
  decoder: {
    shape: 'configuration',
    unitKey: (id) => `declaration:${id}`,
    fallbackName: 'note',
    claims: (d) => d.Type === NOTE_DECLARATION,
    decode(u, r, ctx) {
      const payload = ctx.inv.declarations.get(u.declarations[0])!.Payload;
      const lost = Object.keys(payload).filter((k) => k !== 'Echo');
      if (lost.length || typeof payload.Echo !== 'string') return { reason: `test declaration keys without a note attribute: ${lost.join(', ') || 'Echo'}.` };
      r.attributes.message = payload.Echo;
      r.objects.push(`declaration:${u.declarations[0]}`);
      return { resources: [r] };
    },
  },
  cdktf: { className: 'TestNote', declare: 'declareTestNotes' },
  keptFromState: [],
};
