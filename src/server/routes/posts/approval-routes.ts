// Approval of posts: the workspace setting (managers), an officer's submission, a manager's
// approval (which schedules, with the guard's 422 and pacing's 409 like scheduling) or
// rejection with a comment, and the history the author reads.
import { Type } from '@fastify/type-provider-typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { approvalHistory, approvePost, rejectPost, submitForApproval } from '../../../domain/planning/approval.js';
import { approvalRequired, setApprovalRequired } from '../../../domain/planning/approval-policy.js';
import type { Role } from '../../../store/schema.js';
import { workspaceAccess } from '../../access.js';
import type { AppContext } from '../../context.js';
import { ErrorResponse } from '../../errors.js';
import { WorkspaceParams } from '../workspaces/schema.js';
import { presentPost, sendScheduleRefusal } from './present.js';
import { PostGuardBlockedResponse, PostPacingHoldResponse, PostParams, PostSchema } from './schema.js';

const ApprovalSetting = Type.Object({ required: Type.Boolean() }, { additionalProperties: false });
const SubmitBody = Type.Object({ plannedAt: Type.Optional(Type.String({ format: 'date-time' })) }, { additionalProperties: false });
const ApproveBody = Type.Object({
  scheduledAt: Type.Optional(Type.String({ format: 'date-time' })),
  overrideReason: Type.Optional(Type.String({ minLength: 10, maxLength: 1000 })),
}, { additionalProperties: false });
const RejectBody = Type.Object({ comment: Type.String({ minLength: 3, maxLength: 2000 }) }, { additionalProperties: false });
const PostWithApproval = Type.Object({ post: PostSchema, approvalState: Type.Union([Type.String(), Type.Null()]) });
const HistoryResponse = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), action: Type.String(), comment: Type.Union([Type.String(), Type.Null()]), actor: Type.Union([Type.Object({ id: Type.String(), name: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]), createdAt: Type.String() })),
});

export const approvalRoutes: FastifyPluginAsyncTypebox<{ context: AppContext }> = async (app, { context }) => {
  const { db } = context.store;
  const actorOf = (request: { params: { workspaceId: string; postId: string }; auth: { userId: string } | null; workspaceRole: Role | null }) => ({
    workspaceId: request.params.workspaceId, postId: request.params.postId, userId: request.auth?.userId ?? '', role: request.workspaceRole ?? 'viewer',
  });
  // Every decision reaches open browsers at once (the author's notification, the managers' queue).
  const present = (found: Awaited<ReturnType<typeof submitForApproval>>, action: 'submitted' | 'approved' | 'rejected') => {
    context.events.publish({
      workspaceId: found.post.workspace_id, name: 'post.updated',
      data: { postId: found.post.id, action, approvalState: found.post.approval_state, authorId: found.post.created_by },
    });
    return { post: presentPost(found), approvalState: found.post.approval_state };
  };

  app.get('/api/workspaces/:workspaceId/post-approval', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'Whether posts need a manager\'s approval', params: WorkspaceParams, response: { 200: ApprovalSetting } },
  }, async (request) => ({ required: await approvalRequired(db, request.params.workspaceId) }));

  app.put('/api/workspaces/:workspaceId/post-approval', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['compose'], summary: 'Turn approval of posts on or off', params: WorkspaceParams, body: ApprovalSetting, response: { 200: ApprovalSetting } },
  }, async (request) => {
    await setApprovalRequired(db, request.params.workspaceId, request.body.required, request.auth?.userId ?? '');
    return { required: request.body.required };
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/submit', {
    config: { access: workspaceAccess('officer') },
    schema: { tags: ['compose'], summary: 'Submit a draft for approval', params: PostParams, body: SubmitBody, response: { 200: PostWithApproval, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request) => present(await submitForApproval(context, {
    ...actorOf(request), ...(request.body.plannedAt === undefined ? {} : { plannedAt: Date.parse(request.body.plannedAt) }),
  }), 'submitted'));

  app.post('/api/workspaces/:workspaceId/posts/:postId/approve', {
    config: { access: workspaceAccess('manager') },
    schema: {
      tags: ['compose'], summary: 'Approve a submitted post, which schedules it (guard and pacing checks apply)', params: PostParams, body: ApproveBody,
      response: { 200: PostWithApproval, 400: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse, 409: PostPacingHoldResponse, 422: PostGuardBlockedResponse },
    },
  }, async (request, reply) => {
    try {
      return present(await approvePost(context, {
        ...actorOf(request),
        ...(request.body.scheduledAt === undefined ? {} : { scheduledAt: Date.parse(request.body.scheduledAt) }),
        ...(request.body.overrideReason === undefined ? {} : { overrideReason: request.body.overrideReason }),
      }), 'approved');
    } catch (error) {
      return sendScheduleRefusal(reply, error);
    }
  });

  app.post('/api/workspaces/:workspaceId/posts/:postId/reject', {
    config: { access: workspaceAccess('manager') },
    schema: { tags: ['compose'], summary: 'Reject a submitted post with a comment for its author', params: PostParams, body: RejectBody, response: { 200: PostWithApproval, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } },
  }, async (request) => present(await rejectPost(context, { ...actorOf(request), comment: request.body.comment }), 'rejected'));

  app.get('/api/workspaces/:workspaceId/posts/:postId/approvals', {
    config: { access: workspaceAccess('viewer') },
    schema: { tags: ['compose'], summary: 'Submissions and decisions on a post, with comments', params: PostParams, response: { 200: HistoryResponse, 404: ErrorResponse } },
  }, async (request) => ({
    items: (await approvalHistory(db, request.params.workspaceId, request.params.postId)).map((step) => ({
      id: step.id, action: step.action, comment: step.comment, createdAt: new Date(Number(step.created_at)).toISOString(),
      actor: step.actor_user_id === null ? null : { id: step.actor_user_id, name: step.actor_name },
    })),
  }));
};
