import { describe, expect, it } from 'vitest';
import { parseLiveEvent } from './liveEvents';

describe('parseLiveEvent', () => {
  it('reads refresh and target events by their conversation', () => {
    expect(parseLiveEvent('message.created', '{"conversationId":"c1","messageId":"m1"}')).toEqual({ type: 'message.created', conversationId: 'c1' });
    expect(parseLiveEvent('target.breached', '{"conversationId":"c2"}')).toEqual({ type: 'target.breached', conversationId: 'c2' });
  });

  it('reads presence with who and what', () => {
    const data = JSON.stringify({ conversationId: 'c1', userId: 'u2', name: 'Rizky', state: 'replying', at: 1 });
    expect(parseLiveEvent('presence', data)).toEqual({ type: 'presence', conversationId: 'c1', userId: 'u2', name: 'Rizky', state: 'replying' });
  });

  it('reads a channel change by its channel', () => {
    expect(parseLiveEvent('channel.updated', '{"channelId":"ch1","status":"needs_reconnect"}')).toEqual({ type: 'channel.updated', channelId: 'ch1' });
    expect(parseLiveEvent('channel.updated', '{"conversationId":"c1"}')).toBeNull();
  });

  it('reads an approval step by its post', () => {
    expect(parseLiveEvent('post.updated', '{"postId":"p1","action":"rejected","approvalState":"rejected","authorId":"u1"}')).toEqual({ type: 'post.updated', postId: 'p1', action: 'rejected', authorId: 'u1' });
    expect(parseLiveEvent('post.updated', '{"action":"approved"}')).toBeNull();
  });

  it('drops malformed payloads', () => {
    expect(parseLiveEvent('conversation.updated', 'not json')).toBeNull();
    expect(parseLiveEvent('conversation.updated', '{"conversationId":5}')).toBeNull();
    expect(parseLiveEvent('conversation.updated', 'null')).toBeNull();
    expect(parseLiveEvent('presence', '{"conversationId":"c1","userId":"u2","state":"dancing"}')).toBeNull();
    expect(parseLiveEvent('presence', '{"conversationId":"c1","state":"viewing"}')).toBeNull();
  });
});
