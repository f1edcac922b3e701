import { describe, expect, it } from 'vitest';
import type { ConnectField } from '../../../api/channelsApi';
import { connectPayload, initialConnectValues, localizedText, missingConnectFields } from './connectForm';

const field = (key: string, extra: Partial<ConnectField> = {}): ConnectField => ({
  key, secret: false, optional: false, label: { id: `label ${key}`, en: `${key} label` }, help: null, ...extra,
});
const telegram = [field('botToken', { secret: true }), field('publishChatId', { optional: true }), field('apiBase', { optional: true })];

describe('connect form', () => {
  it('prefills non-secret settings on reconnect and never a secret', () => {
    expect(initialConnectValues(telegram, { apiBase: 'http://127.0.0.1:9000', botToken: 'leaked?' })).toEqual({ botToken: '', publishChatId: '', apiBase: 'http://127.0.0.1:9000' });
  });

  it('names the required fields left empty', () => {
    expect(missingConnectFields(telegram, { botToken: '  ', apiBase: '' }).map((missing) => missing.key)).toEqual(['botToken']);
    expect(missingConnectFields(telegram, { botToken: '1:x' })).toEqual([]);
  });

  it('sends only the form\'s keys, trimmed, leaving empty optional fields out', () => {
    expect(connectPayload(telegram, { botToken: ' 1:x ', publishChatId: '', apiBase: 'http://a', stray: 'no' })).toEqual({ botToken: '1:x', apiBase: 'http://a' });
  });

  it('picks the label in the interface language', () => {
    expect(localizedText({ id: 'Token bot', en: 'Bot token' }, 'id')).toBe('Token bot');
    expect(localizedText({ id: 'Token bot', en: 'Bot token' }, 'en-US')).toBe('Bot token');
  });
});
