// The one place that reads the environment. Every value is parsed and validated here;
// a wrong value stops the start with a message naming the variable and what it expects.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type ServiceRole = 'api' | 'worker' | 'scheduler';
export const allServiceRoles: readonly ServiceRole[] = ['api', 'worker', 'scheduler'];

export interface SapaConfig {
  port: number;
  host: string;
  dataDir: string;
  /** `sqlite:<file>` for the embedded default, or a postgres:// URL. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };
  redisUrl: string | null;
  /**
   * SAPA_REDIS_PREFIX: the BullMQ key prefix and the pub/sub channel prefix. Every process of one
   * Sapa shares it; two Sapas (or test runs) on one Redis keep apart with different prefixes.
   */
  redisPrefix: string;
  /**
   * SAPA_JOB_LEASE_MS: how long a job stays reserved for a worker that stopped renewing it
   * (killed, frozen) before another worker runs it again.
   */
  jobLeaseMs: number;
  /** 32 bytes; encrypts network credentials at rest. */
  secretKey: Buffer;
  services: ServiceRole[];
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Follower messages per minute the demo simulator produces (0 stops the stream). */
  demoRatePerMinute: number;
  /** Whether a first start seeds the demo workspace. */
  demo: boolean;
  /**
   * Where browsers and networks reach this Sapa (`https://sapa.brand.id`); webhook and OAuth
   * callback URLs are built from it. Null when unset: polling networks still work behind NAT.
   */
  publicUrl: URL | null;
  /**
   * Which proxies may set X-Forwarded-For/-Proto: false (none, the default), true (any: only
   * behind a proxy that strips them), or a list of addresses/CIDRs.
   */
  trustProxy: boolean | string[];
  /** Telegram Bot API base for crisis alerts (SAPA_TELEGRAM_API_URL; tests use a loopback fake). */
  telegramApiUrl: string;
  /** Bearer token a Prometheus scraper presents at /metrics (SAPA_METRICS_TOKEN); null: /metrics is off (404). */
  metricsToken: string | null;
  /**
   * SAPA_POLL_INTERVAL_MS: when set, every polling network is asked this often instead of its
   * own interval (a network's requested back-off still wins). Null: each network's default.
   */
  pollIntervalMs: number | null;
  /**
   * Where uploaded images live: the data folder's `media/` (default), or an S3-compatible bucket
   * (SAPA_MEDIA_S3_BUCKET, with SAPA_MEDIA_S3_ENDPOINT/_REGION/_PREFIX; the keys come from the
   * AWS SDK's own AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY) when several machines serve one Sapa.
   */
  media: MediaStoreConfig;
}

export type MediaStoreConfig =
  | { kind: 'fs'; dir: string }
  | { kind: 's3'; bucket: string; prefix: string; endpoint: string | null; region: string };

