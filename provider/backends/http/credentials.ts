import * as fs from 'node:fs';
import { checkApiKey, keyFromFile } from '../../core/api-key';

/**
 * Where the management API key comes from: an explicit value, APPLEMDM_API_KEY, or the file named by
 * APPLEMDM_API_KEY_FILE (one trailing newline removed), checked by the rule `applemdm serve` applies to its own key
 * (core/api-key.ts), so a key with surrounding whitespace is refused on both sides instead of differing between them.
 * The key is never logged; errors name the source, not the value.
 */
export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialError';
  }
}

export interface ApiKeySource {
  apiKey?: string;
  env?: NodeJS.ProcessEnv;
}

export function resolveApiKey(source: ApiKeySource = {}): string | undefined {
  if (source.apiKey !== undefined && source.apiKey !== '') return acceptable(source.apiKey, 'the provider configuration');
  const env = source.env ?? process.env;
  const direct = env.APPLEMDM_API_KEY;
  const file = env.APPLEMDM_API_KEY_FILE;
  if (direct !== undefined && direct !== '' && file) {
    throw new CredentialError('Both APPLEMDM_API_KEY and APPLEMDM_API_KEY_FILE are set; set only one.');
  }
  if (direct !== undefined && direct !== '') return acceptable(direct, 'APPLEMDM_API_KEY');
  if (!file) return undefined;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CredentialError(`Cannot read the API key file named by APPLEMDM_API_KEY_FILE (${file}): ${code}.`);
  }
  return acceptable(keyFromFile(text), `the file named by APPLEMDM_API_KEY_FILE (${file})`);
}

function acceptable(key: string, source: string): string {
  const problem = checkApiKey(key, source);
  if (problem) throw new CredentialError(problem);
  return key;
}
