import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import { isRecord } from '../../core/records';
import { rememberSecret } from '../../core/secret-values';

/**
 * Terraform variables of a synthesized stack, for secrets: a CDKTF `TerraformVariable` (sensitive: true) feeding an
 * app's configuration or secrets synthesizes as `${var.NAME}`, so the value is in no file. applemdm reads it where
 * Terraform does, from the environment variable TF_VAR_NAME, and only where the schema expects secrets; the value is
 * then sensitive. A default would be in the synthesized file, so a sensitive variable may not have one.
 */
export interface TerraformVariableDecl {
  sensitive: boolean;
  /** The default, when the variable has one that can stand for a value (a string). */
  default?: string;
}

export interface VariableSite {
  diags: Diagnostics;
  path: (string | number)[];
  source: SourceRef;
  label: string;
}

export const VARIABLE_REFERENCE = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;

export function readVariables(section: unknown, diags: Diagnostics, source: SourceRef): Map<string, TerraformVariableDecl> {
  const out = new Map<string, TerraformVariableDecl>();
  if (!isRecord(section)) return out;
  for (const [name, body] of Object.entries(section)) {
    const decl = isRecord(body) ? body : {};
    const sensitive = decl.sensitive === true;
    if (sensitive && decl.default !== undefined && decl.default !== null) {
      diags.error(
        'Sensitive variable with a default',
        `variable ${name} is sensitive but has a default, which is written into the synthesized file (and Git). Remove the default and set TF_VAR_${name} where applemdm runs.`,
        ['variable', name],
        source,
        'sensitive-variable-default',
      );
    }
    out.set(name, { sensitive, ...(!sensitive && typeof decl.default === 'string' ? { default: decl.default } : {}) });
  }
  return out;
}

/** The variable's value from TF_VAR_<name> (or its non-sensitive default), or undefined when it was reported. */
export function resolveVariable(name: string, variables: Map<string, TerraformVariableDecl>, site: VariableSite): string | undefined {
  const decl = variables.get(name);
  if (!decl) {
    site.diags.error('Undeclared variable', `${site.label} refers to var.${name}, which the stack does not declare (new TerraformVariable(this, "${name}", {sensitive: true})).`, site.path, site.source, 'undeclared-variable');
    return undefined;
  }
  const value = process.env[`TF_VAR_${name}`] ?? decl.default;
  if (value === undefined || value === '') {
    site.diags.error(
      'Variable not set',
      `${site.label} reads var.${name}; set the environment variable TF_VAR_${name} where applemdm runs, as for Terraform.`,
      site.path,
      site.source,
      'variable-not-set',
    );
    return undefined;
  }
  rememberSecret(value);
  return value;
}

