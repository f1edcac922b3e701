import { describe, expect, it } from 'vitest';
import { encodeTid, IdMinter, isTid } from './ids.js';
import { createRandom } from './random.js';

const AT = Date.UTC(2026, 10, 20, 12, 0, 0);

describe('IdMinter', () => {
  it('mints X snowflakes that carry their creation time', () => {
    const id = new IdMinter(createRandom(1)).snowflake(AT);
    expect(id).toMatch(/^\d{19}$/);
    expect(Number((BigInt(id) >> 22n) + 1_288_834_974_657n)).toBe(AT);
  });

  it('mints Bluesky TIDs and at:// post URIs', () => {
    const ids = new IdMinter(createRandom(1));
    expect(isTid(ids.tid(AT))).toBe(true);
    expect(ids.blueskyPostUri('did:plc:abc', AT)).toMatch(/^at:\/\/did:plc:abc\/app\.bsky\.feed\.post\/[234567abcdefghij][234567a-z]{12}$/);
    expect(encodeTid(0n, 0)).toBe('2222222222222');
  });

  it('mints Facebook post and comment ids in Graph API shape', () => {
    const ids = new IdMinter(createRandom(1));
    const post = ids.facebookPostId('104729381562847');
    expect(post).toMatch(/^104729381562847_\d{16}$/);
    const comment = ids.facebookCommentId(post, '104729381562847');
    expect(comment.split('_')[0]).toBe(post.split('_')[1]);
    const reply = ids.facebookCommentId(comment, '104729381562847');
    expect(reply.split('_')[0]).toBe(post.split('_')[1]);
  });

  it('mints Instagram numeric ids and opaque DM mids', () => {
    const ids = new IdMinter(createRandom(1));
    expect(ids.instagramId()).toMatch(/^17\d{15}$/);
    expect(ids.messengerMid()).toMatch(/^m_[\w-]+$/);
  });

  it('never repeats an id, even at the same instant', () => {
    const ids = new IdMinter(createRandom(2));
    const minted = new Set<string>();
    for (let index = 0; index < 5000; index += 1) {
      minted.add(ids.snowflake(AT));
      minted.add(ids.tid(AT));
      minted.add(ids.instagramId());
      minted.add(ids.facebookPostId('1'));
    }
    expect(minted.size).toBe(20_000);
  });
});
