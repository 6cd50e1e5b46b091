import { v5 as uuidv5 } from 'uuid';
import { resourceKind } from './naming';

/**
 * Deterministic identity (architecture rule 3): every object applemdm creates is named from the stack and the resource
 * address, so recompiling never churns identifiers or UUIDs, and ownership can be recognised from the name alone.
 */

/** Fixed namespace for applemdm's UUIDv5s. Changing it would churn every PayloadUUID on every device: never do that. */
export const APPLEMDM_UUID_NAMESPACE = '5b0f3c1e-7a52-4c8e-9f0d-6a1d2b3c4e5f';

export function stackIdentifierPrefix(identifierPrefix: string, stack: string): string {
  return `${identifierPrefix}.${stack}`;
}

/** e.g. com.example.mdm.prod.app-assignment.slack */
export function resourceIdentifier(identifierPrefix: string, stack: string, type: string, name: string): string {
  return `${stackIdentifierPrefix(identifierPrefix, stack)}.${resourceKind(type)}.${name.replace(/_/g, '-')}`;
}

/** True when the identifier belongs to this stack (the only objects it may modify or delete). */
export function isOwnedIdentifier(identifier: string, identifierPrefix: string, stack: string): boolean {
  return identifier.startsWith(`${stackIdentifierPrefix(identifierPrefix, stack)}.`);
}

/** Uppercase UUIDv5 of a name, as Apple tools conventionally write PayloadUUIDs. */
export function deterministicUuid(name: string): string {
  return uuidv5(name, APPLEMDM_UUID_NAMESPACE).toUpperCase();
}
