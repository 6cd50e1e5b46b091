import { RESOURCE_NAME_PATTERN } from '../core/document';

const NAME = new RegExp(RESOURCE_NAME_PATTERN);

/**
 * Resource names for objects another tool named: the identifier's most specific part, as a valid resource name
 * (`com.acme.Wifi-Profile` → `wifi_profile`), made unique per resource type with a numeric suffix.
 */
export class ResourceNames {
  private readonly used = new Map<string, Set<string>>();

  /** Reserves a name that comes from an owned identifier (already unique by construction). */
  reserve(type: string, name: string): void {
    this.taken(type).add(name);
  }

  isTaken(type: string, name: string): boolean {
    return this.taken(type).has(name);
  }

  forIdentifier(type: string, identifier: string, fallback: string): string {
    const parts = identifier.split('.').map(slug).filter(Boolean);
    // The last part alone is often generic ("settings", "1"); prefer the last part that reads as a word.
    const base = [...parts].reverse().find((p) => /^[a-z]/.test(p) && !GENERIC.has(p)) ?? parts[parts.length - 1] ?? fallback;
    return this.unique(type, NAME.test(base) ? base : `${fallback}_${base}`.slice(0, 60).replace(/_+$/, ''));
  }

  unique(type: string, base: string): string {
    const taken = this.taken(type);
    let name = base.slice(0, 60);
    for (let i = 2; taken.has(name); i++) name = `${base.slice(0, 58)}_${i}`;
    taken.add(name);
    return name;
  }

  private taken(type: string): Set<string> {
    let s = this.used.get(type);
    if (!s) this.used.set(type, (s = new Set()));
    return s;
  }
}

const GENERIC = new Set(['settings', 'enforcement', 'activation', 'profile', 'config', 'configuration', 'declaration']);

function slug(part: string): string {
  return part
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
