import type { ResourceInstance } from '../core/document';
import { Artifact, artifactFileName, makeArtifact } from './artifact';
import { buildDeclaration } from './declaration';
import { toDeclarationJson } from './declaration-json';

export const ACTIVATION_SIMPLE = 'com.apple.activation.simple';

/** Identifier of a group's activation: `<group identifier>.activation`. */
export function activationIdentifier(groupIdentifier: string): string {
  return `${groupIdentifier}.activation`;
}

/** A group's activation identifier: its `activation_identifier` when it takes over a set, else derived. */
export function groupActivationIdentifier(group: Pick<ResourceInstance, 'attributes'>, groupIdentifier: string): string {
  const override = group.attributes.activation_identifier;
  return typeof override === 'string' && override !== '' ? override : activationIdentifier(groupIdentifier);
}

/**
 * One com.apple.activation.simple per device group (= per DDM set), listing every configuration of the set, so a
 * device activates exactly what its groups assign (apple-mdm.md §6.3). No predicate: membership is the condition.
 */
export function compileActivation(group: ResourceInstance, groupIdentifier: string, configurations: string[]): Artifact {
  const identifier = groupActivationIdentifier(group, groupIdentifier);
  const declaration = buildDeclaration(ACTIVATION_SIMPLE, identifier, { StandardConfigurations: [...configurations].sort() });
  return makeArtifact({
    address: group.address,
    kind: 'declaration',
    type: ACTIVATION_SIMPLE,
    identifier,
    fileName: artifactFileName('declaration', identifier),
    content: declaration,
    bytes: toDeclarationJson(declaration),
  });
}
