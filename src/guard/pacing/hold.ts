// holdForPacing(): allow a send, or say which limit holds it and until when. Each limit
// only relaxes as time passes, so the latest of their release times satisfies them all.
import type { LocalizedText } from '../types.js';
import { resolvePacingPolicy, type OutboundItem, type PacingDecision, type PacingPolicyInput, type PacingRule, type ProposedSend } from './policy.js';
import { sameTextKey } from './text-key.js';

const DAY = 86_400_000;

interface Hold {
  rule: PacingRule;
  until: number;
  limitId?: string;
}

/** When a sliding window of `windowMs` holding `times` lets one more in under `max`. */
function windowRelease(times: number[], at: number, max: number, windowMs: number): number | undefined {
  const inWindow = times.filter((t) => t <= at && t > at - windowMs).sort((a, b) => a - b);
  if (inWindow.length < max) return undefined;
  const leaving = inWindow[inWindow.length - max];
  return leaving === undefined ? undefined : leaving + windowMs;
}

/**
 * Posts keep the gap on both sides: a post scheduled just before one already scheduled
 * crowds it as much as one just after. The daily cap counts the whole calendar day.
 */
function postHolds(send: ProposedSend, history: readonly OutboundItem[], policy: ReturnType<typeof resolvePacingPolicy>): Hold[] {
  const holds: Hold[] = [];
  const posts = history.filter((h) => h.kind === 'post' && h.channelId === send.channelId).map((h) => h.sentAt);
  const crowding = posts.filter((t) => Math.abs(send.at - t) < policy.posts.minGapMs);
  if (crowding.length > 0) holds.push({ rule: 'PACE.POST_GAP', until: Math.max(...crowding) + policy.posts.minGapMs });
  const offset = policy.posts.utcOffsetMinutes * 60_000;
  const dayStart = Math.floor((send.at + offset) / DAY) * DAY - offset;
  if (posts.filter((t) => t >= dayStart && t < dayStart + DAY).length >= policy.posts.maxPerDay) holds.push({ rule: 'PACE.POSTS_PER_DAY', until: dayStart + DAY });
  return holds;
}

function replyHolds(send: ProposedSend, history: readonly OutboundItem[], policy: ReturnType<typeof resolvePacingPolicy>): Hold[] {
  const holds: Hold[] = [];
  const replies = history.filter((h) => h.kind === 'reply');
  if (send.contactId !== undefined) {
    const toContact = replies.filter((h) => h.contactId === send.contactId).map((h) => h.sentAt);
    const until = windowRelease(toContact, send.at, policy.perContact.max, policy.perContact.windowMs);
    if (until !== undefined) holds.push({ rule: 'PACE.CONTACT_CAP', until });
  }
  const onChannel = replies.filter((h) => h.channelId === send.channelId);
  const rate = windowRelease(onChannel.map((h) => h.sentAt), send.at, policy.replies.max, policy.replies.windowMs);
  if (rate !== undefined) holds.push({ rule: 'PACE.CHANNEL_REPLY_RATE', until: rate });

  const key = sameTextKey(send.text);
  if (key.length >= policy.identicalText.minLength) {
    // Latest identical send per other recipient inside the window.
    const latest = new Map<string, number>();
    for (const h of onChannel) {
      if (h.sentAt > send.at || h.sentAt <= send.at - policy.identicalText.windowMs) continue;
      const recipient = h.contactId ?? `item:${h.sentAt}`;
      if (recipient === send.contactId || sameTextKey(h.text) !== key) continue;
      latest.set(recipient, Math.max(latest.get(recipient) ?? -Infinity, h.sentAt));
    }
    const until = windowRelease([...latest.values()], send.at, policy.identicalText.maxRecipients, policy.identicalText.windowMs);
    if (until !== undefined) holds.push({ rule: 'PACE.IDENTICAL_TEXT', until });
  }
  return holds;
}

function networkHolds(send: ProposedSend, history: readonly OutboundItem[], policy: ReturnType<typeof resolvePacingPolicy>): Hold[] {
  const holds: Hold[] = [];
  for (const limit of policy.networkLimits) {
    const applies = (channelId: string, kind: OutboundItem['kind']): boolean =>
      (limit.channelIds === undefined || limit.channelIds.includes(channelId)) && (limit.kinds === undefined || limit.kinds.includes(kind));
    if (!applies(send.channelId, send.kind)) continue;
    const times = history.filter((h) => applies(h.channelId, h.kind)).map((h) => h.sentAt);
    const until = windowRelease(times, send.at, limit.max, limit.windowMs);
    if (until !== undefined) holds.push({ rule: 'PACE.NETWORK_LIMIT', until, limitId: limit.id });
  }
  return holds;
}

const REASONS: Record<PacingRule, LocalizedText> = {
  'PACE.CONTACT_CAP': { id: 'Sudah terlalu banyak balasan ke orang ini dalam waktu singkat.', en: 'Too many replies to this person in a short time.' },
  'PACE.IDENTICAL_TEXT': { id: 'Teks yang sama baru saja dikirim ke beberapa orang; platform menganggapnya spam.', en: 'The same text just went to several people; networks treat that as spam.' },
  'PACE.POST_GAP': { id: 'Jarak dari postingan terakhir di kanal ini terlalu dekat.', en: 'Too soon after the last post on this channel.' },
  'PACE.POSTS_PER_DAY': { id: 'Batas postingan harian kanal ini sudah tercapai.', en: 'This channel has reached its posts-per-day limit.' },
  'PACE.CHANNEL_REPLY_RATE': { id: 'Kanal ini sedang membalas terlalu cepat.', en: 'This channel is replying too fast.' },
  'PACE.NETWORK_LIMIT': { id: 'Batas laju dari jaringan sosial ini tercapai.', en: "The network's own rate limit is reached." },
};

function holdMessage(rule: PacingRule, waitMs: number): LocalizedText {
  const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
  const reason = REASONS[rule];
  return { id: `${reason.id} Bisa dikirim dalam ±${minutes} menit.`, en: `${reason.en} It can go in about ${minutes} min.` };
}

function holdsAt(send: ProposedSend, history: readonly OutboundItem[], policy: ReturnType<typeof resolvePacingPolicy>): Hold[] {
  return [
    ...(send.kind === 'post' ? postHolds(send, history, policy) : replyHolds(send, history, policy)),
    ...networkHolds(send, history, policy),
  ].filter((h) => h.until > send.at);
}

/** Release times only move forward, so a bounded walk always ends; the bound guards odd policies. */
const MAX_WALK_STEPS = 100;

/** Allow the send, or hold it with the limit that binds longest and the earliest time it may go. */
export function holdForPacing(send: ProposedSend, history: readonly OutboundItem[], policyInput?: PacingPolicyInput): PacingDecision {
  const policy = resolvePacingPolicy(policyInput);
  const holds = holdsAt(send, history, policy);
  if (holds.length === 0) return { decision: 'allow' };
  const binding = holds.reduce((a, b) => (b.until > a.until ? b : a));
  // The release time can itself crowd something already scheduled later (the next post, the
  // next day's cap): walk forward until every limit allows, so "until" is a time that works.
  let until = binding.until;
  for (let step = 0; step < MAX_WALK_STEPS; step++) {
    const later = holdsAt({ ...send, at: until }, history, policy);
    if (later.length === 0) break;
    until = Math.max(...later.map((h) => h.until));
  }
  return { decision: 'hold', rule: binding.rule, until, message: holdMessage(binding.rule, until - send.at), holds };
}
