// Bot API calls by plain fetch: POST https://api.telegram.org/bot<token>/<method> with a JSON
// body, answered `{ok:true, result}` or an error body (errors.ts). The token lives only in the path.
import { telegramErrorFromBody, telegramTransportError, type TelegramCall, type TelegramErrorBody } from './errors.js';

const REQUEST_TIMEOUT_MS = 30_000;

export type TelegramCallFn = <T>(method: string, params: Record<string, unknown>, kind: TelegramCall) => Promise<T>;

export function createTelegramApi(apiBase: string, botToken: string, fetchImpl: typeof fetch = fetch): TelegramCallFn {
  const base = apiBase.replace(/\/+$/, '');
  return async <T>(method: string, params: Record<string, unknown>, kind: TelegramCall): Promise<T> => {
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${base}/bot${botToken}/${method}`, {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(params), signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      text = await response.text();
    } catch (error) {
      throw telegramTransportError(error, kind);
    }
    let body: { ok?: boolean; result?: T } & Omit<Partial<TelegramErrorBody>, 'ok'>;
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // Not the Bot API's JSON (a proxy page, the emulator's unsupported-method 500).
      throw telegramErrorFromBody(response.status, undefined, kind);
    }
    if (!response.ok || body.ok !== true) throw telegramErrorFromBody(response.status, { ...body, ok: false }, kind);
    return body.result as T;
  };
}
