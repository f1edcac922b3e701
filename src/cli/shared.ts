// Helpers every sub-command shares: configuration errors end the process with a clear
// message and exit code 2; human output goes to stderr when stdout is machine-readable.
import { ConfigError, loadConfig, type SapaConfig } from '../config.js';

export function loadConfigOrExit(): SapaConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`sapa: configuration error — ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}

export function fail(message: string, exitCode = 1): never {
  process.stderr.write(`sapa: ${message}\n`);
  process.exit(exitCode);
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n');
}
