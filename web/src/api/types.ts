// Shapes of the Sapa HTTP API as the web app consumes them. They are aliases of the types
// generated from the server's OpenAPI document (generated.ts, `npm run gen:api-types`), so a
// field the server adds, drops or renames shows up here at compile time instead of drifting.
// Where the server's schema only says `string`, the web narrows it to the values it knows
// (`Narrowed`), keeping every other field as generated.
import type { paths } from './generated';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;
type Operation<Path extends keyof paths, Method extends keyof paths[Path]> = paths[Path][Method];
/** The JSON answer of a route for one status (200 unless told). */
export type ApiResponse<Path extends keyof paths, Method extends keyof paths[Path], Status extends number = 200> =
  Operation<Path, Method> extends { responses: infer Responses } ? (Status extends keyof Responses ? JsonBody<Responses[Status]> : never) : never;
/** The JSON body a route accepts. */
export type ApiRequestBody<Path extends keyof paths, Method extends keyof paths[Path]> =
  Operation<Path, Method> extends { requestBody?: infer Body } ? JsonBody<NonNullable<Body>> : never;
/** Replaces the listed fields of a generated type by narrower ones the web relies on. */
type Narrowed<T, Narrower extends { [K in keyof Narrower]: K extends keyof T ? unknown : never }> = Omit<T, keyof Narrower> & Narrower;

export type Locale = 'id' | 'en';
export type ColorSchemePreference = 'light' | 'dark' | 'auto';
export type WorkspaceRole = 'owner' | 'manager' | 'officer' | 'viewer';
export type Network = 'facebook' | 'instagram' | 'x' | 'bluesky' | 'mastodon' | 'telegram' | 'whatsapp' | 'threads';

export type Session = ApiResponse<'/api/session', 'get'>;
export type User = Session['user'];
export type WorkspaceMembership = Session['workspaces'][number];
export type SignInResult = ApiResponse<'/api/auth/sign-in', 'post'>;
export type UserPreferencesPatch = ApiRequestBody<'/api/me', 'patch'>;

type GeneratedChannel = ApiResponse<'/api/workspaces/{workspaceId}/channels', 'get'>['items'][number];
export type ChannelStatus = GeneratedChannel['status'];
/** What a network can do; the UI hides what it cannot (src/channels/types.ts on the server). */
export type ChannelCapabilities = GeneratedChannel['capabilities'];
export type Channel = Narrowed<GeneratedChannel, { network: Network }>;

export type ConversationStatus = 'open' | 'snoozed' | 'closed';
export type ConversationStatusFilter = ConversationStatus | 'all';
export type MessageDirection = 'inbound' | 'outbound';
export type SentimentLabel = 'positive' | 'neutral' | 'negative';
export type Urgency = 'low' | 'normal' | 'high';
export type DeliveryState = 'received' | 'queued' | 'sending' | 'sent' | 'failed' | 'unknown';

type GeneratedSummary = ApiResponse<'/api/workspaces/{workspaceId}/conversations', 'get'>['items'][number];
export type ConversationSummary = Narrowed<GeneratedSummary, {
  channel: Narrowed<GeneratedSummary['channel'], { network: Network }>;
  sentiment: SentimentLabel | null;
  urgency: Urgency | null;
}>;

export interface ConversationPage {
  items: ConversationSummary[];
  nextCursor: string | null;
}

type GeneratedDetail = ApiResponse<'/api/workspaces/{workspaceId}/conversations/{conversationId}', 'get'>;
type GeneratedMessage = GeneratedDetail['messages'][number];
export type MessageAnalysis = Narrowed<NonNullable<GeneratedMessage['analysis']>, { sentiment: { label: SentimentLabel }; urgency: Urgency }>;
/** `error` says why a reply failed to send; `markedGood` whether an officer marked it a good answer. */
export type Message = Narrowed<GeneratedMessage, { deliveryState: DeliveryState; analysis: MessageAnalysis | null }>;

export type ConversationDetail = Narrowed<GeneratedDetail, {
  conversation: ConversationSummary & { rootPost: GeneratedDetail['conversation']['rootPost'] };
  messages: Message[];
}>;

/** Body of every error response from the API. */
export type ApiErrorBody = ApiResponse<'/api/workspaces/{workspaceId}/conversations/{conversationId}', 'get', 404>;
