/**
 * The ownership marker (architecture rule 3 on Intune): objects applemdm creates carry their identifier in the
 * description, which Intune shows to admins and keeps verbatim. An object without the marker is never modified or
 * deleted; one with another stack's marker is invisible to this stack.
 *
 *   "Managed by applemdm (stack quickstart); changes made here are overwritten. [applemdm:com.example.mdm.quickstart.restrictions.baseline.ios]"
 */
const MARKER = /\[applemdm:([A-Za-z0-9._-]+)\]/;

export function ownershipDescription(identifier: string, stack: string): string {
  return `Managed by applemdm (stack ${stack}); changes made here are overwritten. [applemdm:${identifier}]`;
}

/** The identifier in a description's marker, or undefined when the object is not applemdm's. */
export function ownedIdentifier(description: string | null | undefined): string | undefined {
  return description ? MARKER.exec(description)?.[1] : undefined;
}

/** True when the description marks the object as owned by the stack with this `<prefix>.<stack>`. */
export function isOwnedBy(description: string | null | undefined, stackPrefix: string): boolean {
  return ownedIdentifier(description)?.startsWith(`${stackPrefix}.`) ?? false;
}
