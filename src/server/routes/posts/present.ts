import type { Static } from '@fastify/type-provider-typebox';
import type { PostWithVariants } from '../../../domain/posts.js';
import type { PostSchema } from './schema.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function presentPost({ post, variants, content }: PostWithVariants): Static<typeof PostSchema> {
  const variantContent = (variantId: string, text: string) => {
    const details = content?.variants.get(variantId);
    return details === undefined ? {} : { text, overrideText: details.overrideText, threadParts: details.threadParts, mediaIds: details.mediaIds, problems: details.problems };
  };
  return {
    id: post.id, status: post.status, text: post.text, paid: post.paid === 1,
    scheduledAt: iso(post.scheduled_at), publishedAt: iso(post.published_at), createdBy: post.created_by,
    createdAt: new Date(post.created_at).toISOString(), updatedAt: new Date(post.updated_at).toISOString(),
    variants: variants.map((variant) => ({
      id: variant.id, channel: { id: variant.channel_id, network: variant.network, handle: variant.handle },
      state: variant.state, error: variant.error, networkPostId: variant.network_post_id, sentAt: iso(variant.sent_at),
      ...variantContent(variant.id, variant.text),
    })),
    ...(content === undefined ? {} : { mediaIds: content.mediaIds }),
  };
}
