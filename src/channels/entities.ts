// Links, hashtags and mentions in a post's text, found once and turned into what each network
// wants: Bluesky facets at UTF-8 byte offsets (byteStart inclusive, byteEnd exclusive), plain
// text for Mastodon and X (their servers find the entities themselves). Pure, so the composer's
// preview highlights exactly what will become an entity.

export type EntityKind = 'link' | 'hashtag' | 'mention';

export interface Entity {
  kind: EntityKind;
  /** UTF-16 offsets into the text (what the browser highlights). */
  start: number;
  end: number;
  /** The link's URL, the tag without '#', the handle without '@'. */
  value: string;
}

const LINK = /(?<![\w@.\-/])(?:https?:\/\/[^\s<>"]+|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/[^\s<>"]*)?)/giu;
const HASHTAG = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
const MENTION = /(?<![\w@])@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*|[\w.]+@[\w.-]+\.[a-z]{2,}|\w+)/giu;
const TRAILING = /[.,!?:;'")\]]+$/u;

function matches(text: string, pattern: RegExp, kind: EntityKind, value: (match: RegExpMatchArray, trimmed: string) => string): Entity[] {
  return [...text.matchAll(pattern)].map((match) => {
    const trimmed = kind === 'hashtag' ? match[0] : match[0].replace(TRAILING, '');
    return { kind, start: match.index ?? 0, end: (match.index ?? 0) + trimmed.length, value: value(match, trimmed) };
  });
}

/** Every entity, in text order, never overlapping (a link wins over a hashtag inside it). */
export function findEntities(text: string): Entity[] {
  const links = matches(text, LINK, 'link', (_match, url) => (/^https?:\/\//i.test(url) ? url : `https://${url}`));
  const others = [
    ...matches(text, HASHTAG, 'hashtag', (match) => match[1] ?? ''),
    ...matches(text, MENTION, 'mention', (_match, handle) => handle.slice(1)),
  ].filter((entity) => !links.some((link) => entity.start < link.end && link.start < entity.end));
  return [...links, ...others].sort((a, b) => a.start - b.start);
}

const utf8 = new TextEncoder();
const byteOffset = (text: string, utf16Offset: number): number => utf8.encode(text.slice(0, utf16Offset)).length;

export type BlueskyFeature =
  | { $type: 'app.bsky.richtext.facet#link'; uri: string }
  | { $type: 'app.bsky.richtext.facet#tag'; tag: string }
  | { $type: 'app.bsky.richtext.facet#mention'; did: string };

export interface BlueskyFacet {
  index: { byteStart: number; byteEnd: number };
  features: BlueskyFeature[];
}

/**
 * Bluesky facets. A mention needs its DID: `didFor` resolves a handle, and a mention that does
 * not resolve stays plain text (a facet with no DID makes the PDS refuse the whole post).
 */
export async function blueskyFacets(text: string, didFor: (handle: string) => Promise<string | null> = () => Promise.resolve(null)): Promise<BlueskyFacet[]> {
  const facets: BlueskyFacet[] = [];
  for (const entity of findEntities(text)) {
    const index = { byteStart: byteOffset(text, entity.start), byteEnd: byteOffset(text, entity.end) };
    if (entity.kind === 'link') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#link', uri: entity.value }] });
    else if (entity.kind === 'hashtag') facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#tag', tag: entity.value }] });
    else {
      const did = entity.value.includes('.') ? await didFor(entity.value) : null;
      if (did?.startsWith('did:') === true) facets.push({ index, features: [{ $type: 'app.bsky.richtext.facet#mention', did }] });
    }
  }
  return facets;
}

/** Mastodon and X find links, tags and mentions in the plain text themselves: the text goes as written. */
export function plainTextFor(text: string): string {
  return text;
}
