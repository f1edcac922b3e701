import { describe, expect, it } from 'vitest';
import { activeRefiningFilters, inboxFiltersToQuery, inboxFiltersToSearch, parseInboxFilters, withFilters } from './inboxFilters';

const parse = (search: string) => parseInboxFilters(new URLSearchParams(search));

describe('inbox filters in the URL', () => {
  it('defaults to the open inbox with no saved view', () => {
    expect(parse('')).toEqual({ view: 'all', status: 'open' });
    expect(inboxFiltersToSearch(parse(''))).toBe('');
  });

  it('reads every filter the API knows and round-trips it', () => {
    const search = '?view=complaints&status=all&channelId=ch_1&intent=question&sentiment=negative&emotion=anger&urgency=high&language=id&assignee=me&tag=vip&target=due_soon&spam=true&q=paket';
    const filters = parse(search);
    expect(filters).toMatchObject({ view: 'complaints', status: 'all', channelId: 'ch_1', assignee: 'me', tag: 'vip', spam: true, q: 'paket' });
    expect(parse(inboxFiltersToSearch(filters))).toEqual(filters);
  });

  it('drops values the API would refuse instead of failing the whole list', () => {
    expect(parse('view=everything&status=deleted&intent=rant&assignee=a%20b&channelId=../x&spam=1')).toEqual({ view: 'all', status: 'open' });
  });

  it('trims the search and tag and caps their length', () => {
    expect(parse(`q=%20%20paket%20&tag=${'x'.repeat(60)}`)).toMatchObject({ q: 'paket', tag: 'x'.repeat(40) });
    expect(parse('q=%20%20')).not.toHaveProperty('q');
  });
});

describe('inboxFiltersToQuery', () => {
  it('sends a saved view only when one is chosen, and spam as a flag', () => {
    expect(inboxFiltersToQuery({ view: 'all', status: 'open' })).toEqual({ status: 'open' });
    expect(inboxFiltersToQuery({ view: 'mine', status: 'open', spam: true, q: 'x' })).toEqual({ status: 'open', view: 'mine', spam: 'true', q: 'x' });
  });
});

describe('withFilters and activeRefiningFilters', () => {
  it('removes a filter set to undefined and lists the refining ones', () => {
    const filters = withFilters({ view: 'all', status: 'open', intent: 'question', tag: 'vip' }, { tag: undefined, urgency: 'high' });
    expect(filters).toEqual({ view: 'all', status: 'open', intent: 'question', urgency: 'high' });
    expect(activeRefiningFilters(filters)).toEqual(['intent', 'urgency']);
  });
});

describe('loyalty stage filter', () => {
  it('reads a known stage from the URL, drops an unknown one, and passes it to the API', () => {
    const filters = parseInboxFilters(new URLSearchParams('loyaltyStage=at_risk'));
    expect(filters.loyaltyStage).toBe('at_risk');
    expect(inboxFiltersToQuery(filters)).toMatchObject({ loyaltyStage: 'at_risk' });
    expect(parseInboxFilters(new URLSearchParams('loyaltyStage=famous')).loyaltyStage).toBeUndefined();
  });
});
