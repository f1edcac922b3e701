// Post text with its facets: mentions (resolved to DIDs), links and hashtags, at UTF-8 byte
// offsets, found by @atproto/api's RichText. A mention whose handle does not resolve is left
// as plain text: a facet with an empty DID would make the PDS refuse the whole post.
import { AppBskyRichtextFacet, RichText, type Agent } from '@atproto/api';

export interface FacetedText {
  text: string;
  facets: AppBskyRichtextFacet.Main[];
}

export async function facetedText(text: string, agent: Pick<Agent, 'com'>): Promise<FacetedText> {
  const rich = new RichText({ text });
  await rich.detectFacets(agent as Agent);
  const facets = (rich.facets ?? []).filter((facet) => facet.features.every((feature) => !AppBskyRichtextFacet.isMention(feature) || feature.did.startsWith('did:')));
  return { text: rich.text, facets };
}

/** Graphemes, as the PDS counts them for app.bsky.feed.post's 300 limit. */
export function graphemeCount(text: string): number {
  return new RichText({ text }).graphemeLength;
}
