import type { AssignmentInputs } from './app-assignment-inputs';

/**
 * The managed app configuration an assignment sends: `settings.configuration` with `settings.secrets` merged in
 * (validation refuses a key in both), and the JSON pointers inside it whose values are secrets — every secrets key,
 * and each configuration value the front end read from a secret reference (ResourceInstance.sensitive).
 */
export interface AppConfiguration {
  value?: Record<string, unknown>;
  /** Pointers relative to the Configuration dictionary, e.g. "/ApiToken". */
  sensitivePaths: string[];
}

const CONFIGURATION = '/settings/configuration/';

export function appConfiguration(inputs: AssignmentInputs): AppConfiguration {
  const { configuration, secrets } = inputs.settings;
  if (configuration === undefined && secrets === undefined) return { sensitivePaths: [] };
  const sensitive = new Set<string>();
  for (const pointer of inputs.assignment.sensitive ?? []) {
    if (pointer.startsWith(CONFIGURATION)) sensitive.add(pointer.slice(CONFIGURATION.length - 1));
  }
  for (const key of Object.keys(secrets ?? {})) sensitive.add(`/${escapePointer(key)}`);
  return { value: { ...configuration, ...secrets }, sensitivePaths: [...sensitive].sort() };
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