export class ConfigError extends Error {
  constructor(variable: string, expected: string, got: string) {
    super(`${variable}: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parsePort(env: Env): number {
  const raw = env.PORT ?? '3000';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT', 'an integer from 0 to 65535', raw);
  return port;
}

function parseDatabase(env: Env, dataDir: string): SapaConfig['database'] {
  const raw = env.SAPA_DATABASE_URL;
  if (raw === undefined || raw === '') return { kind: 'sqlite', file: path.join(dataDir, 'sapa.sqlite') };
  if (/^postgres(ql)?:\/\//.test(raw)) {
    try {
      new URL(raw);
    } catch {
      throw new ConfigError('SAPA_DATABASE_URL', 'a valid postgres:// URL', raw);
    }
    return { kind: 'postgres', url: raw };
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length);
    if (file === '') throw new ConfigError('SAPA_DATABASE_URL', 'sqlite:<path to a file>', raw);
    return { kind: 'sqlite', file: file === ':memory:' ? file : path.resolve(file) };
  }
  throw new ConfigError('SAPA_DATABASE_URL', 'postgres://… or sqlite:<file>', raw);
}

function parseRedisUrl(env: Env): string | null {
  const raw = env.SAPA_REDIS_URL;
  if (raw === undefined || raw === '') return null;
  if (!/^rediss?:\/\//.test(raw)) throw new ConfigError('SAPA_REDIS_URL', 'a redis:// or rediss:// URL', raw);
  return raw;
}

function parseRedisPrefix(env: Env): string {
  const raw = env.SAPA_REDIS_PREFIX;
  if (raw === undefined || raw === '') return 'sapa';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(raw)) throw new ConfigError('SAPA_REDIS_PREFIX', 'up to 64 letters, digits, dots, dashes or underscores', raw);
  return raw;
}

function parseJobLease(env: Env): number {
  const raw = env.SAPA_JOB_LEASE_MS;
  if (raw === undefined || raw === '') return 60_000;
  const value = Number(raw);
  // Workers renew at half the lease; below a second a busy event loop would lose its own jobs.
  if (!Number.isInteger(value) || value < 1_000) throw new ConfigError('SAPA_JOB_LEASE_MS', 'an integer number of milliseconds ≥ 1000', raw);
  return value;
}

export function parseServices(raw: string, variable = 'SAPA_SERVICES'): ServiceRole[] {
  const names = raw.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !allServiceRoles.includes(name as ServiceRole));
  if (names.length === 0 || unknown.length > 0) throw new ConfigError(variable, `a comma-separated list of ${allServiceRoles.join(', ')}`, raw);
  return [...new Set(names as ServiceRole[])];
}

/** The key comes from SAPA_SECRET_KEY or, on first start, is generated into the data folder. */
function loadSecretKey(env: Env, dataDir: string): Buffer {
  const raw = env.SAPA_SECRET_KEY;
  if (raw !== undefined && raw !== '') {
    const key = Buffer.from(raw, 'base64');
    if (key.length !== 32) throw new ConfigError('SAPA_SECRET_KEY', '32 bytes in base64 (openssl rand -base64 32)', '<hidden>');
    return key;
  }
  const keyFile = path.join(dataDir, 'secret.key');
  // The data folder holds the key and (by default) the database: private to this user.
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    chmodSync(dataDir, 0o700);
  } catch (error) {
    throw new ConfigError('SAPA_DATA_DIR', `a folder Sapa can create and own (${(error as NodeJS.ErrnoException).code ?? 'error'})`, dataDir);
  }
  if (existsSync(keyFile)) {
    chmodSync(keyFile, 0o600);
    const key = Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64');
    if (key.length !== 32) throw new ConfigError('SAPA_SECRET_KEY', `32 bytes in base64 in ${keyFile}`, '<hidden>');
    return key;
  }
  const key = randomBytes(32);
  writeFileSync(keyFile, key.toString('base64') + '\n', { mode: 0o600 });
  return key;
}

function parsePublicUrl(env: Env): URL | null {
  const raw = env.SAPA_PUBLIC_URL;
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('SAPA_PUBLIC_URL', 'an absolute http:// or https:// URL', raw);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw new ConfigError('SAPA_PUBLIC_URL', 'an http(s) URL without query, fragment or credentials', raw);
  }
  // Paths are joined onto it, so keep exactly one trailing slash.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

function parseTrustProxy(env: Env): boolean | string[] {
  const raw = env.SAPA_TRUST_PROXY;
  if (raw === undefined || raw === '' || ['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  const entries = raw.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  const addressLike = /^[0-9a-fA-F:.]+(\/\d{1,3})?$/;
  if (entries.length === 0 || entries.some((entry) => !addressLike.test(entry))) {
    throw new ConfigError('SAPA_TRUST_PROXY', 'true, false, or a comma-separated list of proxy addresses/CIDRs', raw);
  }
  return entries;
}

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parseLogLevel(env: Env): SapaConfig['logLevel'] {
  const raw = env.SAPA_LOG_LEVEL ?? 'info';
  if (!(logLevels as readonly string[]).includes(raw)) throw new ConfigError('SAPA_LOG_LEVEL', logLevels.join(' | '), raw);
  return raw as SapaConfig['logLevel'];
}

function parseNonNegativeNumber(env: Env, variable: string, fallback: number): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new ConfigError(variable, 'a number ≥ 0', raw);
  return value;
}

function parseBoolean(env: Env, variable: string, fallback: boolean): boolean {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(variable, 'true or false', raw);
}

function parseTelegramApiUrl(env: Env): string {
  const raw = env.SAPA_TELEGRAM_API_URL ?? 'https://api.telegram.org';
  if (!/^https?:\/\/[^\s?#]+$/.test(raw)) throw new ConfigError('SAPA_TELEGRAM_API_URL', 'an http(s) URL without query or fragment', raw);
  return raw.replace(/\/+$/, '');
}

function parseMetricsToken(env: Env): string | null {
  const raw = env.SAPA_METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16 || /\s/.test(raw)) throw new ConfigError('SAPA_METRICS_TOKEN', 'at least 16 characters without spaces (openssl rand -hex 24)', '<hidden>');
  return raw;
}

function parsePollInterval(env: Env): number | null {
  const raw = env.SAPA_POLL_INTERVAL_MS;
  if (raw === undefined || raw === '') return null;
  const value = Number(raw);
  // Below half a second the poller's own tick decides anyway, and networks would rate-limit.
  if (!Number.isInteger(value) || value < 500) throw new ConfigError('SAPA_POLL_INTERVAL_MS', 'an integer number of milliseconds ≥ 500', raw);
  return value;
}

function parseMediaStore(env: Env, dataDir: string): MediaStoreConfig {
  const bucket = env.SAPA_MEDIA_S3_BUCKET;
  if (bucket === undefined || bucket === '') return { kind: 'fs', dir: path.join(dataDir, 'media') };
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError('SAPA_MEDIA_S3_BUCKET', 'an S3 bucket name (3–63 lower-case letters, digits, dots, hyphens)', bucket);
  const endpoint = env.SAPA_MEDIA_S3_ENDPOINT ?? '';
  if (endpoint !== '' && !/^https?:\/\/[^\s?#]+$/.test(endpoint)) throw new ConfigError('SAPA_MEDIA_S3_ENDPOINT', 'an http(s) URL without query or fragment', endpoint);
  const prefix = env.SAPA_MEDIA_S3_PREFIX ?? '';
  if (prefix !== '' && !/^[A-Za-z0-9_-]+\/$/.test(prefix)) throw new ConfigError('SAPA_MEDIA_S3_PREFIX', 'letters, digits, _ or - ending in a slash (sapa/)', prefix);
  return { kind: 's3', bucket, prefix, endpoint: endpoint === '' ? null : endpoint, region: env.SAPA_MEDIA_S3_REGION ?? 'us-east-1' };
}

/** Parses the environment (process.env by default). Throws ConfigError on the first wrong value. */
export function loadConfig(env: Env = process.env): SapaConfig {
  const dataDir = path.resolve(env.SAPA_DATA_DIR ?? 'data');
  return {
    port: parsePort(env),
    host: env.SAPA_HOST ?? '127.0.0.1',
    dataDir,
    database: parseDatabase(env, dataDir),
    redisUrl: parseRedisUrl(env),
    redisPrefix: parseRedisPrefix(env),
    jobLeaseMs: parseJobLease(env),
    secretKey: loadSecretKey(env, dataDir),
    services: parseServices(env.SAPA_SERVICES ?? 'api,worker,scheduler'),
    logLevel: parseLogLevel(env),
    demoRatePerMinute: parseNonNegativeNumber(env, 'SAPA_DEMO_RATE', 6),
    demo: parseBoolean(env, 'SAPA_DEMO', true),
    publicUrl: parsePublicUrl(env),
    trustProxy: parseTrustProxy(env),
    telegramApiUrl: parseTelegramApiUrl(env),
    metricsToken: parseMetricsToken(env),
    pollIntervalMs: parsePollInterval(env),
    media: parseMediaStore(env, dataDir),
  };
}

/**
 * `sapa channel add` takes a channel's secret fields (tokens, app secrets) from SAPA_CHANNEL_<KEY>
 * (e.g. SAPA_CHANNEL_BOTTOKEN), never from its arguments, which shell history and `ps` would keep.
 */
export function channelSecretVariable(key: string): string {
  return `SAPA_CHANNEL_${key.toUpperCase()}`;
}

/** The channel secrets found in the environment, by field key; empty values count as absent. */
export function channelSecretsFromEnvironment(keys: readonly string[], env: Env = process.env): Record<string, string> {
  const found: Record<string, string> = {};
  for (const key of keys) {
    const value = env[channelSecretVariable(key)];
    if (value !== undefined && value !== '') found[key] = value;
  }
  return found;
}
