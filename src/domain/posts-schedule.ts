// schedulePost: a draft becomes one durable, delayed publish job per channel. The content
// guard (kind 'post', the paid flag, the brand profile) and the per-channel pacing rules run
// here on the server, so no client can skip them. Jobs are enqueued after commit.
import { hasBlocking, holdForPacing, type Finding, type OutboundItem, type PacingDecision, type PacingPolicyInput } from '../guard/index.js';
import { recordAudit } from '../store/repositories/audit.js';
import { recordGuardCheck } from '../store/repositories/guard-checks.js';
import { markScheduled, markUnscheduled, postTimesOnChannels } from '../store/repositories/posts.js';
import { readWorkspaceSetting } from '../store/repositories/settings.js';
import type { Role } from '../store/schema.js';
import { DomainError } from './errors.js';
import { checkWithBrand } from './brand-profile.js';
import type { AppDeps } from './deps.js';
import { approvalForScheduling, type ApprovalStep } from './planning/approval-policy.js';
import { getPost, type PostWithVariants } from './posts.js';
import { assertVariantsFit, variantTexts } from './post-variants.js';
import { publishPostJob } from './publish-post.js';
import { roleAtLeastManager } from './roles.js';
import { GuardBlockedError, PacingHoldError } from './send-reply.js';
import { inTransaction } from '../store/transaction.js';

export class PostGuardBlockedError extends GuardBlockedError {
  constructor(findings: Finding[]) {
    super(findings);
    this.message = 'The post has findings that block scheduling: fix them, or a manager can override with a written reason.';
  }
}

export class PostPacingHoldError extends PacingHoldError {
  constructor(decision: Extract<PacingDecision, { decision: 'hold' }>, readonly channelId: string) {
    super(decision);
  }
}

export interface SchedulePostInput {
  workspaceId: string;
  postId: string;
  userId: string;
  role: Role;
  scheduledAt: number;
  /** A manager's written reason to schedule despite a blocking finding. */
  overrideReason?: string;
  /** Written in the scheduling transaction: a manager's approval decision (planning/approval.ts). */
  approvalStep?: ApprovalStep;
}

export interface ScheduleChecks {
  guard: Awaited<ReturnType<typeof checkWithBrand>>;
  overriding: boolean;
  reason: string;
}

const minimumOverrideReason = 10;
// A few seconds of clock skew between browser and server must not refuse "publish now".
const pastTolerance = 60_000;
const horizon = 366 * 24 * 3600_000;
// Wide enough for the minimum gap and the calendar-day cap in any Indonesian time zone.
const pacingWindow = 25 * 3600_000;

/** The earliest time every selected channel allows the post, or the hold of the channel that waits longest. */
async function pacingHold(runtime: AppDeps, workspaceId: string, post: PostWithVariants, at: number): Promise<PostPacingHoldError | null> {
  const { db } = runtime.store;
  const channelIds = post.variants.map((variant) => variant.channel_id);
  const history: OutboundItem[] = (await postTimesOnChannels(db, { workspaceId, channelIds, from: at - pacingWindow, to: at + pacingWindow, excludePostId: post.post.id }))
    .map((item) => ({ channelId: item.channelId, text: item.text, sentAt: item.at, kind: 'post' }));
  const policy = await readWorkspaceSetting(db, workspaceId, 'pacing_policy') as PacingPolicyInput | undefined;
  let binding: PostPacingHoldError | null = null;
  for (const channelId of channelIds) {
    const decision = holdForPacing({ channelId, text: post.post.text, kind: 'post', at }, history, policy);
    if (decision.decision === 'hold' && (binding === null || decision.until > binding.decision.until)) binding = new PostPacingHoldError(decision, channelId);
  }
  return binding;
}

/**
 * The checks every way of putting a post on the schedule runs (Compose, a calendar move, the
 * next free slot): time window, content guard (a manager may override in writing) and pacing.
 */
