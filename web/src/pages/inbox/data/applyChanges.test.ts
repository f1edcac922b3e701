import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../../api/types';
import { applyChanges } from './applyChanges';

const conversation = { id: 'c1', status: 'open', assigneeId: null, tags: ['a'], spam: false, unanswered: true, targetState: 'ok' } as unknown as ConversationSummary;

describe('applyChanges', () => {
  it('applies status, assignee and tags', () => {
    expect(applyChanges(conversation, { status: 'closed', assigneeId: 'u1', tags: ['b'] })).toMatchObject({ status: 'closed', assigneeId: 'u1', tags: ['b'] });
  });

  it('snoozes and wakes', () => {
    expect(applyChanges(conversation, { snoozedUntil: '2026-11-27T02:00:00Z' }).status).toBe('snoozed');
    expect(applyChanges({ ...conversation, status: 'snoozed' }, { snoozedUntil: null }).status).toBe('open');
  });

  it('closes spam and takes it out of the unanswered queue', () => {
    expect(applyChanges(conversation, { spam: true })).toMatchObject({ spam: true, status: 'closed', unanswered: false, targetState: null });
    expect(conversation.status).toBe('open');
  });
});
