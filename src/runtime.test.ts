import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { redactedLogPaths } from './runtime.js';

describe('logs', () => {
  it('never contain cookies, authorization, CSRF tokens or passwords', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(chunk.toString()); done(); } });
    const logger = pino({ redact: { paths: redactedLogPaths, censor: '[redacted]' } }, sink);
    logger.info({
      req: { headers: { cookie: 'sapa_session=sess_abc', authorization: 'Bearer sapa_xyz', 'x-csrf-token': 'csrf_123' } },
      body: { password: 'hunter22', email: 'a@b.c' },
    }, 'request');
    const output = lines.join('');
    for (const secret of ['sess_abc', 'sapa_xyz', 'csrf_123', 'hunter22']) expect(output).not.toContain(secret);
    expect(output).toContain('a@b.c');
  });
});
