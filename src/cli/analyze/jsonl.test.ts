// `sapa analyze --jsonl` as a user runs it: lines stay aligned and in order, whatever the threads.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cliEntrySource, nodeArgumentsFor } from '../../test-support/child-command.js';
import { inheritedEnvironment } from '../../test-support/test-config.js';

const sapaCommand = nodeArgumentsFor(cliEntrySource);

function analyzeJsonl(input: string, threads: string) {
  const result = spawnSync(process.execPath, [...sapaCommand, 'analyze', '--jsonl', '--threads', threads], { env: { ...inheritedEnvironment(), SAPA_LOG_LEVEL: 'warn' }, input, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, lines: result.stdout.split('\n').filter((line) => line !== '') };
}

describe('sapa analyze --jsonl', () => {
  // More lines than one batch, so several batches travel through the workers and back.
  const texts = Array.from({ length: 1_300 }, (_, i) => (i % 3 === 0 ? `paket ${i} belum sampai kak` : `serumnya bagus, makasih ${i}`));
  const input = [...texts.map((text, i) => JSON.stringify({ id: i, text })), '', 'not json', '{"text":"halo kak"}'].join('\n');

  it('answers line n of the input with line n of the output, in order, with errors in place', () => {
    const { status, lines } = analyzeJsonl(input, '2');
    expect(status).toBe(2);
    expect(lines).toHaveLength(texts.length + 3);
    lines.slice(0, texts.length).forEach((line, i) => expect((JSON.parse(line) as { id: number }).id).toBe(i));
    expect(JSON.parse(lines[texts.length] ?? '')).toEqual({ error: 'empty line' });
    expect(JSON.parse(lines[texts.length + 1] ?? '')).toHaveProperty('error');
    expect(JSON.parse(lines[texts.length + 2] ?? '')).toHaveProperty('language');
  });

  it('writes the same bytes with worker threads as on one thread', () => {
    expect(analyzeJsonl(input, '2').lines).toEqual(analyzeJsonl(input, '0').lines);
  });
});
