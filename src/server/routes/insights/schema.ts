// Request and response schemas of the Insights API (they feed the OpenAPI document).
import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';
import { Id } from '../workspaces/schema.js';

const LocalDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A workspace-local calendar date, YYYY-MM-DD' });
const rangeFields = {
  from: Type.Optional(LocalDate),
  to: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last day included (workspace-local). Default: today; from defaults to 6 days earlier.' })),
  channelId: Type.Optional(Id),
};
export const RangeQuery = Type.Object(rangeFields, { additionalProperties: false });

export const Emotion = OneOf(['anger', 'fear', 'joy', 'love', 'sadness']);
export const TriggerKindSchema = OneOf(['keyword', 'product', 'post', 'intent']);
export const TriggersQuery = Type.Object({ ...rangeFields, emotion: Emotion }, { additionalProperties: false });
export const TriggerMessagesQuery = Type.Object({ ...rangeFields, emotion: Emotion, kind: TriggerKindSchema, term: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

const Range = Type.Object({ from: Type.String(), to: Type.String(), timezone: Type.String(), channelId: Type.Union([Type.String(), Type.Null()]) });
const Ms = Type.Union([Type.Number(), Type.Null()]);
const timingFields = { count: Type.Integer(), medianMs: Ms, p90Ms: Ms };
const Timing = Type.Object(timingFields);
const groupFields = { ...timingFields, breaches: Type.Integer() };
const Counts = Type.Record(Type.String(), Type.Integer());

export const ProximityResponse = Type.Object({
  range: Range,
  firstResponse: Type.Object({ wallClock: Timing, businessHours: Timing, businessHoursSet: Type.Boolean() }),
  breaches: Type.Integer(),
  waitingNow: Type.Integer(),
  answeredShare: Type.Union([Type.Number(), Type.Null()]),
  byChannel: Type.Array(Type.Object({ ...groupFields, channelId: Type.String() })),
  byOfficer: Type.Array(Type.Object({ ...groupFields, userId: Type.Union([Type.String(), Type.Null()]), name: Type.Union([Type.String(), Type.Null()]) })),
  byIntent: Type.Array(Type.Object({ ...groupFields, intent: Type.String() })),
  daily: Type.Array(Type.Object({ date: Type.String(), answered: Type.Integer(), medianMs: Ms, breaches: Type.Integer() })),
});

const BacklogFigures = { waiting: Type.Integer({ description: 'Conversations waiting for an answer' }), questions: Type.Integer({ description: 'Of which ask a question' }) };
export const BacklogResponse = Type.Object({
  range: Range,
  hours: Type.Array(Type.Object({
    at: Type.String({ description: "The UTC hour's start (ISO 8601); the figures are the last look the Insights job took in that hour" }),
    ...BacklogFigures,
    byChannel: Type.Array(Type.Object({ channelId: Type.String(), ...BacklogFigures })),
  }), { description: 'Hours with a snapshot, oldest first; hours the job did not run are missing, not zero' }),
  peak: Type.Union([Type.Object({ at: Type.String(), waiting: Type.Integer() }), Type.Null()]),
});

export const EmotionResponse = Type.Object({
  range: Range,
  daily: Type.Array(Type.Object({ date: Type.String(), sentiment: Counts, emotion: Counts })),
  byChannel: Type.Array(Type.Object({ channelId: Type.String(), sentiment: Counts, emotion: Counts })),
});

export const TriggersResponse = Type.Object({
  range: Range,
  emotion: Type.String(),
  baseline: Type.Object({ withEmotion: Type.Integer(), total: Type.Integer(), share: Type.Union([Type.Number(), Type.Null()]) }),
  triggers: Type.Array(Type.Object({
    kind: Type.String(), term: Type.String(), label: Type.String(), withEmotion: Type.Integer(), total: Type.Integer(), lift: Type.Number(), liftLow: Type.Number(),
  })),
});

export const TriggerMessagesResponse = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), conversationId: Type.String(), text: Type.String(), sentAt: Type.String() })),
});

export const LoyaltyContact = Type.Object({
  contactId: Type.String(), name: Type.String(), handle: Type.String(), channelId: Type.String(), stage: Type.String(), stageSince: Type.String(),
  inboundCount: Type.Integer(), activeDays: Type.Integer(), positive: Type.Integer(), negative: Type.Integer(), praise: Type.Integer(), lastMessageAt: Type.String(),
});

export const LoyaltyResponse = Type.Object({
  range: Range,
  stages: Counts,
  advocates: Type.Array(LoyaltyContact),
  atRisk: Type.Array(LoyaltyContact),
  moves: Type.Array(Type.Object({ from: Type.String(), to: Type.String(), count: Type.Integer() })),
  rules: Type.Record(Type.String(), Type.Record(Type.String(), Type.Number())),
});

export const ContactLoyaltyParams = Type.Object({ workspaceId: Id, contactId: Id });
export const ContactLoyaltyResponse = Type.Object({ contact: LoyaltyContact, rules: LoyaltyResponse.properties.rules });

