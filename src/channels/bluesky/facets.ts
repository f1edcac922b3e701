// Post text with its facets: links, hashtags and mentions found once by src/channels/entities.ts
// (the same detection the composer's preview shows), at UTF-8 byte offsets. Mentions resolve to
// DIDs through the PDS; a mention whose handle does not resolve stays plain text, since a facet
// with an empty DID would make the PDS refuse the whole post.
import { RichText, type Agent } from '@atproto/api';
import { blueskyFacets, type BlueskyFacet } from '../entities.js';

export interface FacetedText {
  text: string;
  facets: BlueskyFacet[];
}

export async function facetedText(text: string, agent: Pick<Agent, 'com'>): Promise<FacetedText> {
  const didFor = async (handle: string): Promise<string | null> => {
    try {
      return (await agent.com.atproto.identity.resolveHandle({ handle })).data.did;
    } catch {
      return null;
    }
  };
  return { text, facets: await blueskyFacets(text, didFor) };
}

/** Graphemes, as the PDS counts them for app.bsky.feed.post's 300 limit. */
export function graphemeCount(text: string): number {
  return new RichText({ text }).graphemeLength;
}
