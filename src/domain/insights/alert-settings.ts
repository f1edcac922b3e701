// Where crisis alerts go besides the app (Settings → Insights): an outgoing webhook signed with
// HMAC-SHA256 and a Telegram chat. The webhook secret and the bot token are encrypted at rest
// and never returned; the API says only whether each is set.
import type { Kysely } from 'kysely';
import { readWorkspaceSetting, writeWorkspaceSetting } from '../../store/repositories/settings.js';
import type { Database } from '../../store/schema.js';
import { decryptSecret, encryptSecret } from '../secrets.js';

export const crisisNotificationsKey = 'insights.crisis_notifications';

interface StoredSettings {
  webhookUrl: string | null;
  webhookSecret: string | null;
  telegramChatId: string | null;
  telegramBotToken: string | null;
}

export interface CrisisNotificationSettings {
  webhookUrl: string | null;
  webhookSecretSet: boolean;
  telegramChatId: string | null;
  telegramBotTokenSet: boolean;
}

/** Secrets: a string replaces the stored one, null clears it, undefined keeps it. */
export interface CrisisNotificationChange {
  webhookUrl: string | null;
  webhookSecret?: string | null;
  telegramChatId: string | null;
  telegramBotToken?: string | null;
}

export interface CrisisNotificationTargets {
  webhook: { url: string; secret: string } | null;
  telegram: { chatId: string; botToken: string } | null;
}

const empty: StoredSettings = { webhookUrl: null, webhookSecret: null, telegramChatId: null, telegramBotToken: null };

async function readStored(db: Kysely<Database>, workspaceId: string): Promise<StoredSettings> {
  const value = await readWorkspaceSetting(db, workspaceId, crisisNotificationsKey);
  return value !== null && typeof value === 'object' ? { ...empty, ...(value as Partial<StoredSettings>) } : empty;
}

function present(stored: StoredSettings): CrisisNotificationSettings {
  return { webhookUrl: stored.webhookUrl, webhookSecretSet: stored.webhookSecret !== null, telegramChatId: stored.telegramChatId, telegramBotTokenSet: stored.telegramBotToken !== null };
}

export async function readCrisisNotifications(db: Kysely<Database>, workspaceId: string): Promise<CrisisNotificationSettings> {
  return present(await readStored(db, workspaceId));
}

export async function saveCrisisNotifications(
  db: Kysely<Database>, key: Buffer, workspaceId: string, change: CrisisNotificationChange, userId: string | null,
): Promise<CrisisNotificationSettings> {
  const stored = await readStored(db, workspaceId);
  const secret = (value: string | null | undefined, current: string | null) => (value === undefined ? current : value === null ? null : encryptSecret(value, key));
  const next: StoredSettings = {
    webhookUrl: change.webhookUrl,
    webhookSecret: secret(change.webhookSecret, stored.webhookSecret),
    telegramChatId: change.telegramChatId,
    telegramBotToken: secret(change.telegramBotToken, stored.telegramBotToken),
  };
  await writeWorkspaceSetting(db, workspaceId, crisisNotificationsKey, next, userId);
  return present(next);
}

/** The targets ready to send to; a target missing its URL, chat or secret is off. */
export async function crisisNotificationTargets(db: Kysely<Database>, key: Buffer, workspaceId: string): Promise<CrisisNotificationTargets> {
  const stored = await readStored(db, workspaceId);
  return {
    webhook: stored.webhookUrl !== null && stored.webhookSecret !== null ? { url: stored.webhookUrl, secret: decryptSecret(stored.webhookSecret, key) } : null,
    telegram: stored.telegramChatId !== null && stored.telegramBotToken !== null
      ? { chatId: stored.telegramChatId, botToken: decryptSecret(stored.telegramBotToken, key) } : null,
  };
}