export async function checkSchedule(runtime: AppDeps, input: SchedulePostInput, found: PostWithVariants, now: number): Promise<ScheduleChecks> {
  const { db } = runtime.store;
  if (found.variants.length === 0) throw new DomainError('invalid_input', 'channelIds: choose at least one channel before scheduling');
  if (input.scheduledAt < now - pastTolerance) throw new DomainError('invalid_input', 'scheduledAt: this time has already passed');
  if (input.scheduledAt > now + horizon) throw new DomainError('invalid_input', 'scheduledAt: at most one year ahead');

  assertVariantsFit(found.content, found.variants);

  // The guard checks every text that goes out: the post's, each override and every thread part.
  // The first text with a blocking finding is the one reported (its offsets point into it).
  let guard = await checkWithBrand(db, input.workspaceId, { text: found.post.text, kind: 'post', paid: found.post.paid === 1 });
  for (const text of variantTexts(found)) {
    if (hasBlocking(guard)) break;
    guard = await checkWithBrand(db, input.workspaceId, { text, kind: 'post', paid: found.post.paid === 1 });
  }
  const reason = input.overrideReason?.trim() ?? '';
  const overriding = hasBlocking(guard) && reason.length >= minimumOverrideReason;
  if (hasBlocking(guard) && !overriding) throw new PostGuardBlockedError(guard.findings);
  if (overriding && !roleAtLeastManager(input.role)) throw new DomainError('forbidden', 'Only a manager or owner can override a blocking finding.', 'guard.override_forbidden');

  const hold = await pacingHold(runtime, input.workspaceId, found, input.scheduledAt);
  if (hold !== null) throw hold;
  return { guard, overriding, reason };
}

/** The guard check (and an override's audit entry) stored with the schedule, in its transaction. */
export async function recordScheduleChecks(trx: Parameters<typeof recordGuardCheck>[0], input: SchedulePostInput, checks: ScheduleChecks, now: number): Promise<void> {
  const { guard, overriding, reason } = checks;
  await recordGuardCheck(trx, {
    workspaceId: input.workspaceId, kind: 'post', itemId: input.postId, channelId: null, userId: input.userId,
    softSellScore: guard.softSellScore, findings: guard.findings, overriddenBy: overriding ? input.userId : null, overrideReason: overriding ? reason : null,
  }, now);
  if (overriding) {
    await recordAudit(trx, {
      workspaceId: input.workspaceId, actorUserId: input.userId, action: 'guard.override', targetType: 'post', targetId: input.postId,
      details: { reason, rules: guard.findings.filter((f) => f.severity === 'block').map((f) => f.rule) },
    }, now);
  }
}

export async function schedulePost(runtime: AppDeps, input: SchedulePostInput, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  const found = await getPost(db, input.workspaceId, input.postId);
  if (found.post.status !== 'draft') throw new DomainError('conflict', `The post is already ${found.post.status}.`, 'post.not_draft');
  const approvalStep = input.approvalStep
    ?? await approvalForScheduling(db, { workspaceId: input.workspaceId, postId: input.postId, userId: input.userId, role: input.role, approvalState: found.post.approval_state });
  const checks = await checkSchedule(runtime, input, found, now);

  const scheduled = await inTransaction(db, async (trx) => {
    if (!(await markScheduled(trx, input.postId, input.scheduledAt, now))) return false;
    await recordScheduleChecks(trx, input, checks, now);
    if (approvalStep !== null) await approvalStep(trx, now);
    return true;
  });
  // Two officers scheduling the same draft at once: only one wins.
  if (!scheduled) throw new DomainError('conflict', 'The post was scheduled or changed meanwhile; reload it.', 'post.changed_meanwhile');
  await enqueuePublishJobs(runtime, found, input.scheduledAt, now);
  return getPost(db, input.workspaceId, input.postId);
}

/** One delayed publish job per channel variant, for this schedule (jobs of another time do nothing). */
export async function enqueuePublishJobs(runtime: AppDeps, found: PostWithVariants, scheduledAt: number, now: number): Promise<void> {
  for (const variant of found.variants) {
    await runtime.queue.enqueue(publishPostJob, { variantId: variant.id, scheduledAt }, { delayMs: Math.max(0, scheduledAt - now), maxAttempts: 6 });
  }
}

/** Back to draft. Jobs already queued find the schedule gone and do nothing. */
export async function unschedulePost(runtime: AppDeps, workspaceId: string, postId: string, now = Date.now()): Promise<PostWithVariants> {
  const { db } = runtime.store;
  if (!(await markUnscheduled(db, workspaceId, postId, now))) {
    const found = await getPost(db, workspaceId, postId);
    throw new DomainError('conflict', `The post is ${found.post.status}: only a scheduled post that has not started publishing can be unscheduled.`);
  }
  return getPost(db, workspaceId, postId);
}
