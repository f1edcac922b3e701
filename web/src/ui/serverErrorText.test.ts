import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/http';
import { changeLocale, i18next } from '../i18n';
import { serverErrorText, translateServerErrorCode } from './serverErrorText';

const initial = i18next.language;
afterAll(() => changeLocale(initial === 'id' ? 'id' : 'en'));

describe('server error codes in the officer\'s language', () => {
  const conflict = new ApiError(409, 'idempotencyKey: already used for a reply in another conversation; send a new key for a new reply', 'reply.key_conflict');

  it('translates a known code in Indonesian and in English', () => {
    changeLocale('id');
    expect(serverErrorText(conflict)).toBe('Balasan ini sudah terkirim di percakapan lain. Tulis lagi untuk mengirim balasan baru.');
    expect(translateServerErrorCode('post.not_found')).toBe('Postingan ini tidak ada di workspace ini.');
    changeLocale('en');
    expect(serverErrorText(conflict)).toBe('This reply was already sent in another conversation. Write it again to send a new reply.');
    expect(translateServerErrorCode('post.not_found')).toBe('This post does not exist in this workspace.');
  });

  it('falls back to the server\'s message for a code it does not know, or a code naming a group', () => {
    changeLocale('id');
    expect(serverErrorText(new ApiError(400, 'csv: the file is empty', 'invalid_input'))).toBe('csv: the file is empty');
    expect(translateServerErrorCode('post')).toBeNull();
    expect(translateServerErrorCode('no.such_code')).toBeNull();
  });

  it('says each invalid field of a validation error in the officer\'s language', () => {
    const body = { statusCode: 400, error: 'Bad Request', code: 'request.invalid', message: 'body/text must NOT have more than 500 characters',
      fields: [{ field: 'text', rule: 'maxLength', limit: 500 }, { field: 'idempotencyKey', rule: 'required' }, { field: 'x', rule: 'someNewRule' }] };
    const invalid = new ApiError(400, body.message, body.code, body);
    changeLocale('id');
    expect(serverErrorText(invalid)).toBe('Mohon periksa: text terlalu panjang (maksimal 500 karakter); idempotencyKey wajib diisi; x tidak valid');
    changeLocale('en');
    expect(serverErrorText(invalid)).toBe('Please check: text is too long (at most 500 characters); idempotencyKey is required; x is not valid');
    expect(serverErrorText(new ApiError(400, 'bad', 'request.invalid', { fields: 'not a list' }))).toBe('Some of what was sent is not valid.');
  });
});
