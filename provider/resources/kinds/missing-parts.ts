import type { ResourceKind } from './resource-kind';

const NAME = /^[a-z][a-z0-9_]{0,63}$/;
const STEM = /^[a-z][a-z0-9-]*$/;
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * What a kind module lacks, one line per missing or malformed part (empty when complete). The type system makes most
 * parts required, but a kind assembled at run time (or with casts) is checked here: registerKind refuses an
 * incomplete kind and the kinds test runs this over the whole list.
 */
export function missingParts(kind: Partial<ResourceKind>): string[] {
  const out: string[] = [];
  const fn = (v: unknown) => typeof v === 'function';
  if (typeof kind.type !== 'string' || !/^applemdm_[a-z][a-z0-9_]*$/.test(kind.type)) out.push('type (applemdm_<snake_case>)');
  if (typeof kind.yamlKey !== 'string' || !NAME.test(kind.yamlKey)) out.push('yamlKey (the YAML resource-file key)');
  if (typeof kind.fileStem !== 'string' || !STEM.test(kind.fileStem)) out.push('fileStem (the imported file name)');
  if (!kind.rules || typeof kind.rules !== 'object') out.push('rules (semantic validation; {} when there are none)');
  else if ((kind.rules.checkResource && !fn(kind.rules.checkResource)) || (kind.rules.checkDocument && !fn(kind.rules.checkDocument))) out.push('rules (checks must be functions)');
  if (!fn(kind.compile)) out.push('compile (resource → artifacts)');
  const d = kind.decoder;
  if (!d || !fn(d.decode) || !fn(d.unitKey) || !['record', 'set', 'configuration'].includes(d.shape) || !NAME.test(d.fallbackName ?? '')) {
    out.push('decoder (server objects → attributes: shape, unitKey, fallbackName, decode)');
  }
  const c = kind.cdktf;
  if (!c || !IDENT.test(c.className ?? '') || !IDENT.test(c.declare ?? '') || (c.handle !== undefined && !IDENT.test(c.handle))) out.push('cdktf (binding class and declaring function for import --format ts)');
  if (!Array.isArray(kind.keptFromState)) out.push('keptFromState (attributes the server does not store; [] when none)');
  return out;
}
