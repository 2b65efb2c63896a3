import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { makeI18n } from './I18nProvider';
import { describeError, errorsOf } from './errors';

const fr = makeI18n('fr').t;
const en = makeI18n('en').t;

const gqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message: String(extensions.reason ?? extensions.code), extensions }] });

describe('describeError', () => {
  it('translates the reason', () => {
    const e = gqlError({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
      fields: [{ path: 'input.email', constraint: 'unique', message: 'is already registered' }],
    });
    expect(describeError(e, fr)?.message).toBe(fr('errors.EMAIL_TAKEN'));
    expect(describeError(e, fr)?.message).toMatch(/existe déjà/);
    expect(describeError(e, en)?.message).toMatch(/already uses/);
  });

  it('falls back to the code when the reason is unknown, then to a generic sentence', () => {
    expect(describeError(gqlError({ code: 'FORBIDDEN', reason: 'SOMETHING_NEW' }), fr)?.message).toBe(fr('errors.FORBIDDEN'));
    expect(describeError(gqlError({ code: 'WEIRD', reason: 'ODD' }), fr)?.message).toBe(fr('errors.UNKNOWN'));
  });

  it('gives one translated message per field, most specific key first', () => {
    const e = gqlError({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      fields: [
        { path: 'input.email', constraint: 'isEmail', message: 'must be an e-mail address' },
        { path: 'input.password', constraint: 'minLength', message: 'too short' },
        { path: 'input.password', constraint: 'maxLength', message: 'second problem of the same field' },
        { path: 'input.title', constraint: 'somethingNew', message: 'x' },
      ],
    });
    const d = describeError(e, fr)!;
    expect(d.code).toBe('BAD_USER_INPUT');
    expect(d.message).toBe(fr('errors.INVALID_INPUT'));
    expect(d.fields).toEqual({
      'input.email': fr('errors.field.isEmail'),
      'input.password': fr('errors.fieldOf.password.minLength'),
      'input.title': fr('errors.field.invalid'),
    });
    expect(d.fields['input.password']).toMatch(/10 caractères/);
  });

  it('fills placeholders from the extensions (retry delay)', () => {
    const d = describeError(gqlError({ code: 'RATE_LIMITED', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 125 }), fr)!;
    expect(d.message).toContain('3 min');
  });

  it('reads errors out of a non-2xx response body, and names a lost connection', () => {
    const body = JSON.stringify({ errors: [{ message: 'x', extensions: { code: 'PAYLOAD_TOO_LARGE', reason: 'PAYLOAD_TOO_LARGE' } }] });
    const server = new ServerError('413', { response: new Response(body, { status: 413 }), bodyText: body });
    expect(errorsOf(server)[0]?.reason).toBe('PAYLOAD_TOO_LARGE');
    expect(describeError(new TypeError('Failed to fetch'), en)?.message).toBe(en('errors.NETWORK'));
  });

  it('keeps the request id of an internal error', () => {
    const d = describeError(gqlError({ code: 'INTERNAL_SERVER_ERROR', requestId: 'abc-123' }), fr)!;
    expect(d.requestId).toBe('abc-123');
    expect(d.message).toBe(fr('errors.INTERNAL_SERVER_ERROR'));
  });

  it('returns null for no error', () => {
    expect(describeError(undefined, fr)).toBeNull();
  });
});
