// `sapa bench webhook` as a user runs it: a child process that starts Sapa on a throwaway data
// folder, forks its sender, and prints one JSON object. Only the shape and the inbox check are
// asserted; the timings are figures to read, not to test.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);

describe('sapa bench webhook', { timeout: 180_000 }, () => {
  it('delivers signed Page comments from a second process and finds each comment once in the inbox', () => {
    const run = spawnSync(process.execPath, [...sapaCommand, 'bench', 'webhook', '--events', '200', '--json'], {
      env: { ...inheritedEnvironment(), SAPA_LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 170_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(result).toMatchObject({ events: 200, lost: 0, duplicated: 0, failed: 0, redeliveries: 10 });
    for (const figure of ['eventsPerSecond', 'ackP50Ms', 'ackP99Ms', 'processedPerSecond', 'rawInsertsPerSecond', 'shareOfRaw']) {
      expect(result[figure]).toEqual(expect.any(Number));
    }
  });
});
