/**
 * Plugin logs go to stderr (stdout carries only the handshake line). Lines are JSON in hclog's shape, so Terraform
 * files them under the right level in TF_LOG output instead of as raw debug text.
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface PluginLog {
  (level: LogLevel, message: string, fields?: Record<string, unknown>): void;
}

export function stderrLog(stream: NodeJS.WritableStream = process.stderr, module = 'provider.terraform-provider-applemdm'): PluginLog {
  return (level, message, fields = {}) => {
    stream.write(JSON.stringify({ '@level': level, '@message': message, '@module': module, '@timestamp': new Date().toISOString(), ...fields }) + '\n');
  };
}

export const SILENT_LOG: PluginLog = () => undefined;
