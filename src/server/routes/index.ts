import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../context.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { brandRoutes } from './brand/routes.js';
import { oauthCallbackRoutes } from './channels/oauth-callback.js';
import { channelRoutes } from './channels/routes.js';
import { conversationActionRoutes } from './conversations/action-routes.js';
import { conversationRoutes } from './conversations/routes.js';
import { knowledgeRoutes } from './knowledge/routes.js';
import { mediaRoutes } from './media/routes.js';
import { publicMediaRoutes } from './media/public-routes.js';
import { metricsRoutes } from './metrics/routes.js';
import { listeningRoutes } from './listening/routes.js';
import { memberRoutes } from './members/routes.js';
import { postRoutes } from './posts/routes.js';
import { approvalRoutes } from './posts/approval-routes.js';
import { calendarRoutes } from './calendar/routes.js';
import { csvImportRoutes } from './calendar/import-routes.js';
import { postingSlotRoutes } from './calendar/slots-routes.js';
import { privacyRoutes } from './privacy/routes.js';
import { savedReplyRoutes } from './saved-replies/routes.js';
import { settingsRoutes } from './settings/routes.js';
import { eventRoutes } from './events/routes.js';
import { guardRoutes } from './guard/routes.js';
import { healthRoutes } from './health/routes.js';
import { insightsRoutes } from './insights/routes.js';
import { teamRoutes } from './team/routes.js';
import { tokenRoutes } from './tokens/routes.js';
import { webhookRoutes } from './webhooks/routes.js';
import { workspaceRoutes } from './workspaces/routes.js';

/** Every API route module; each registers its routes with their schemas and access rules. */
export const apiRoutePlugins: Array<FastifyPluginAsyncTypebox<{ context: AppContext }>> = [
  healthRoutes,
  authRoutes,
  tokenRoutes,
  workspaceRoutes,
  conversationRoutes,
  conversationActionRoutes,
  savedReplyRoutes,
  knowledgeRoutes,
  memberRoutes,
  settingsRoutes,
  eventRoutes,
  brandRoutes,
  auditRoutes,
  guardRoutes,
  postRoutes,
  approvalRoutes,
  calendarRoutes,
  postingSlotRoutes,
  csvImportRoutes,
  insightsRoutes,
  channelRoutes,
  oauthCallbackRoutes,
  webhookRoutes,
  teamRoutes,
  privacyRoutes,
  metricsRoutes,
  listeningRoutes,
  mediaRoutes,
  publicMediaRoutes,
];
