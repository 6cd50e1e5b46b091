import { Diagnostic, NO_SOURCE } from '../../core/diagnostics';
import { ValuePath } from '../cty/wire-path';
import { BlockSchema } from '../schema/schema-document';
import { AttributePathStep, toAttributePath } from './attribute-path';

/** tfplugin6 Diagnostic as proto-loader serialises it. */
export interface ProtoDiagnostic {
  severity: 'ERROR' | 'WARNING';
  summary: string;
  detail: string;
  attribute?: { steps: AttributePathStep[] };
}

/**
 * applemdm diagnostics → protocol diagnostics. Terraform has only errors and warnings, so "info" becomes a warning.
 * The source (file:line) means nothing to Terraform, which points at its own configuration.
 */
export function toProtoDiagnostic(d: Diagnostic, block: BlockSchema | undefined, typeName?: string): ProtoDiagnostic {
  const out: ProtoDiagnostic = { severity: d.severity === 'error' ? 'ERROR' : 'WARNING', summary: d.summary, detail: d.detail };
  const path = relativePath(d.path, typeName);
  if (block && path.length > 0) {
    const steps = toAttributePath(path, block);
    if (steps.length > 0) out.attribute = { steps };
  }
  return out;
}

/** Engine diagnostics start with the resource address ("applemdm_app.slack"); Terraform wants paths inside the resource. */
function relativePath(path: ValuePath, typeName: string | undefined): ValuePath {
  const first = path[0];
  if (typeName && typeof first === 'string' && first.startsWith(`${typeName}.`)) return path.slice(1);
  return path;
}

export function errorDiagnostic(summary: string, detail: string, path: ValuePath = []): Diagnostic {
  return { severity: 'error', summary, detail, path, source: NO_SOURCE };
}

export function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
