import { CombinedGraphQLErrors } from '@apollo/client';
import { ERROR_MESSAGES } from '@dvc/shared/domain';
import { toUiError, uiErrorFrom } from './graphql-errors';

const answer = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message, extensions }] });

describe('toUiError', () => {
  it('keeps the API’s Vietnamese and its field messages', () => {
    const ui = toUiError(
      answer('Tên đăng nhập đã được sử dụng.', {
        code: 'USERNAME_TAKEN',
        fields: { username: 'Tên đăng nhập đã được sử dụng, vui lòng chọn tên khác.' },
      }),
      'vi',
    );
    expect(ui.code).toBe('USERNAME_TAKEN');
    expect(ui.fields['username']).toContain('Tên đăng nhập');
  });

  it('speaks English by code, including the taken fields and the wait time', () => {
    const taken = toUiError(
      answer('Tên đăng nhập đã được sử dụng.', {
        code: 'USERNAME_TAKEN',
        fields: { username: 'Tên đăng nhập đã được sử dụng…', email: 'Địa chỉ e-mail đã được sử dụng…' },
      }),
      'en',
    );
    expect(taken.message).toBe('This username is already taken.');
    expect(taken.fields).toEqual({
      username: 'This username is already taken.',
      email: 'This e-mail address is already in use.',
    });
    const wait = toUiError(
      answer('Thử lại sau 30 giây.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 30 }),
      'en',
    );
    expect(wait.message).toBe('Too many attempts. Please try again in 30 seconds.');
  });

  it('calls anything else a network error', () => {
    expect(toUiError(new TypeError('Failed to fetch'), 'en').code).toBe('SERVICE_UNAVAILABLE');
    expect(toUiError(new TypeError('Failed to fetch'), 'en').extensions['network']).toBe(true);
  });
});

describe('uiErrorFrom (the multipart path, which bypasses Apollo)', () => {
  it('reads a raw answer the way toUiError reads an Apollo error', () => {
    const errors = [
      {
        message: 'Địa chỉ e-mail đã được sử dụng.',
        extensions: {
          code: 'EMAIL_TAKEN',
          fields: { email: 'Địa chỉ e-mail đã được sử dụng cho tài khoản khác.' },
        },
      },
    ];
    const raw = uiErrorFrom(errors, 'en');
    expect(raw).toEqual(toUiError(new CombinedGraphQLErrors({ errors }), 'en'));
    expect(raw.code).toBe('EMAIL_TAKEN');
    expect(raw.fields['email']).toBe(ERROR_MESSAGES.EMAIL_TAKEN.en);
    expect(uiErrorFrom(undefined, 'vi').code).toBe('SERVICE_UNAVAILABLE');
    // Apollo's own request codes are not ours: BAD_REQUEST, the raw code kept in extensions.
    const parse = uiErrorFrom(
      [{ message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
      'en',
    );
    expect(parse.code).toBe('BAD_REQUEST');
    expect(parse.extensions['code']).toBe('GRAPHQL_PARSE_FAILED');
  });
});
