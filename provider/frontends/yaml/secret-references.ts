import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConfinedFile } from '../../core/confined-file';
import type { Diagnostics, SourceRef } from '../../core/diagnostics';
import type { SecretScope } from '../secret-scope';
import { rememberSecret } from '../../core/secret-values';

/**
 * `${env:NAME}` and `${file:path}` in YAML: how a secret reaches a value without being written in the configuration
 * (which is in Git). Allowed only where the schema expects secrets — attributes marked `x-sensitive` (every value is a
 * secret, so it must be a reference) and `x-secretReferences` (a value given as a reference is a secret) — so a
 * configuration cannot pull the runner's environment or files into an attribute that plans and logs show. A value is
 * either exactly one reference or plain text; `$${` writes a literal `${`. Diagnostics name the variable or the file,
 * never a value.
 */
export type { SecretScope } from '../secret-scope';

/** Secrets are tokens and passwords, not documents. */
export const MAX_SECRET_FILE_BYTES = 64 * 1024;

/**
 * Inside the configuration's root but never a secret's source: Git's own files (a CI checkout keeps its token in
 * .git/config) and the embedded server's data directory.
 */
const PRIVATE_DIRS = new Set(['.git', '.applemdm']);

/** applemdm's own settings and credentials (the server's API key above all) never go to devices. */
const RESERVED_ENV_PREFIX = 'APPLEMDM_';
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REFERENCE = /^\$\{(env|file):([^{}]*)\}$/;
const ANY_REFERENCE = /\$\{(env|file):/;

export interface SecretSite {
  diags: Diagnostics;
  /** Diagnostic path of the value. */
  path: (string | number)[];
  source: SourceRef;
  /** Directory `${file:}` paths resolve against and must stay inside: the configuration's. */
  root: string;
  /** The attribute as the user knows it, e.g. "settings.secrets.api_token". */
  label: string;
}

export type SecretValue = { value: string; sensitive: boolean } | undefined;

/** The value a string stands for in its scope, or undefined when it was reported. */
export function resolveSecretText(text: string, scope: SecretScope, site: SecretSite): SecretValue {
  if (scope === 'none') {
    // Outside secret attributes text stays as written; `$${env:` is not a reference anywhere.
    if (!ANY_REFERENCE.test(text.replace(/\$\$\{/g, ''))) return { value: text, sensitive: false };
    site.diags.error(
      'Secret reference not allowed here',
      `${site.label} is not an attribute that holds secrets; \${env:...} and \${file:...} are read only in settings.configuration values and settings.secrets of an app assignment (docs/secrets.md).`,
      site.path,
      site.source,
      'secret-reference-placement',
    );
    return undefined;
  }
  const unescaped = text.replace(/\$\$\{/g, '');
  if (!unescaped.includes('${')) {
    if (scope === 'sensitive') {
      site.diags.error(
        'Secret written in the configuration',
        `${site.label} holds a secret, so its value must be \${env:NAME} or \${file:path}: a value written here is in Git. Move the secret to an environment variable or a file, and replace it (it is in the repository's history).`,
        site.path,
        site.source,
        'literal-secret',
      );
      return undefined;
    }
    return { value: text.replace(/\$\$\{/g, '${'), sensitive: false };
  }
  const m = REFERENCE.exec(text);
  if (!m) {
    site.diags.error(
      'Malformed secret reference',
      `${site.label} must be exactly one \${env:NAME} or \${file:path} (the whole value), or text without \${ (write $\${ for a literal \${).`,
      site.path,
      site.source,
      'secret-reference-syntax',
    );
    return undefined;
  }
  const value = m[1] === 'env' ? readEnv(m[2], site) : readFile(m[2], site);
  if (value === undefined) return undefined;
  rememberSecret(value);
  return { value, sensitive: true };
}

function readEnv(name: string, site: SecretSite): string | undefined {
  if (!ENV_NAME.test(name)) {
    site.diags.error('Malformed secret reference', `${site.label}: \${env:...} needs an environment variable name (letters, digits and underscores).`, site.path, site.source, 'secret-reference-syntax');
    return undefined;
  }
  if (name.toUpperCase().startsWith(RESERVED_ENV_PREFIX)) {
    site.diags.error(
      'Reserved environment variable',
      `${site.label} reads ${name}; variables named ${RESERVED_ENV_PREFIX}* hold applemdm's own settings and credentials (the server's API key), which never go to devices. Use another name.`,
      site.path,
      site.source,
      'secret-env-reserved',
    );
    return undefined;
  }
  const value = process.env[name];
  if (value === undefined || value === '') {
    site.diags.error(
      'Environment variable not set',
      `${site.label} reads the environment variable ${name}, which is ${value === undefined ? 'not set' : 'empty'}. Set it where applemdm runs (a CI secret, or your shell).`,
      site.path,
      site.source,
      'secret-env-missing',
    );
    return undefined;
  }
  return value;
}

function readFile(file: string, site: SecretSite): string | undefined {
  if (file.trim() === '') {
    site.diags.error('Malformed secret reference', `${site.label}: \${file:...} needs a path.`, site.path, site.source, 'secret-reference-syntax');
    return undefined;
  }
  const read = readConfinedFile(site.root, file, { what: `secret file of ${site.label}`, maxBytes: MAX_SECRET_FILE_BYTES, path: site.path, source: site.source });
  if (!read.ok) {
    site.diags.add(read.diagnostic);
    return undefined;
  }
  const inside = path.relative(realRoot(site.root), read.realPath).split(path.sep);
  if (inside.some((segment) => PRIVATE_DIRS.has(segment))) {
    site.diags.error(
      'Secret file not allowed',
      `${site.label} reads ${file}, which is inside ${[...PRIVATE_DIRS].join(' or ')}: Git's files (a CI checkout keeps its token there) and the embedded server's data are never a secret's source.`,
      site.path,
      site.source,
      'secret-file-private',
    );
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.bytes);
  } catch {
    // Not decodeUtf8: its message quotes the offending byte, which is part of the secret.
    site.diags.error('Secret file not text', `${site.label} reads ${file}, which is not UTF-8 text.`, site.path, site.source, 'secret-file-encoding');
    return undefined;
  }
  // Files written by `echo` or an editor end with a newline that is not part of the secret.
  const value = text.replace(/\r?\n$/, '');
  if (value === '') {
    site.diags.error('Secret file empty', `${site.label} reads ${file}, which is empty.`, site.path, site.source, 'secret-file-empty');
    return undefined;
  }
  return value;
}

function realRoot(root: string): string {
  try {
    return fs.realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}
