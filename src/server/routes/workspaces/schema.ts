import { Type } from '@fastify/type-provider-typebox';
import { OneOf } from '../../schema-helpers.js';

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });
export const WorkspaceParams = Type.Object({ workspaceId: Id });

export const NetworkSchema = OneOf(['facebook', 'instagram', 'x', 'bluesky', 'mastodon', 'telegram', 'whatsapp', 'threads']);
