// Shared helpers for the guard's tests.
import { check, type CheckOptions } from '../check.js';
import type { Finding, RuleId } from '../types.js';

export function rulesOf(text: string, options: Partial<CheckOptions> = {}): RuleId[] {
  return [...new Set(check(text, { kind: 'post', ...options }).findings.map((f) => f.rule))].sort();
}

export function findingsOf(text: string, options: Partial<CheckOptions> = {}): Finding[] {
  return check(text, { kind: 'post', ...options }).findings;
}

export function findingFor(text: string, rule: RuleId, options: Partial<CheckOptions> = {}): Finding | undefined {
  return findingsOf(text, options).find((f) => f.rule === rule);
}
