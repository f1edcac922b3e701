// The composer imports this library in the browser: no Node APIs may creep in.
// Sources are read through Vite's import.meta.glob, so the test itself needs none either.
import { describe, expect, it } from 'vitest';

const sources = (import.meta as unknown as { glob: (pattern: string[], options: object) => Record<string, string> }).glob(
  ['./**/*.ts', '!./**/*.test.ts', '!./test/**'],
  { query: '?raw', import: 'default', eager: true },
);

describe('src/guard is browser-safe', () => {
  it('finds its sources', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(20);
  });

  for (const [path, source] of Object.entries(sources)) {
    it(`${path} uses no Node API`, () => {
      expect(source).not.toMatch(/from ['"](?:node:|fs|path|os|crypto|buffer|util|stream|child_process)/);
      expect(source).not.toMatch(/\b(?:process\.|Buffer\.|require\(|__dirname)/);
    });
  }
});
