// Shapes of the Compose and Settings → Brand API (src/server/routes/{posts,brand,audit}/schema.ts),
// as aliases of the types generated from the OpenAPI document (generated.ts), so they cannot
// drift from the server. Only `network` and the guard's rule ids (the server runs the same
// guard module) are narrowed to the values the web knows.
import type { Finding } from '../content-guard/guard';
import type { ApiRequestBody, ApiResponse, Network } from './types';

type PostPath = '/api/workspaces/{workspaceId}/posts/{postId}';
type SchedulePath = '/api/workspaces/{workspaceId}/posts/{postId}/schedule';
type GeneratedPost = ApiResponse<PostPath, 'get'>;
type GeneratedVariant = GeneratedPost['variants'][number];

export type PostStatus = GeneratedPost['status'];
export type VariantState = GeneratedVariant['state'];
export type VariantProblem = NonNullable<GeneratedVariant['problems']>[number];
export type PostVariant = Omit<GeneratedVariant, 'channel'> & { channel: GeneratedVariant['channel'] & { network: Network } };
export type ApprovalState = NonNullable<GeneratedPost['approvalState']>;
export type Post = Omit<GeneratedPost, 'variants'> & { variants: PostVariant[] };

export type ApprovalStep = ApiResponse<'/api/workspaces/{workspaceId}/posts/{postId}/approvals', 'get'>['items'][number];

export type DraftBody = ApiRequestBody<PostPath, 'put'>;
export type VariantBody = NonNullable<DraftBody['variants']>[number];

/** 422 from scheduling: the blocking findings the server found. */
export type GuardBlockedBody = Omit<ApiResponse<SchedulePath, 'post', 422>, 'findings'> & { findings: Finding[] };

/** 409 from scheduling: which pacing limit holds the post, and the earliest time it may go. */
export type PacingHold = NonNullable<ApiResponse<SchedulePath, 'post', 409>['hold']>;

export type AuditEntry = ApiResponse<'/api/workspaces/{workspaceId}/audit', 'get'>['items'][number];
