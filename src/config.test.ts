import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const freshDataDir = (): string => mkdtempSync(path.join(tmpdir(), 'sapa-config-'));

describe('loadConfig', () => {
  it('defaults to SQLite in the data folder, port 3000, all roles, and generates a secret key once', () => {
    const dataDir = freshDataDir();
    const config = loadConfig({ SAPA_DATA_DIR: dataDir });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: 'sqlite', file: path.join(dataDir, 'sapa.sqlite') });
    expect(config.services).toEqual(['api', 'worker', 'scheduler']);
    expect(config.redisUrl).toBeNull();
    expect(config.secretKey).toHaveLength(32);
    expect(readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim()).toBe(config.secretKey.toString('base64'));
    expect(loadConfig({ SAPA_DATA_DIR: dataDir }).secretKey.equals(config.secretKey)).toBe(true);
  });

  it('keeps images in the data folder unless an S3 bucket is named', () => {
    const dataDir = freshDataDir();
    expect(loadConfig({ SAPA_DATA_DIR: dataDir }).media).toEqual({ kind: 'fs', dir: path.join(dataDir, 'media') });
    expect(loadConfig({ SAPA_DATA_DIR: dataDir, SAPA_MEDIA_S3_BUCKET: 'brand-media', SAPA_MEDIA_S3_ENDPOINT: 'http://127.0.0.1:9000', SAPA_MEDIA_S3_PREFIX: 'sapa/' }).media)
      .toEqual({ kind: 's3', bucket: 'brand-media', prefix: 'sapa/', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1' });
  });

  it('selects PostgreSQL and BullMQ from URLs', () => {
    const config = loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', SAPA_REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.database).toEqual({ kind: 'postgres', url: 'postgres://u@127.0.0.1:5432/db' });
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it.each([
    ['PORT', 'eighty', /PORT: expected an integer/],
    ['SAPA_DATABASE_URL', 'mysql://x', /SAPA_DATABASE_URL: expected postgres/],
    ['SAPA_REDIS_URL', 'localhost:6379', /SAPA_REDIS_URL: expected a redis/],
    ['SAPA_SERVICES', 'api,web', /SAPA_SERVICES: expected a comma-separated list/],
    ['SAPA_SECRET_KEY', 'c2hvcnQ=', /SAPA_SECRET_KEY: expected 32 bytes/],
    ['SAPA_LOG_LEVEL', 'loud', /SAPA_LOG_LEVEL/],
    ['SAPA_DEMO_RATE', '-1', /SAPA_DEMO_RATE/],
    ['SAPA_PUBLIC_URL', 'sapa.brand.id', /SAPA_PUBLIC_URL: expected an absolute/],
    ['SAPA_PUBLIC_URL', 'ftp://sapa.brand.id', /SAPA_PUBLIC_URL: expected an http/],
    ['SAPA_PUBLIC_URL', 'https://sapa.brand.id/?a=1', /SAPA_PUBLIC_URL/],
    ['SAPA_TRUST_PROXY', 'the-load-balancer', /SAPA_TRUST_PROXY/],
    ['SAPA_METRICS_TOKEN', 'short', /SAPA_METRICS_TOKEN: expected at least 16/],
    ['SAPA_POLL_INTERVAL_MS', '100', /SAPA_POLL_INTERVAL_MS: expected an integer/],
    ['SAPA_MEDIA_S3_BUCKET', 'Not_A_Bucket', /SAPA_MEDIA_S3_BUCKET: expected an S3 bucket name/],
    ['SAPA_POLL_INTERVAL_MS', 'often', /SAPA_POLL_INTERVAL_MS/],
    ['SAPA_REDIS_PREFIX', 'has space', /SAPA_REDIS_PREFIX/],
    ['SAPA_JOB_LEASE_MS', '10', /SAPA_JOB_LEASE_MS: expected an integer/],
  ])('stops on a wrong %s with a message naming it', (variable, value, message) => {
    expect(() => loadConfig({ SAPA_DATA_DIR: freshDataDir(), [variable]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ SAPA_DATA_DIR: freshDataDir(), [variable]: value })).toThrow(message);
  });

  it('never echoes a wrong secret key', () => {
    expect(() => loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_SECRET_KEY: 'c2VjcmV0' })).toThrow(/<hidden>/);
  });

  it('reads the public URL with one trailing slash, and which proxies to trust', () => {
    const config = loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_PUBLIC_URL: 'https://sapa.brand.id/app', SAPA_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' });
    expect(config.publicUrl?.href).toBe('https://sapa.brand.id/app/');
    expect(config.trustProxy).toEqual(['10.0.0.0/8', '127.0.0.1']);
    const defaults = loadConfig({ SAPA_DATA_DIR: freshDataDir() });
    expect(defaults.publicUrl).toBeNull();
    expect(defaults.trustProxy).toBe(false);
  });

  it('turns /metrics on only with a metrics token, never echoing a wrong one', () => {
    expect(loadConfig({ SAPA_DATA_DIR: freshDataDir() }).metricsToken).toBeNull();
    expect(loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_METRICS_TOKEN: 'a-long-enough-token-123' }).metricsToken).toBe('a-long-enough-token-123');
    expect(() => loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_METRICS_TOKEN: 'has spaces in the token' })).toThrow(/<hidden>/);
  });

  it('reads a poll interval for every polling network, or leaves each network its own', () => {
    expect(loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_POLL_INTERVAL_MS: '2000' }).pollIntervalMs).toBe(2_000);
    expect(loadConfig({ SAPA_DATA_DIR: freshDataDir() }).pollIntervalMs).toBeNull();
  });

  it('reads the Redis prefix every process of one Sapa shares, and the job lease', () => {
    const defaults = loadConfig({ SAPA_DATA_DIR: freshDataDir() });
    expect([defaults.redisPrefix, defaults.jobLeaseMs]).toEqual(['sapa', 60_000]);
    const set = loadConfig({ SAPA_DATA_DIR: freshDataDir(), SAPA_REDIS_PREFIX: 'sapa-brand2', SAPA_JOB_LEASE_MS: '5000' });
    expect([set.redisPrefix, set.jobLeaseMs]).toEqual(['sapa-brand2', 5_000]);
  });
});
