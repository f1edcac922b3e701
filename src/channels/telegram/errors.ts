// The one place Telegram Bot API errors become ChannelError codes. Every error answer is
// `{ok:false, error_code, description, parameters?:{retry_after, migrate_to_chat_id}}`; the
// description tells the 400s apart. Messages never carry the bot token (it is in the URL path).
import { ChannelError } from '../types.js';

export type TelegramCall = 'read' | 'send';

export interface TelegramErrorBody {
  ok: false;
  error_code?: number;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** 400s that mean the chat or the message is gone (or never was), not that our text is wrong. */
const GONE = [/message to (be )?repl(y|ied) not found/i, /message to delete not found/i, /message can't be deleted/i, /chat not found/i, /upgraded to a supergroup/i, /user not found/i];

export function telegramErrorFromBody(status: number, body: Partial<TelegramErrorBody> | undefined, call: TelegramCall): ChannelError {
  const code = body?.error_code ?? status;
  const description = body?.description ?? `HTTP ${status}`;
  if (code === 429) {
    const seconds = body?.parameters?.retry_after;
    return new ChannelError('RATE_LIMITED', `Telegram asks to slow down: ${description}`, typeof seconds === 'number' && seconds > 0 ? seconds * 1_000 : 30_000);
  }
  // 401: the token was revoked (/revoke in BotFather); 404: the token is not a token at all.
  if (code === 401 || code === 404) return new ChannelError('AUTH_REVOKED', `Telegram refused the bot token: ${description}`);
  // 403 is about one chat (the user blocked the bot, the bot was removed from the group), not the
  // token: AUTH_REVOKED would disconnect the whole channel for one follower's choice.
  if (code === 403) return new ChannelError('NOT_FOUND', `Telegram will not deliver to this chat: ${description}`);
  if (code === 400) {
    if (GONE.some((pattern) => pattern.test(description))) return new ChannelError('NOT_FOUND', `Telegram: ${description}`);
    return new ChannelError('INVALID_CONTENT', `Telegram refused the message: ${description}`);
  }
  // 409: another getUpdates consumer or an active webhook; 5xx: Telegram's side.
  if (code === 409 || code >= 500) return new ChannelError('TEMPORARY', `Telegram: ${description}`);
  return new ChannelError(call === 'send' ? 'UNKNOWN_OUTCOME' : 'TEMPORARY', `Unexpected Telegram answer: ${description}`);
}

/** The request never left: nothing was sent. */
function neverSent(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(cause.code);
}

/** A thrown fetch (no answer, or an unreadable one). */
export function telegramTransportError(error: unknown, call: TelegramCall): ChannelError {
  if (error instanceof ChannelError) return error;
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  if (call === 'send' && (timedOut || !neverSent(error))) return new ChannelError('UNKNOWN_OUTCOME', 'Telegram did not confirm the send; the message may or may not have been delivered');
  return new ChannelError('TEMPORARY', timedOut ? 'Telegram did not answer in time' : 'Telegram could not be reached');
}
