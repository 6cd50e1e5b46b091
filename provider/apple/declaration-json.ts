import { canonicalJson } from '../core/canonical-json';

/** Declarations are JSON: canonical (sorted keys), two-space indented, trailing newline, so files diff well in Git. */
export function toDeclarationJson(value: unknown): Buffer {
  return Buffer.from(`${canonicalJson(value, 2)}\n`, 'utf8');
}
