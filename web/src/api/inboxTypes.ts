// Shapes of the inbox API beyond the basic list and thread (src/server/routes/conversations,
// saved-replies, members, settings), as aliases of the types generated from the OpenAPI
// document (generated.ts, `npm run gen:api-types`), so they cannot drift from the server.
import type { ApiRequestBody, ApiResponse } from './types';

type ConversationPath = '/api/workspaces/{workspaceId}/conversations/{conversationId}';
type RepliesPath = '/api/workspaces/{workspaceId}/conversations/{conversationId}/replies';
type GeneratedSummary = ApiResponse<'/api/workspaces/{workspaceId}/conversations', 'get'>['items'][number];
type GeneratedDetail = ApiResponse<ConversationPath, 'get'>;

export type TargetState = NonNullable<GeneratedSummary['targetState']>;

/** One part of a conversation's priority score, e.g. { reason: 'complaint', points: 30 };
 * for `urgent`, `because` names the families that make it urgent (health_risk, account_takeover…). */
export type PriorityReason = GeneratedSummary['priorityReasons'][number];

/** A note; `author` is null when the account was removed. */
export type ConversationNote = GeneratedDetail['notes'][number];

export type ContactProfile = NonNullable<GeneratedDetail['contactProfile']>;
export type LoyaltyTier = ContactProfile['loyalty']['tier'];

/** GET conversations/counts: the inbox-zero indicators. */
export type ConversationCounts = ApiResponse<'/api/workspaces/{workspaceId}/conversations/counts', 'get'>;

/** PATCH conversations/:id and POST conversations/bulk. */
export type ConversationChanges = ApiRequestBody<ConversationPath, 'patch'>;
export type BulkUpdateResult = ApiResponse<'/api/workspaces/{workspaceId}/conversations/bulk', 'post'>;

export type Member = ApiResponse<'/api/workspaces/{workspaceId}/members', 'get'>['items'][number];

export type SavedReplyInput = ApiRequestBody<'/api/workspaces/{workspaceId}/saved-replies', 'post'>;
export type SavedReply = ApiResponse<'/api/workspaces/{workspaceId}/saved-replies', 'get'>['items'][number];

export type ReplySuggestion = ApiResponse<'/api/workspaces/{workspaceId}/conversations/{conversationId}/suggestions', 'get'>['items'][number];

export type ReplyQueued = ApiResponse<RepliesPath, 'post', 202>;

/** A content-guard finding as the server reports it on a blocked reply (422). */
export type ServerGuardFinding = ApiResponse<RepliesPath, 'post', 422>['findings'][number];
export type LocalizedText = ServerGuardFinding['message'];

/** A pacing hold (409): which rule holds the reply and when it may go. */
export type PacingHold = Extract<ApiResponse<RepliesPath, 'post', 409>, { hold: unknown }>['hold'];

export type PresenceState = ApiRequestBody<'/api/workspaces/{workspaceId}/conversations/{conversationId}/presence', 'post'>['state'];

// The server's own policy types, so the settings form and the API cannot drift apart.
export type { TargetIntent as PolicyIntent, ResponseTarget, BusinessHours, ResponsePolicy } from '../../../src/domain/response-targets';
