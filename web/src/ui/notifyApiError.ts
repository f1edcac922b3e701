import { notifications } from '@mantine/notifications';
import { i18next } from '../i18n';
import { ApiError } from '../api/http';
import { translateServerErrorCode } from './serverErrorText';

/** Turns any failure into words an officer can act on. */
export function describeError(error: unknown): string {
  const t = i18next.t.bind(i18next);
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  if (error.status === 0) return t('errors.network');
  // The server's stable code, translated; codes without a translation fall through to the status.
  const translated = translateServerErrorCode(error.code);
  if (translated !== null) return translated;
  if (error.status === 401) return t('errors.sessionExpired');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) return t('errors.server', { message: error.message });
  // 4xx messages from the API name the field or rule that failed; show them as they are.
  return error.message;
}

export function notifyError(error: unknown): void {
  notifications.show({
    // One notification per distinct message, so a flaky connection does not stack ten toasts.
    id: `error:${describeError(error)}`,
    color: 'red',
    title: i18next.t('errors.title'),
    message: describeError(error),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message });
}