export const CrisisAlert = Type.Object({
  id: Type.String(), scope: OneOf(['workspace', 'channel', 'product', 'listening']), scopeKey: Type.String(), observed: Type.Integer(), windowTotal: Type.Integer(),
  expectedShare: Type.Number(), score: Type.Number(), status: OneOf(['open', 'acknowledged']), detectedAt: Type.String(), windowStart: Type.String(),
  windowEnd: Type.String(), messageCount: Type.Integer(), deliveries: Type.Record(Type.String(), Type.String()),
});
export const AlertListResponse = Type.Object({ range: Range, items: Type.Array(CrisisAlert) });
export const AlertParams = Type.Object({ workspaceId: Id, alertId: Id });
export const AlertDetailResponse = Type.Object({
  alert: CrisisAlert,
  /** Inbox messages; for a Listening alert, the public posts found by saved searches (source 'listening'). */
  messages: Type.Array(Type.Object({
    id: Type.String(), source: OneOf(['inbox', 'listening']),
    /** Null for a Listening post nobody has turned into a conversation yet. */
    conversationId: Type.Union([Type.String(), Type.Null()]), channelId: Type.String(), text: Type.String(), sentAt: Type.String(),
    authorName: Type.Union([Type.String(), Type.Null()]), authorHandle: Type.Union([Type.String(), Type.Null()]),
    /** The post on its network (Listening posts). */
    url: Type.Union([Type.String(), Type.Null()]),
  })),
});

const OptionalSecret = Type.Optional(Type.Union([Type.String({ minLength: 8, maxLength: 200 }), Type.Null()]));
export const CrisisNotificationsBody = Type.Object({
  webhookUrl: Type.Union([Type.String({ maxLength: 2000, pattern: '^https?://' }), Type.Null()]),
  webhookSecret: OptionalSecret,
  telegramChatId: Type.Union([Type.String({ minLength: 1, maxLength: 64, pattern: '^-?[0-9]+$|^@[A-Za-z0-9_]{5,}$' }), Type.Null()]),
  telegramBotToken: OptionalSecret,
}, { additionalProperties: false });
export const CrisisNotificationsResponse = Type.Object({
  webhookUrl: Type.Union([Type.String(), Type.Null()]), webhookSecretSet: Type.Boolean(),
  telegramChatId: Type.Union([Type.String(), Type.Null()]), telegramBotTokenSet: Type.Boolean(),
});

const NullableNumber = Type.Union([Type.Number(), Type.Null()]);
const Kind = OneOf(['reply', 'post']);
export const TrustResponse = Type.Object({
  range: Range,
  totals: Type.Object({
    replies: Type.Integer(), posts: Type.Integer(), withFindings: Type.Integer(), overrides: Type.Integer(),
    softSellReplies: NullableNumber, softSellPosts: NullableNumber,
  }),
  daily: Type.Array(Type.Object({
    date: Type.String(), replies: Type.Integer(), posts: Type.Integer(), withFindings: Type.Integer(), overrides: Type.Integer(),
    claim: Type.Integer(), disclosure: Type.Integer(), pressure: Type.Integer(), softSellReplies: NullableNumber, softSellPosts: NullableNumber,
  })),
  byRule: Type.Array(Type.Object({
    rule: Type.String(), category: Type.String(), info: Type.Integer(), warn: Type.Integer(), block: Type.Integer(), replies: Type.Integer(), posts: Type.Integer(), total: Type.Integer(),
  })),
  overrides: Type.Array(Type.Object({
    checkId: Type.String(), kind: Kind, itemId: Type.String(), channelId: Type.Union([Type.String(), Type.Null()]), conversationId: Type.Union([Type.String(), Type.Null()]),
    at: Type.String(), userId: Type.Union([Type.String(), Type.Null()]), userName: Type.Union([Type.String(), Type.Null()]), reason: Type.String(), text: Type.String(),
  })),
});

const metricFields = {
  likes: Type.Integer(), replies: Type.Integer(), reposts: Type.Integer(), quotes: Type.Integer(),
  views: Type.Union([Type.Integer(), Type.Null()], { description: 'Null where the network gives no views' }), engagement: Type.Integer(),
};
const HourSlot = Type.Object({ weekday: Type.Integer({ description: 'ISO weekday, 1 = Monday' }), hour: Type.Integer(), posts: Type.Integer(), meanEngagement: Type.Number() });
export const EngagementResponse = Type.Object({
  range: Range,
  totals: Type.Object({ posts: Type.Integer(), variants: Type.Integer(), engagement: Type.Integer(), perPost: NullableNumber, views: Type.Union([Type.Integer(), Type.Null()]) }),
  byPost: Type.Array(Type.Object({ postId: Type.String(), text: Type.String(), publishedAt: Type.String(), channelIds: Type.Array(Type.String()), ...metricFields })),
  byChannel: Type.Array(Type.Object({ channelId: Type.String(), posts: Type.Integer(), perPost: Type.Number(), ...metricFields })),
  daily: Type.Array(Type.Object({ date: Type.String(), posts: Type.Integer(), ...metricFields })),
  bestHours: Type.Object({
    historyDays: Type.Integer(), minPosts: Type.Integer(), overallMean: NullableNumber, slots: Type.Array(HourSlot), best: Type.Array(HourSlot),
  }),
});

export const OpenAlertsResponse = Type.Object({ items: Type.Array(CrisisAlert) });

export const CsvQuery = Type.Object({
  ...rangeFields,
  emotion: Type.Optional(Emotion),
  lang: Type.Optional(OneOf(['id', 'en'])),
}, { additionalProperties: false });
