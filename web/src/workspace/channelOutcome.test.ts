import { describe, expect, it } from 'vitest';
import { channelOutcomeSearch } from './channelOutcome';

describe('channelOutcomeSearch', () => {
  it('carries the OAuth outcome and nothing else', () => {
    expect(channelOutcomeSearch('?error=You%20did%20not%20approve&next=/evil')).toBe('?error=You+did+not+approve');
    expect(channelOutcomeSearch('?connected=ch1')).toBe('?connected=ch1');
  });

  it('is null when there is no outcome, so "/" opens the inbox', () => {
    expect(channelOutcomeSearch('')).toBeNull();
    expect(channelOutcomeSearch('?error=')).toBeNull();
  });
});
