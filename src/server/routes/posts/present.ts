import type { Static } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { PostGuardBlockedError, PostPacingHoldError } from '../../../domain/posts-schedule.js';
import type { PostWithVariants } from '../../../domain/posts.js';
import type { PostSchema } from './schema.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());
// Only links a browser may open safely.
const safeUrl = (url: string | null | undefined): string | null => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);

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
      state: variant.state, error: variant.error, networkPostId: variant.network_post_id, sentAt: iso(variant.sent_at), networkUrl: safeUrl(variant.network_url),
      ...variantContent(variant.id, variant.text),
    })),
    ...(content === undefined ? {} : { mediaIds: content.mediaIds }),
    approvalState: post.approval_state, plannedAt: iso(post.planned_at),
  };
}

/** The answer to a refused schedule (compose, approval, calendar move): 422 with the guard's findings, 409 with the pacing hold; anything else is rethrown. */
export function sendScheduleRefusal(reply: FastifyReply, error: unknown): FastifyReply {
  if (error instanceof PostGuardBlockedError) return reply.code(422).send({ statusCode: 422, error: 'Unprocessable Entity', code: 'guard.blocked', message: error.message, findings: error.findings });
  if (error instanceof PostPacingHoldError) {
    const { rule, until, message } = error.decision;
    return reply.code(409).send({ statusCode: 409, error: 'Conflict', code: 'post.paced', message: message.en, hold: { rule, until: new Date(until).toISOString(), channelId: error.channelId, message } });
  }
  throw error;
}
