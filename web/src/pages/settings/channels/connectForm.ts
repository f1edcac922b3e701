// The connect form built from a network's `fields`: what to prefill on reconnect, what is
// missing, and exactly which values go to the server (it refuses keys it does not know).
import type { ConnectField, ConnectValues, LocalizedText } from '../../../api/channelsApi';

/** Reconnect starts from the channel's non-secret settings; secrets are never sent to the browser. */
export function initialConnectValues(fields: readonly ConnectField[], settings: Readonly<Record<string, string>> = {}): ConnectValues {
  return Object.fromEntries(fields.map((field) => [field.key, field.secret ? '' : settings[field.key] ?? '']));
}

/** Required fields left empty, in form order. */
export function missingConnectFields(fields: readonly ConnectField[], values: Readonly<ConnectValues>): ConnectField[] {
  return fields.filter((field) => !field.optional && (values[field.key] ?? '').trim() === '');
}

/** Only the form's own keys, trimmed; empty optional fields are left out so the server's defaults apply. */
export function connectPayload(fields: readonly ConnectField[], values: Readonly<ConnectValues>): ConnectValues {
  const payload: ConnectValues = {};
  for (const field of fields) {
    const value = (values[field.key] ?? '').trim();
    if (value !== '') payload[field.key] = value;
  }
  return payload;
}

export function localizedText(text: LocalizedText, language: string): string {
  return language.startsWith('id') ? text.id : text.en;
}
