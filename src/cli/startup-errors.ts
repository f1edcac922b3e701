// Start-up failures the operator can fix (issue 12, defect 8): one line naming the problem and
// the setting, exit code 2, instead of a stack trace. Unknown errors still surface in full.
import type { SapaConfig } from '../config.js';
import { RedisUnreachableError } from '../runtime.js';

export type StartupPhase = 'database' | 'listen';

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Migration errors wrap the driver's message; the driver's part is what explains it.
  return message.replace(/^Migration \S+ failed: /, '').split('\n')[0] ?? message;
}

/** The one-line explanation, or null when the error is not a known start-up problem. */
export function explainStartupError(phase: StartupPhase, error: unknown, config: SapaConfig): string | null {
  const code = codeOf(error);
  const reason = reasonOf(error);
  if (phase === 'listen') {
    if (code === 'EADDRINUSE') return `PORT: port ${config.port} on ${config.host} is already in use; stop the other process or set PORT.`;
    if (code === 'EACCES') return `PORT: not allowed to listen on port ${config.port}; choose a port above 1023 or set PORT.`;
    if (['ENOTFOUND', 'EADDRNOTAVAIL', 'EAI_AGAIN', 'EAI_NONAME', 'EINVAL'].includes(code)) {
      return `SAPA_HOST: cannot listen on ${JSON.stringify(config.host)} (${code}); use an address of this machine, e.g. 127.0.0.1 or 0.0.0.0.`;
    }
    return null;
  }
  if (error instanceof RedisUnreachableError && config.redisUrl !== null) {
    const where = new URL(config.redisUrl);
    return `SAPA_REDIS_URL: cannot reach Redis at ${where.hostname}:${where.port || '6379'} (${codeOf(error.cause) || reason}).`;
  }
  if (config.database.kind === 'postgres') {
    const where = new URL(config.database.url);
    return `SAPA_DATABASE_URL: cannot use PostgreSQL at ${where.hostname}:${where.port || '5432'}${where.pathname} (${reason}).`;
  }
  if (code.startsWith('SQLITE_') || ['ENOTDIR', 'EEXIST', 'EACCES', 'EROFS', 'EISDIR'].includes(code)) {
    return `SAPA_DATABASE_URL / SAPA_DATA_DIR: cannot open the SQLite database ${config.database.file} (${reason}); restore it from a backup or point the setting elsewhere.`;
  }
  return null;
}
